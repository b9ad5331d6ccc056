import type { ComplaintStatus, ProjectMemberRole, Role } from '../../gql/graphql';

/** Complaints and performance levels are for the person, the managers and the GM (SPEC §1, §4). */
const OVERSEERS: readonly Role[] = ['PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM'];

export const overseesComplaints = (roles: readonly Role[]): boolean => roles.some((role) => OVERSEERS.includes(role));

/** Only hints for the UI: the server decides who sees which complaint and who decides it. */
export const mayOpenComplaints = (roles: readonly Role[]): boolean => overseesComplaints(roles) || roles.includes('PRESALES') || roles.includes('SALES');

/** An engineer's own level, or anyone's for the overseers. */
export const maySeePerformance = (roles: readonly Role[]): boolean => overseesComplaints(roles) || roles.includes('PRESALES');

export const mayDecideComplaints = (roles: readonly Role[]): boolean => roles.includes('PRESALES_MANAGER');

export const COMPLAINT_STATUS_COLOR: Record<ComplaintStatus, string> = { FILED: 'processing', UPHELD: 'error', DISMISSED: 'default' };

/** The project's tech-support engineers, whom its sales may complain about. */
const RESPONDENT_ROLES: readonly ProjectMemberRole[] = ['FIRST_PRESALES', 'SECOND_PRESALES', 'ADDITIONAL_PRESALES'];

export const mayBeComplainedAbout = (role: ProjectMemberRole): boolean => RESPONDENT_ROLES.includes(role);
