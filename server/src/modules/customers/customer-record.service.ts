import { type DataSource, type EntityTarget, type FindOptionsWhere, IsNull, type QueryDeepPartialEntity } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { conflict, invalid, notFound } from '../../platform/graphql/errors';
import { SlaPolicy } from '../sla/sla-policy.entity';
import type { User } from '../users/user.entity';
import { Contact } from './contact.entity';
import { CustomerContract } from './customer-contract.entity';
import { CustomerEquipment } from './customer-equipment.entity';
import { CustomerProduct } from './customer-product.entity';
import { Customer } from './customer.entity';
import { CUSTOMER_CHANGED, CustomerAction } from './customer.events';
import type { SaveContactInput, SaveCustomerContractInput, SaveCustomerEquipmentInput, SaveCustomerProductInput } from './customer.inputs';
import { FieldProblems, text } from './customer.validation';
import type { CustomerRecord } from './customer-record.entity';


interface RecordKind<T extends CustomerRecord> {
  entity: EntityTarget<T>;
  /** For NOT_FOUND messages. */
  label: string;
  saved: CustomerAction;
  removed: CustomerAction;
  /** Removing only marks the row (`removedAt`): other records still point at it. */
  keptWhenRemoved?: true;
  /** The compare-and-set column, when it is not `version`. */
  versionColumn?: 'record_version';
}

// Tickets name the contact who reported them.
const CONTACT: RecordKind<Contact> = { entity: Contact, label: 'Contact', saved: CustomerAction.CONTACT_SAVED, removed: CustomerAction.CONTACT_REMOVED, keptWhenRemoved: true };
const PRODUCT: RecordKind<CustomerProduct> = {
  entity: CustomerProduct,
  label: 'Customer product',
  saved: CustomerAction.PRODUCT_SAVED,
  removed: CustomerAction.PRODUCT_REMOVED,
  versionColumn: 'record_version',
};
const CONTRACT: RecordKind<CustomerContract> = { entity: CustomerContract, label: 'Contract', saved: CustomerAction.CONTRACT_SAVED, removed: CustomerAction.CONTRACT_REMOVED };
const EQUIPMENT: RecordKind<CustomerEquipment> = { entity: CustomerEquipment, label: 'Equipment', saved: CustomerAction.EQUIPMENT_SAVED, removed: CustomerAction.EQUIPMENT_REMOVED };

type Actor = Pick<User, 'id'>;

/** Contacts, products bought, contracts and equipment of a customer (客户档案). Roles are checked by the resolvers. */
export class CustomerRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  async saveContact(actor: Actor, input: SaveContactInput): Promise<Contact> {
    await this.requireTarget(CONTACT, input);
    new FieldProblems().required('name', input.name).email('email', input.email).throwIfAny();
    return this.write(actor, CONTACT, input, {
      name: input.name.trim(),
      title: text(input.title),
      email: text(input.email),
      phone: text(input.phone),
    });
  }

  async saveProduct(actor: Actor, input: SaveCustomerProductInput): Promise<CustomerProduct> {
    await this.requireTarget(PRODUCT, input);
    new FieldProblems().required('product', input.product).day('purchasedOn', input.purchasedOn, false).throwIfAny();
    return this.write(actor, PRODUCT, input, {
      product: input.product.trim(),
      version: text(input.version),
      serialNumber: text(input.serialNumber),
      purchasedOn: text(input.purchasedOn),
    });
  }

  async saveContract(actor: Actor, input: SaveCustomerContractInput): Promise<CustomerContract> {
    await this.requireTarget(CONTRACT, input);
    const problems = new FieldProblems().required('number', input.number).day('startsOn', input.startsOn, true).day('serviceExpiresOn', input.serviceExpiresOn, true);
    const [startsOn, serviceExpiresOn] = [input.startsOn.trim(), input.serviceExpiresOn.trim()];
    if (!problems.has('startsOn') && !problems.has('serviceExpiresOn') && serviceExpiresOn < startsOn) problems.add('serviceExpiresOn', 'BEFORE_START');
    const slaPolicyId = text(input.slaPolicyId);
    if (slaPolicyId && !(isUuid(slaPolicyId) && (await this.dataSource.getRepository(SlaPolicy).existsBy({ id: slaPolicyId })))) problems.add('slaPolicyId', 'NOT_FOUND');
    problems.throwIfAny();
    return this.write(actor, CONTRACT, input, { number: input.number.trim(), startsOn, serviceExpiresOn, slaPolicyId });
  }

  async saveEquipment(actor: Actor, input: SaveCustomerEquipmentInput): Promise<CustomerEquipment> {
    await this.requireTarget(EQUIPMENT, input);
    new FieldProblems().required('name', input.name).throwIfAny();
    return this.write(actor, EQUIPMENT, input, {
      name: input.name.trim(),
      model: text(input.model),
      serialNumber: text(input.serialNumber),
      location: text(input.location),
    });
  }

  removeContact = (actor: Actor, id: string): Promise<boolean> => this.remove(actor, CONTACT, id);
  removeProduct = (actor: Actor, id: string): Promise<boolean> => this.remove(actor, PRODUCT, id);
  removeContract = (actor: Actor, id: string): Promise<boolean> => this.remove(actor, CONTRACT, id);
  removeEquipment = (actor: Actor, id: string): Promise<boolean> => this.remove(actor, EQUIPMENT, id);

  /** NOT_FOUND for an unknown customer, or for an id that is not one of that customer's records. */
  private async requireTarget<T extends CustomerRecord>(kind: RecordKind<T>, input: { id?: string | null; customerId: string; expectedVersion?: number | null }): Promise<void> {
    if (!isUuid(input.customerId) || !(await this.dataSource.getRepository(Customer).existsBy({ id: input.customerId }))) throw notFound('Customer');
    if (input.id && !(isUuid(input.id) && (await this.dataSource.getRepository(kind.entity).existsBy(this.key(input.id, input.customerId, kind))))) throw notFound(kind.label);
    if (input.id && (input.expectedVersion === null || input.expectedVersion === undefined)) throw invalid({ expectedVersion: 'REQUIRED' });
  }

  /** Inserts (no id) or updates the record, and records the change on the customer, in one transaction. */
  private write<T extends CustomerRecord>(actor: Actor, kind: RecordKind<T>, input: { id?: string | null; customerId: string; expectedVersion?: number | null }, values: QueryDeepPartialEntity<T>): Promise<T> {
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      let id = input.id ?? null;
      if (id) {
        const result = await manager
          .createQueryBuilder()
          .update(kind.entity)
          .set({ ...values, [kind.versionColumn === 'record_version' ? 'recordVersion' : 'version']: () => `${kind.versionColumn ?? 'version'} + 1` })
          .where(this.key(id, input.customerId, kind))
          .andWhere(`${kind.versionColumn ?? 'version'} = :expected`, { expected: input.expectedVersion })
          .execute();
        // Removed or changed meanwhile: either way the save was made against what is no longer there.
        if (result.affected !== 1) throw conflict(`This ${kind.label.toLowerCase()}`);
      } else {
        const inserted = await manager.createQueryBuilder().insert().into(kind.entity).values({ ...values, customerId: input.customerId }).returning('id').execute();
        id = (inserted.raw as { id: string }[])[0].id;
      }
      await record({ type: CUSTOMER_CHANGED, projectId: null, entityType: 'Customer', entityId: input.customerId, actorId: actor.id, payload: { action: kind.saved, recordId: id } });
      return manager.getRepository(kind.entity).findOneByOrFail(this.key(id, input.customerId));
    });
  }

  private async remove<T extends CustomerRecord>(actor: Actor, kind: RecordKind<T>, id: string): Promise<boolean> {
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const where = (kind.keptWhenRemoved ? { id, removedAt: IsNull() } : { id }) as FindOptionsWhere<T>;
      const row = isUuid(id) ? await manager.getRepository(kind.entity).findOneBy(where) : null;
      if (!row) throw notFound(kind.label);
      const result = kind.keptWhenRemoved
        ? await manager.update(kind.entity, where, { removedAt: new Date() } as unknown as QueryDeepPartialEntity<T>)
        : await manager.delete(kind.entity, where);
      if (result.affected !== 1) throw notFound(kind.label);
      await record({ type: CUSTOMER_CHANGED, projectId: null, entityType: 'Customer', entityId: row.customerId, actorId: actor.id, payload: { action: kind.removed, recordId: id } });
      return true;
    });
  }

  /** One of the customer's records that is still on the profile. */
  private key<T extends CustomerRecord>(id: string, customerId: string, kind?: RecordKind<T>): FindOptionsWhere<T> {
    return (kind?.keptWhenRemoved ? { id, customerId, removedAt: IsNull() } : { id, customerId }) as FindOptionsWhere<T>;
  }
}
