import { useOutletContext } from 'react-router';
import type { DashboardFilter, TicketPriority } from '../../gql/graphql';
import type { Period } from './dashboard-meta';

/** The period and priority shared by the dashboards' pages (held by DashboardsLayout). */
export interface DashboardFilterState {
  period: Period;
  priority: TicketPriority | undefined;
  setPeriod(period: Period): void;
  setPriority(priority: TicketPriority | undefined): void;
}

/** The dashboards' shared filter, and the DashboardFilter it makes for the server (GraphQL and the exports). */
export function useDashboardFilter(): DashboardFilterState & { filter: DashboardFilter } {
  const state = useOutletContext<DashboardFilterState>();
  return { ...state, filter: { from: state.period.from, to: state.period.to, priority: state.priority ?? null } };
}
