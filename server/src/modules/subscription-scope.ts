import { randomUUID } from 'node:crypto';
import { dashboardScope } from './dashboards/dashboard-change.subscription';
import { boardScope, personScope } from './projects/project.policy';
import { isPortalUser, managesTickets } from './tickets/ticket.policy';
import type { User } from './users/user.entity';

type Subscriber = Pick<User, 'id' | 'roles' | 'customerId'>;

/**
 * Subscriptions whose events a role-scoped viewer receives or not by role and project
 * visibility alone; only these may share an execution across people (boardScope). Anything
 * that filters by who the viewer is (a reporter, a person named on a record) runs per person.
 */
const ROLE_SHAREABLE_SUBSCRIPTIONS: ReadonlySet<string> = new Set(['boardChanged', 'projectActivity', 'approvalsInboxChanged']);

/**
 * The ticket feed is shared by those who see the same tickets: the heads of support (all of
 * them), and the portal users of one organisation (its tickets). Everyone else runs per person.
 */
function ticketScope(user: Subscriber): string {
  if (isPortalUser(user)) return user.customerId ? `organisation:${user.customerId}` : personScope(user);
  return managesTickets(user) ? 'tickets:all' : personScope(user);
}

/**
 * Subscriptions that share no execution at all, not even among one person's tabs: subscribing to
 * `presence` is being present, and every subscriber needs their own first snapshot at once (a
 * tab joining a running execution would get nothing until the next change).
 */
const UNSHARED_SUBSCRIPTIONS: ReadonlySet<string> = new Set(['presence']);

/** Which subscribers may share one execution of a subscription document. */
export function subscriptionScope(user: Subscriber, rootFields: readonly string[]): string {
  if (rootFields.some((field) => UNSHARED_SUBSCRIPTIONS.has(field))) return `${personScope(user)}#${randomUUID()}`;
  if (rootFields.length > 0 && rootFields.every((field) => field === 'ticketsChanged')) return ticketScope(user);
  if (rootFields.length > 0 && rootFields.every((field) => field === 'dashboardChanged')) return dashboardScope(user);
  const shareable = rootFields.length > 0 && rootFields.every((field) => ROLE_SHAREABLE_SUBSCRIPTIONS.has(field));
  return shareable ? boardScope(user) : personScope(user);
}

/** Whether a subscriber still belongs to the scope their execution was grouped under. */
export function scopeStillHolds(user: Subscriber, scope: string): boolean {
  if (scope.startsWith('person:')) return scope.split('#')[0] === personScope(user);
  if (scope === 'tickets:all' || scope.startsWith('organisation:')) return ticketScope(user) === scope;
  if (scope.startsWith('dashboards:')) return dashboardScope(user) === scope;
  return boardScope(user) === scope;
}
