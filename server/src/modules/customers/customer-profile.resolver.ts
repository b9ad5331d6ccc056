import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { companyDayOf } from '../../platform/company-calendar';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { isPortalUser } from '../tickets/ticket.policy';
import { Contact } from './contact.entity';
import { CustomerContract } from './customer-contract.entity';
import { CustomerEquipment } from './customer-equipment.entity';
import { CustomerProduct } from './customer-product.entity';
import { Customer } from './customer.entity';
import { CUSTOMER_READERS, isActiveOn } from './customer.policy';

/** At most this many tickets on a profile. */
const MAX_TICKETS = 200;

/** 客户档案: one customer's organisation, people, products, contracts, equipment, tickets and projects. */
@Resolver(() => Customer)
export class CustomerProfileResolver {
  @SignedIn(...CUSTOMER_READERS)
  @Query(() => Customer, { nullable: true, description: 'A customer profile: staff see any customer, a portal user only their own organisation (else null).' })
  customer(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<Customer | null> {
    return context.services.customers.findVisible(requireUser(context), id);
  }

  @SignedIn(...CUSTOMER_READERS)
  @Query(() => Customer, { nullable: true, description: "A portal user's own organisation; null for staff." })
  myOrganisation(@Ctx() context: Context): Promise<Customer | null> {
    return context.services.customers.myOrganisation(requireUser(context));
  }

  @FieldResolver(() => [Contact], { description: 'Contact people, by name.' })
  contacts(@Root() customer: Customer, @Ctx() context: Context): Promise<Contact[]> {
    return context.loaders.contactsByCustomer.load(customer.id);
  }

  @FieldResolver(() => [CustomerProduct], { description: 'Products and versions bought.' })
  products(@Root() customer: Customer, @Ctx() context: Context): Promise<CustomerProduct[]> {
    return context.loaders.productsByCustomer.load(customer.id);
  }

  @FieldResolver(() => [CustomerContract], { description: 'Service contracts, latest expiry first; staff only ([] for portal users).' })
  contracts(@Root() customer: Customer, @Ctx() context: Context): Promise<CustomerContract[]> {
    if (isPortalUser(requireUser(context))) return Promise.resolve([]);
    return context.loaders.contractsByCustomer.load(customer.id);
  }

  @FieldResolver(() => [CustomerEquipment], { description: 'Equipment at the customer site.' })
  equipment(@Root() customer: Customer, @Ctx() context: Context): Promise<CustomerEquipment[]> {
    return context.loaders.equipmentByCustomer.load(customer.id);
  }

  @FieldResolver(() => [Ticket], { description: "The customer's tickets the viewer may see, newest first." })
  tickets(
    @Root() customer: Customer,
    @Ctx() context: Context,
    @Arg('limit', () => Int, { defaultValue: 50, description: `At most ${MAX_TICKETS}.` }) limit: number,
  ): Promise<Ticket[]> {
    return context.loaders.visibleTicketsByCustomer.load({ customerId: customer.id, limit: Math.min(Math.max(limit, 0), MAX_TICKETS) });
  }

  @FieldResolver(() => [Project], { description: "The customer's projects the viewer may see, newest first; [] for portal users." })
  projects(@Root() customer: Customer, @Ctx() context: Context): Promise<Project[]> {
    return context.loaders.visibleProjectsByCustomer.load(customer.id);
  }

  @FieldResolver(() => Int, { description: 'Open tickets (not resolved or closed) the viewer may see.' })
  openTicketCount(@Root() customer: Customer, @Ctx() context: Context): Promise<number> {
    return context.loaders.openTicketCountByCustomer.load(customer.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Service expiry (服务到期, YYYY-MM-DD) of the latest contract in force today; null without one.' })
  async serviceExpiresOn(@Root() customer: Customer, @Ctx() context: Context): Promise<string | null> {
    const today = companyDayOf(new Date());
    const active = (await context.loaders.contractsByCustomer.load(customer.id)).filter((contract) => isActiveOn(contract, today));
    return active.reduce<string | null>((latest, contract) => (latest === null || contract.serviceExpiresOn > latest ? contract.serviceExpiresOn : latest), null);
  }
}
