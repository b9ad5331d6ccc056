import type { DashboardFilter } from '../dashboard.types';
import { checkDashboardFilter } from '../service-desk-figures';
import type { ExportParams } from './dashboard-table';

/** The DashboardFilter of an export's query string, checked as the GraphQL argument is. */
export function filterFromParams(params: ExportParams): DashboardFilter {
  const filter: DashboardFilter = {
    from: params.from ?? '',
    to: params.to ?? '',
    priority: (params.priority as DashboardFilter['priority']) || null,
    customerId: params.customerId || null,
    engineerId: params.engineerId || null,
    product: params.product || null,
  };
  checkDashboardFilter(filter);
  return filter;
}
