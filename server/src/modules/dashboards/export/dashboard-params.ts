import { invalid } from '../../../platform/graphql/errors';
import { TicketPriority } from '../../tickets/ticket.enums';
import type { DashboardFilter } from '../dashboard.types';
import { checkDashboardFilter } from '../service-desk-figures';

const PRIORITIES: readonly string[] = Object.values(TicketPriority);
import type { ExportParams } from './dashboard-table';

/** The DashboardFilter of an export's query string, checked as the GraphQL argument is. */
export function filterFromParams(params: ExportParams): DashboardFilter {
  // GraphQL checks the enum before a resolver runs; a query string has to be checked here.
  if (params.priority && !PRIORITIES.includes(params.priority)) throw invalid({ priority: 'INVALID' });
  const filter: DashboardFilter = {
    from: params.from ?? '',
    to: params.to ?? '',
    priority: (params.priority as TicketPriority | undefined) || null,
    customerId: params.customerId || null,
    engineerId: params.engineerId || null,
    product: params.product || null,
  };
  checkDashboardFilter(filter);
  return filter;
}
