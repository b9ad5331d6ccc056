import type { FeedbackKind, FeedbackStatus, Role, TesterAction } from '../../gql/graphql';

export const FEEDBACK_STATUS_COLOR: Record<FeedbackStatus, string> = {
  NEW: 'processing',
  REPRODUCED: 'orange',
  NOT_REPRODUCIBLE: 'default',
  FIX_LINKED: 'cyan',
  VERIFIED: 'success',
};

export const FEEDBACK_KIND_COLOR: Record<FeedbackKind, string> = { BUG: 'red', USABILITY_SUGGESTION: 'blue' };
export const FEEDBACK_KINDS = ['BUG', 'USABILITY_SUGGESTION'] as const satisfies readonly FeedbackKind[];

/** What a tester's step asks for besides a click: notes (why it cannot be reproduced, why the fix fails) or the fix version. */
export type FormStep = Extract<TesterAction, 'MARK_NOT_REPRODUCIBLE' | 'REJECT_FIX' | 'LINK_FIX'>;

/**
 * The testers' steps as the server has them (server: bug-feedback/bug-feedback.flow.ts). Only a
 * hint for the UI, so that each state offers the steps that can succeed; the server decides.
 */
const TESTER_FLOW: readonly { action: TesterAction; from: readonly FeedbackStatus[] }[] = [
  { action: 'MARK_REPRODUCED', from: ['NEW', 'NOT_REPRODUCIBLE'] },
  { action: 'MARK_NOT_REPRODUCIBLE', from: ['NEW'] },
  { action: 'LINK_FIX', from: ['REPRODUCED'] },
  { action: 'VERIFY_FIX', from: ['FIX_LINKED'] },
  { action: 'REJECT_FIX', from: ['FIX_LINKED'] },
];

const FORM_STEPS: readonly TesterAction[] = ['MARK_NOT_REPRODUCIBLE', 'REJECT_FIX', 'LINK_FIX'] satisfies readonly FormStep[];
export const needsForm = (action: TesterAction): action is FormStep => FORM_STEPS.includes(action);

export const testerActionsFor = (status: FeedbackStatus): TesterAction[] => TESTER_FLOW.filter((rule) => rule.from.includes(status)).map((rule) => rule.action);

/** The testers' queue is the testers', and every pre-sales is copied on it (SPEC §5). */
export const mayOpenTestingQueue = (roles: readonly Role[]): boolean => roles.includes('TESTER') || roles.includes('PRESALES');

/** Everyone in the company reports problems and suggestions; a customer does not. */
export const mayReportFeedback = (roles: readonly Role[]): boolean => roles.some((role) => role !== 'CUSTOMER');
