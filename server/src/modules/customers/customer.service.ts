import type { DataSource } from 'typeorm';
import { hashPassword } from '../../platform/auth/password';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { conflict, invalid, notFound } from '../../platform/graphql/errors';
import { isPortalUser } from '../tickets/ticket.policy';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { CustomerRecordService } from './customer-record.service';
import { Customer } from './customer.entity';
import { CUSTOMER_CHANGED, CustomerAction } from './customer.events';
import type { CreateCustomerInput, CreatePortalUserInput, UpdateCustomerInput } from './customer.inputs';
import { canSeeCustomer, type CustomerViewer } from './customer.policy';
import { FieldProblems, text } from './customer.validation';

const MIN_PASSWORD = 10;
const MAX_PASSWORD = 200;

/** Customer profiles (客户档案): the organisation and its portal users; `records` keeps contacts, products, contracts, equipment. */
export class CustomerService {
  readonly records: CustomerRecordService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {
    this.records = new CustomerRecordService(dataSource, bus);
  }

  /** A customer the viewer may see (staff: any; a portal user: their own organisation), else null. */
  async findVisible(viewer: CustomerViewer, id: string): Promise<Customer | null> {
    if (!isUuid(id) || !canSeeCustomer(viewer, id)) return null;
    return this.dataSource.getRepository(Customer).findOneBy({ id });
  }

  /** A portal user's own organisation; null for staff. */
  myOrganisation(viewer: CustomerViewer): Promise<Customer | null> {
    if (!isPortalUser(viewer) || !viewer.customerId) return Promise.resolve(null);
    return this.dataSource.getRepository(Customer).findOneBy({ id: viewer.customerId });
  }

  async create(actor: Pick<User, 'id'>, input: CreateCustomerInput): Promise<Customer> {
    new FieldProblems().required('name', input.name).throwIfAny();
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const customer = await manager.save(manager.create(Customer, { name: input.name.trim(), industry: text(input.industry), address: text(input.address) }));
      await record(this.changed(actor, customer.id, CustomerAction.CREATED));
      return customer;
    });
  }

  async update(actor: Pick<User, 'id'>, input: UpdateCustomerInput): Promise<Customer> {
    await this.requireCustomer(input.id);
    new FieldProblems().required('name', input.name).throwIfAny();
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const result = await manager
        .createQueryBuilder()
        .update(Customer)
        .set({ name: input.name.trim(), industry: text(input.industry), address: text(input.address), version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: input.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw conflict('This customer');
      await record(this.changed(actor, input.id, CustomerAction.UPDATED));
      return manager.getRepository(Customer).findOneByOrFail({ id: input.id });
    });
  }

  /** A CUSTOMER-role account linked to the organisation: e-mail unique (lower-cased), password ≥ 10 characters. */
  async createPortalUser(actor: Pick<User, 'id'>, input: CreatePortalUserInput): Promise<User> {
    await this.requireCustomer(input.customerId);
    const email = input.email.trim().toLowerCase();
    const problems = new FieldProblems().required('name', input.name).required('email', email).email('email', email);
    if (input.password.length < MIN_PASSWORD) problems.add('password', 'TOO_SHORT');
    else if (input.password.length > MAX_PASSWORD) problems.add('password', 'TOO_LONG');
    if (!problems.has('email') && (await this.emailTaken(email))) problems.add('email', 'TAKEN');
    problems.throwIfAny();
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      // ON CONFLICT: two creations racing for one address; the loser is told it is taken.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ name: input.name.trim(), email, passwordHash, roles: [Role.CUSTOMER], customerId: input.customerId })
        .orIgnore()
        .returning('id')
        .execute();
      const row = (inserted.raw as { id: string }[])[0] as { id: string } | undefined;
      if (!row) throw invalid({ email: 'TAKEN' });
      await record({ ...this.changed(actor, input.customerId, CustomerAction.PORTAL_USER_CREATED), payload: { action: CustomerAction.PORTAL_USER_CREATED, userId: row.id } });
      return manager.getRepository(User).findOneByOrFail({ id: row.id });
    });
  }

  private async requireCustomer(id: string): Promise<void> {
    if (!isUuid(id) || !(await this.dataSource.getRepository(Customer).existsBy({ id }))) throw notFound('Customer');
  }

  private emailTaken(email: string): Promise<boolean> {
    return this.dataSource.getRepository(User).createQueryBuilder('u').where('lower(u.email) = :email', { email }).getExists();
  }

  private changed(actor: Pick<User, 'id'>, customerId: string, action: CustomerAction) {
    return { type: CUSTOMER_CHANGED, projectId: null, entityType: 'Customer', entityId: customerId, actorId: actor.id, payload: { action } };
  }
}
