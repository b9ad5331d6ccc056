import type { PlaceOf } from '../../app/forms/dialog-form';
import type { SlaPolicyItemFragment, TicketPriority } from '../../gql/graphql';
import { TICKET_PRIORITIES } from '../tickets/ticket-meta';

/** An SLA policy as its form holds it: the warning as a percentage of the budget, one row of targets per priority. */
export interface PolicyFormValues {
  name: string;
  calendarId: string;
  warnPercent: number;
  targets: { priority: TicketPriority; responseMinutes: number | null; resolutionMinutes: number | null }[];
}

const DEFAULT_WARN_PERCENT = 80;

/**
 * What the form starts with: the policy being changed, or a new one like the default policy
 * (its calendar and targets), one row per priority in order URGENT → LOW.
 */
export function policyFormValues(policy: SlaPolicyItemFragment | null, template: SlaPolicyItemFragment | undefined): Partial<PolicyFormValues> {
  const source = policy ?? template;
  return {
    name: policy?.name,
    calendarId: source?.calendar.id,
    warnPercent: source ? Math.round(source.warnAtShare * 100) : DEFAULT_WARN_PERCENT,
    targets: TICKET_PRIORITIES.map((priority) => {
      const target = source?.targets.find((row) => row.priority === priority);
      return { priority, responseMinutes: target?.responseMinutes ?? null, resolutionMinutes: target?.resolutionMinutes ?? null };
    }),
  };
}

/** The input to send: targets in the form's order, so the server's `targets.N` points at row N. */
export const policyInput = (values: PolicyFormValues) => ({
  name: values.name.trim(),
  calendarId: values.calendarId,
  warnAtShare: values.warnPercent / 100,
  targets: values.targets.map((target) => ({ priority: target.priority, responseMinutes: target.responseMinutes ?? 0, resolutionMinutes: target.resolutionMinutes ?? 0 })),
});

/** Where the server's problems go: `targets.2.resolutionMinutes` under that cell, `warnAtShare` under the percentage; `targets` as a whole above the form. */
export const placePolicyProblem: PlaceOf = (field) => {
  const [head, index, part] = field.split('.');
  if (head === 'targets' && index !== undefined && (part === 'responseMinutes' || part === 'resolutionMinutes')) return ['targets', Number(index), part];
  if (head === 'warnAtShare') return 'warnPercent';
  return head === 'name' || head === 'calendarId' ? head : null;
};
