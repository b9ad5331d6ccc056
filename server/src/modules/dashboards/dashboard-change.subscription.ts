import { type Context, requireUser } from '../../context';
import { Channel } from '../../platform/events/channel';
import { ComplaintEvent } from '../complaints/complaint.events';
import { IMPROVEMENT_CHANGED, RND_COST_FLAGGED } from '../improvements/improvement.events';
import { ProjectEvent } from '../projects/project.events';
import { ReportEvent } from '../reports/report.events';
import { SURVEY_CHANGED } from '../satisfaction/satisfaction.service';
import { TICKET_EVENT_TYPES } from '../tickets/ticket.events';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { WORK_ORDER_CHANGED } from '../work-orders/work-order.events';
import { type DashboardChange, DashboardChangeKind } from './dashboard-change.types';
import { DASHBOARD_MANAGERS } from './service-desk-figures';

/** The event types that move dashboard figures, and which. Anything else (NOTIFIED among them) moves none. */
const KIND_OF_EVENT: ReadonlyMap<string, DashboardChangeKind> = new Map([
  ...[...TICKET_EVENT_TYPES, SURVEY_CHANGED].map((type) => [type, DashboardChangeKind.TICKETS] as const),
  ...[WORK_ORDER_CHANGED, IMPROVEMENT_CHANGED, RND_COST_FLAGGED].map((type) => [type, DashboardChangeKind.RND] as const),
  ...[ReportEvent.FILED, ReportEvent.WRITTEN_REQUESTED, ComplaintEvent.FILED, ComplaintEvent.DECIDED, ...Object.values(ProjectEvent)].map(
    (type) => [type, DashboardChangeKind.REPORTS] as const,
  ),
]);

/** The dashboards each role reads, hence the changes it hears of. */
const KINDS_OF_ROLE: Partial<Record<Role, readonly DashboardChangeKind[]>> = {
  [Role.PRESALES]: [DashboardChangeKind.TICKETS, DashboardChangeKind.REPORTS],
  [Role.RND]: [DashboardChangeKind.RND],
  [Role.RND_MANAGER]: [DashboardChangeKind.RND],
  ...Object.fromEntries(DASHBOARD_MANAGERS.map((role) => [role, Object.values(DashboardChangeKind)])),
};

/** Who may subscribe to dashboardChanged. */
export const DASHBOARD_SUBSCRIBERS = Object.keys(KINDS_OF_ROLE) as Role[];

/** The kinds of change `user` hears of, in enum order. */
export function dashboardKindsOf(user: Pick<User, 'roles'>): DashboardChangeKind[] {
  const heard = new Set(user.roles.flatMap((role) => KINDS_OF_ROLE[role] ?? []));
  return Object.values(DashboardChangeKind).filter((kind) => heard.has(kind));
}

/**
 * The subscription group of a dashboardChanged subscriber: the payload names no figure and no
 * record, so everyone who hears of the same kinds shares one execution. A change of roles that
 * changes those kinds ends the subscription at the next event (scopeStillHolds).
 */
export const dashboardScope = (user: Pick<User, 'roles'>): string => `dashboards:${dashboardKindsOf(user).join(',')}`;

/** Every committed change of the kinds the viewer hears of, as it is delivered. */
export function dashboardChanges(context: Context): AsyncIterableIterator<DashboardChange> {
  const kinds = new Set(dashboardKindsOf(requireUser(context)));
  const changes = new Channel<DashboardChange>(() => stopListening());
  const stopListening = context.services.bus.listen((event) => {
    const kind = KIND_OF_EVENT.get(event.record.type);
    if (kind && kinds.has(kind)) changes.push({ seq: Number(event.record.seq), kind });
  });
  return changes;
}
