import type { ProjectMemberRole, Role, SupportAction, SupportParty, SupportRequestStatus } from '../../gql/graphql';

/**
 * The regulation's flow (第五–七条) as the server has it (server/src/modules/support-requests/
 * support-request.flow.ts): which party may take which action in which state. Only a hint for
 * the UI, so that each viewer is offered the buttons that can succeed; the server decides.
 */
const FLOW: readonly { action: SupportAction; from: SupportRequestStatus; by: SupportParty }[] = [
  { action: 'ACCEPT', from: 'OPEN', by: 'FIRST_PRESALES' },
  { action: 'PROPOSE_TIME', from: 'OPEN', by: 'FIRST_PRESALES' },
  { action: 'ACCEPT_PROPOSED_TIME', from: 'DEFERRAL_PROPOSED', by: 'SALES' },
  { action: 'MARK_URGENT', from: 'OPEN', by: 'SALES' },
  { action: 'MARK_URGENT', from: 'DEFERRAL_PROPOSED', by: 'SALES' },
  { action: 'HAND_OFF', from: 'URGENT', by: 'FIRST_PRESALES' },
  { action: 'ASK_SALES_TO_COORDINATE', from: 'URGENT', by: 'FIRST_PRESALES' },
  { action: 'ACCEPT', from: 'HANDED_OFF', by: 'SECOND_PRESALES' },
  { action: 'ACCEPT', from: 'SALES_COORDINATING', by: 'SECOND_PRESALES' },
  { action: 'PROPOSE_TIME', from: 'HANDED_OFF', by: 'SECOND_PRESALES' },
  { action: 'ACCEPT_PROPOSED_TIME', from: 'SECOND_DEFERRAL_PROPOSED', by: 'SALES' },
  { action: 'ESCALATE', from: 'HANDED_OFF', by: 'SECOND_PRESALES' },
  { action: 'ESCALATE', from: 'SALES_COORDINATING', by: 'SECOND_PRESALES' },
  { action: 'ESCALATE', from: 'SECOND_DEFERRAL_PROPOSED', by: 'SALES' },
  { action: 'REPORT_HANDOFF_RESULT', from: 'ACCEPTED_BY_SECOND', by: 'SECOND_PRESALES' },
  { action: 'COMPLETE', from: 'ACCEPTED', by: 'FIRST_PRESALES' },
  { action: 'COMPLETE', from: 'ESCALATED', by: 'PRESALES_MANAGER' },
];

/** Actions that need a form: a time, a hand-off, or the result of one. */
export type FormAction = Extract<SupportAction, 'PROPOSE_TIME' | 'HAND_OFF' | 'REPORT_HANDOFF_RESULT'>;
const FORM_ACTIONS: readonly SupportAction[] = ['PROPOSE_TIME', 'HAND_OFF', 'REPORT_HANDOFF_RESULT'] satisfies readonly FormAction[];
export const needsForm = (action: SupportAction): action is FormAction => FORM_ACTIONS.includes(action);

const PARTY_OF_MEMBER: Partial<Record<ProjectMemberRole, SupportParty>> = {
  RESPONSIBLE_SALES: 'SALES',
  FIRST_PRESALES: 'FIRST_PRESALES',
  SECOND_PRESALES: 'SECOND_PRESALES',
};

interface Member {
  role: ProjectMemberRole;
  user: { id: string };
}

/** The parties the viewer is on a project: from membership, plus the manager by role. */
export function partiesOf(members: readonly Member[], viewer: { id: string; roles: readonly Role[] }): Set<SupportParty> {
  const parties = new Set<SupportParty>();
  for (const member of members) {
    const party = member.user.id === viewer.id ? PARTY_OF_MEMBER[member.role] : undefined;
    if (party) parties.add(party);
  }
  if (viewer.roles.includes('PRESALES_MANAGER')) parties.add('PRESALES_MANAGER');
  return parties;
}

/** What the viewer may do with a request in `status`, in flow order. */
export const actionsFor = (status: SupportRequestStatus, parties: ReadonlySet<SupportParty>): SupportAction[] =>
  FLOW.filter((rule) => rule.from === status && parties.has(rule.by)).map((rule) => rule.action);

export const STATUS_COLOR: Record<SupportRequestStatus, string> = {
  OPEN: 'blue',
  DEFERRAL_PROPOSED: 'gold',
  ACCEPTED: 'cyan',
  URGENT: 'red',
  HANDED_OFF: 'purple',
  SALES_COORDINATING: 'orange',
  SECOND_DEFERRAL_PROPOSED: 'gold',
  ACCEPTED_BY_SECOND: 'geekblue',
  ESCALATED: 'volcano',
  DONE: 'success',
  BOUNCED: 'error',
};
