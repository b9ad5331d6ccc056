import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Role } from '../users/role.enum';
import { checkRndFilter, RND_DASHBOARD_MANAGERS, rndFigures, rndScopeOf } from './rnd-figures';
import { RndFigures, RndFilter } from './rnd-figures.types';

@Resolver()
export class RndDashboardResolver {
  @SignedIn(Role.RND, ...RND_DASHBOARD_MANAGERS)
  @Query(() => RndFigures, {
    description:
      'R&D figures (SPEC §9) over the fault work orders created, improvement requests created and R&D time logged in a period of company days. RND_MANAGER, PRESALES_MANAGER, TECH_DIRECTOR and GM see all; an RND engineer only the work orders they lead, whatever leadId asks, and no project costs (bonus-related).',
  })
  rndFigures(@Ctx() context: Context, @Arg('filter', () => RndFilter) filter: RndFilter): Promise<RndFigures> {
    const viewer = requireUser(context);
    checkRndFilter(filter);
    return rndFigures(context.services.dataSource, rndScopeOf(viewer, filter), context.services.config.rndCostFlagHours);
  }
}
