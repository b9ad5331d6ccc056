import { registerEnumType } from 'type-graphql';

/** The duty a person has on one project (SPEC §1, 项目成员). */
export enum ProjectMemberRole {
  RESPONSIBLE_SALES = 'RESPONSIBLE_SALES',
  FIRST_PRESALES = 'FIRST_PRESALES',
  SECOND_PRESALES = 'SECOND_PRESALES',
  ADDITIONAL_PRESALES = 'ADDITIONAL_PRESALES',
  RND = 'RND',
  TESTER = 'TESTER',
}

registerEnumType(ProjectMemberRole, { name: 'ProjectMemberRole' });
