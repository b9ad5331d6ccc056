import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { companyDayOf } from '../../platform/company-calendar';
import { SlaPolicy } from '../sla/sla-policy.entity';
import { CustomerContract } from './customer-contract.entity';
import { isActiveOn } from './customer.policy';

@Resolver(() => CustomerContract)
export class CustomerContractResolver {
  @FieldResolver(() => SlaPolicy, { nullable: true, description: "The contract's SLA policy; null: the default policy applies." })
  slaPolicy(@Root() contract: CustomerContract, @Ctx() context: Context): Promise<SlaPolicy | null> {
    return contract.slaPolicyId ? context.loaders.slaPolicyById.load(contract.slaPolicyId) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'In force today (China time): between startsOn and serviceExpiresOn, both included.' })
  active(@Root() contract: CustomerContract): boolean {
    return isActiveOn(contract, companyDayOf(new Date()));
  }
}
