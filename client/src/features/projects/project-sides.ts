import type { ProjectMemberRole } from '../../gql/graphql';

/** The two sides of a project who write, check and hand each other work (server: projects/project-side.ts). */
export type Side = 'SALES' | 'PRESALES';

const SIDE_OF_MEMBER: Partial<Record<ProjectMemberRole, Side>> = {
  RESPONSIBLE_SALES: 'SALES',
  FIRST_PRESALES: 'PRESALES',
  SECOND_PRESALES: 'PRESALES',
  ADDITIONAL_PRESALES: 'PRESALES',
};

/** The sides the viewer is on, from their memberships of the project. */
export function sidesOf(members: readonly { role: ProjectMemberRole; user: { id: string } }[], userId: string): Set<Side> {
  const sides = new Set<Side>();
  for (const member of members) {
    const side = member.user.id === userId ? SIDE_OF_MEMBER[member.role] : undefined;
    if (side) sides.add(side);
  }
  return sides;
}
