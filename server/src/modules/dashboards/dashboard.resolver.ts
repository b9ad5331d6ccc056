import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Role } from '../users/role.enum';
import { DashboardFilter, ServiceDeskFigures } from './dashboard.types';
import { checkDashboardFilter, scopedFilter, serviceDeskFigures } from './service-desk-figures';

@Resolver()
export class DashboardResolver {
  @SignedIn(Role.PRESALES, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM)
  @Query(() => ServiceDeskFigures, {
    description:
      'Service-desk figures (SPEC §9) over the tickets created in a period of company days. PRESALES_MANAGER, TECH_DIRECTOR and GM see all; a PRESALES engineer only the tickets assigned to them, whatever engineerId asks.',
  })
  serviceDeskFigures(@Ctx() context: Context, @Arg('filter', () => DashboardFilter) filter: DashboardFilter): Promise<ServiceDeskFigures> {
    const viewer = requireUser(context);
    checkDashboardFilter(filter);
    return serviceDeskFigures(context.services.dataSource, scopedFilter(viewer, filter));
  }
}
