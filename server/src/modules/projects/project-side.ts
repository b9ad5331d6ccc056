import { registerEnumType } from 'type-graphql';
import { ProjectMemberRole } from './project-member-role';

/** The two sides of a project who write, check and hand each other work: the sales and the pre-sales. */
export enum ProjectSide {
  SALES = 'SALES',
  PRESALES = 'PRESALES',
}

registerEnumType(ProjectSide, { name: 'ProjectSide' });

const SIDE_OF_MEMBER: Partial<Record<ProjectMemberRole, ProjectSide>> = {
  [ProjectMemberRole.RESPONSIBLE_SALES]: ProjectSide.SALES,
  [ProjectMemberRole.FIRST_PRESALES]: ProjectSide.PRESALES,
  [ProjectMemberRole.SECOND_PRESALES]: ProjectSide.PRESALES,
  [ProjectMemberRole.ADDITIONAL_PRESALES]: ProjectSide.PRESALES,
};

/** The sides a person is on, from their memberships of one project. */
export const sidesOf = (memberships: readonly { role: ProjectMemberRole }[]): Set<ProjectSide> =>
  new Set(memberships.map((member) => SIDE_OF_MEMBER[member.role]).filter((side): side is ProjectSide => side !== undefined));
