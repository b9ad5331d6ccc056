import type { CommunicationMethod, ProjectMemberRole, ReportChannel, ReportResult } from '../../gql/graphql';

export const REPORT_RESULTS = ['SUCCESS', 'ISSUE_REMAINING'] as const satisfies readonly ReportResult[];
export const COMMUNICATION_METHODS = ['PHONE', 'EMAIL', 'ON_SITE', 'REMOTE', 'MEETING'] as const satisfies readonly CommunicationMethod[];
export const REPORT_CHANNELS = ['WRITTEN', 'PHONE'] as const satisfies readonly ReportChannel[];

export const RESULT_COLOR: Record<ReportResult, string> = { SUCCESS: 'success', ISSUE_REMAINING: 'warning' };

/** The members who give technical support and so file reports (第十二条). */
const REPORTING_ROLES: readonly ProjectMemberRole[] = ['FIRST_PRESALES', 'SECOND_PRESALES', 'ADDITIONAL_PRESALES'];

interface Member {
  role: ProjectMemberRole;
  user: { id: string };
}

/** Only hints for the UI: the server decides who may file a report or ask for a written one. */
export const mayFileReport = (members: readonly Member[], userId: string): boolean =>
  members.some((member) => member.user.id === userId && REPORTING_ROLES.includes(member.role));

export const isResponsibleSales = (members: readonly Member[], userId: string): boolean =>
  members.some((member) => member.user.id === userId && member.role === 'RESPONSIBLE_SALES');
