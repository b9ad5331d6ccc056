import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { STAFF_ROLES } from '../users/role.enum';
import { Customer } from './customer.entity';

@Resolver(() => Customer)
export class CustomerResolver {
  @SignedIn(...STAFF_ROLES)
  @Query(() => [Customer], { description: 'Customer organisations, by name.' })
  customers(@Ctx() context: Context): Promise<Customer[]> {
    return context.services.dataSource.getRepository(Customer).find({ order: { name: 'ASC' } });
  }
}
