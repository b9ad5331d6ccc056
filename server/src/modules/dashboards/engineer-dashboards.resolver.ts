import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Role } from '../users/role.enum';
import { DashboardFilter } from './dashboard.types';
import { satisfactionFigures } from './satisfaction-figures';
import { SatisfactionFigures } from './satisfaction-figures.types';
import { DASHBOARD_MANAGERS, checkDashboardFilter, scopedFilter } from './service-desk-figures';
import { workloadFigures } from './workload-figures';
import { EngineerWorkload } from './workload-figures.types';

/** The per-engineer dashboards (SPEC §9): satisfaction and workload. */
@Resolver()
export class EngineerDashboardResolver {
  @SignedIn(Role.PRESALES, ...DASHBOARD_MANAGERS)
  @Query(() => SatisfactionFigures, {
    description:
      'Satisfaction figures over the surveys answered in a period of company days. PRESALES_MANAGER, TECH_DIRECTOR and GM see all; a PRESALES engineer only the surveys about them, whatever engineerId asks.',
  })
  satisfactionFigures(@Ctx() context: Context, @Arg('filter', () => DashboardFilter) filter: DashboardFilter): Promise<SatisfactionFigures> {
    const viewer = requireUser(context);
    checkDashboardFilter(filter);
    return satisfactionFigures(context.services.dataSource, scopedFilter(viewer, filter));
  }

  @SignedIn(Role.PRESALES, ...DASHBOARD_MANAGERS)
  @Query(() => [EngineerWorkload], {
    description:
      'Workload of every active PRESALES engineer (with engineerId, of that one), by name. PRESALES_MANAGER, TECH_DIRECTOR and GM see all; a PRESALES engineer only their own row, whatever engineerId asks.',
  })
  workloadFigures(@Ctx() context: Context, @Arg('filter', () => DashboardFilter) filter: DashboardFilter): Promise<EngineerWorkload[]> {
    const viewer = requireUser(context);
    checkDashboardFilter(filter);
    return workloadFigures(context.services.dataSource, context.services.config, scopedFilter(viewer, filter));
  }
}
