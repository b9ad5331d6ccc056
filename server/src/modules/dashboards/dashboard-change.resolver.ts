import { Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { DashboardChange } from './dashboard-change.types';
import { DASHBOARD_SUBSCRIBERS, dashboardChanges } from './dashboard-change.subscription';

@Resolver(() => DashboardChange)
export class DashboardChangeResolver {
  @SignedIn(...DASHBOARD_SUBSCRIBERS)
  @Subscription(() => DashboardChange, {
    description:
      'Each committed change that moves dashboard figures, live: PRESALES hear of TICKETS and REPORTS, RND and RND_MANAGER of RND, PRESALES_MANAGER, TECH_DIRECTOR and GM of all three. Refetch the dashboards of its kind.',
    subscribe: ({ context }) => dashboardChanges(context as Context),
  })
  dashboardChanged(@Root() change: DashboardChange): DashboardChange {
    return change;
  }
}
