import type { ProjectMemberRole, RemainingIssueStatus, Role } from '../../gql/graphql';
import { mayIssueImprovement } from '../improvements/improvement-meta';
import { sidesOf } from '../projects/project-sides';

export const ISSUE_STATUS_COLOR: Record<RemainingIssueStatus, string> = { OPEN: 'error', RESOLVED: 'success', SENT_TO_RND: 'processing' };

/** Failed attempts on record that open the fault work order (第四十四条; server: work-orders/work-order.service.ts). */
export const FAILED_ATTEMPTS_FOR_FAULT = 3;

interface Issue {
  status: RemainingIssueStatus;
  severeBug: boolean;
  failedAttempts: number;
  owner: { id: string };
}

/** R&D takes a fault after three failed attempts, or at once for an obvious severe bug. */
export const faultGateMet = (issue: Pick<Issue, 'severeBug' | 'failedAttempts'>): boolean => issue.severeBug || issue.failedAttempts >= FAILED_ATTEMPTS_FOR_FAULT;

/**
 * Only hints for the UI (server: remaining-issues/remaining-issue.service.ts, work-orders and
 * improvements): while the issue is open, any pre-sales of the project records attempts and
 * files the fault work order; its owner marks it a severe bug or resolves it; the first
 * pre-sales or the PRESALES_MANAGER takes it to R&D as an improvement request.
 */
export function issueActions(issue: Issue, members: readonly { role: ProjectMemberRole; user: { id: string } }[], viewer: { id: string; roles: readonly Role[] }) {
  const open = issue.status === 'OPEN';
  const presales = open && sidesOf(members, viewer.id).has('PRESALES');
  const owner = open && issue.owner.id === viewer.id;
  return {
    recordAttempt: presales,
    markSevereBug: owner && !issue.severeBug,
    resolve: owner,
    submitWorkOrder: presales,
    issueImprovement: open && mayIssueImprovement(members, viewer),
  };
}
