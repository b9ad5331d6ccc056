import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { Project } from '../projects/project.entity';
import { visibleProjectCondition } from '../projects/project.policy';
import { SlaPolicy } from '../sla/sla-policy.entity';
import { Ticket } from '../tickets/ticket.entity';
import { OPEN_TICKET_STATUSES } from '../tickets/ticket.enums';
import { isPortalUser, visibleTicketCondition } from '../tickets/ticket.policy';
import type { User } from '../users/user.entity';
import { Contact } from './contact.entity';
import { CustomerContract } from './customer-contract.entity';
import { CustomerEquipment } from './customer-equipment.entity';
import { CustomerProduct } from './customer-product.entity';

/** A customer's tickets, newest first, at most `limit`. */
export interface CustomerTicketsKey {
  customerId: string;
  limit: number;
}

/**
 * What a customer profile shows, batched over any number of customers. Tickets and projects
 * are only those the viewer may see; a portal viewer gets no projects.
 */
export const createCustomerProfileLoaders = (dataSource: DataSource, viewer: User | null) => ({
  contactsByCustomer: manyByKey<string, Contact>(
    (ids) => dataSource.getRepository(Contact).createQueryBuilder('c').where('c.customer_id = ANY(:ids) AND c.removed_at IS NULL', { ids }).orderBy('c.name').addOrderBy('c.created_at').getMany(),
    (contact) => contact.customerId,
  ),
  productsByCustomer: manyByKey<string, CustomerProduct>(
    (ids) => dataSource.getRepository(CustomerProduct).createQueryBuilder('p').where('p.customer_id = ANY(:ids)', { ids }).orderBy('p.product').addOrderBy('p.version').addOrderBy('p.id').getMany(),
    (product) => product.customerId,
  ),
  contractsByCustomer: manyByKey<string, CustomerContract>(
    (ids) =>
      dataSource
        .getRepository(CustomerContract)
        .createQueryBuilder('c')
        .where('c.customer_id = ANY(:ids)', { ids })
        .orderBy('c.service_expires_on', 'DESC')
        .addOrderBy('c.number')
        .getMany(),
    (contract) => contract.customerId,
  ),
  equipmentByCustomer: manyByKey<string, CustomerEquipment>(
    (ids) => dataSource.getRepository(CustomerEquipment).createQueryBuilder('e').where('e.customer_id = ANY(:ids)', { ids }).orderBy('e.name').addOrderBy('e.id').getMany(),
    (equipment) => equipment.customerId,
  ),
  slaPolicyById: oneByKey<string, SlaPolicy>(
    (ids) => dataSource.getRepository(SlaPolicy).createQueryBuilder('p').where('p.id = ANY(:ids)', { ids }).getMany(),
    (policy) => policy.id,
  ),
  /** One statement per distinct limit: each customer's newest visible tickets (row_number per customer). */
  visibleTicketsByCustomer: new DataLoader<CustomerTicketsKey, Ticket[], string>(
    async (keys) => {
      const byKey = new Map<string, Ticket[]>();
      for (const limit of new Set(keys.map((key) => key.limit))) {
        const ids = keys.filter((key) => key.limit === limit).map((key) => key.customerId);
        for (const ticket of await newestVisibleTickets(dataSource, viewer, ids, limit)) {
          const cacheKey = ticketsCacheKey({ customerId: ticket.customerId, limit });
          byKey.set(cacheKey, [...(byKey.get(cacheKey) ?? []), ticket]);
        }
      }
      return keys.map((key) => byKey.get(ticketsCacheKey(key)) ?? []);
    },
    { cacheKeyFn: (key) => ticketsCacheKey(key) },
  ),
  /** Open tickets per customer, counting only those the viewer may see. */
  openTicketCountByCustomer: new DataLoader<string, number>(async (ids) => {
    if (!viewer) return ids.map(() => 0);
    const visible = visibleTicketCondition('t', viewer);
    const rows = await dataSource
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .select('t.customer_id', 'customer_id')
      .addSelect('count(*)::int', 'count')
      .where('t.customer_id = ANY(:ids) AND t.status::text = ANY(:open)', { ids, open: OPEN_TICKET_STATUSES })
      .andWhere(visible.sql, visible.params)
      .groupBy('t.customer_id')
      .getRawMany<{ customer_id: string; count: number }>();
    const counts = new Map(rows.map((row) => [row.customer_id, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  }),
  /** The customer's projects the viewer may see, newest first; none for a portal viewer. */
  visibleProjectsByCustomer: manyByKey<string, Project>(async (ids) => {
    if (!viewer || isPortalUser(viewer)) return [];
    const visible = visibleProjectCondition('p', viewer);
    return dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.customer_id = ANY(:ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .orderBy('p.created_at', 'DESC')
      .getMany();
  }, (project) => project.customerId),
});

const ticketsCacheKey = (key: CustomerTicketsKey): string => `${key.limit}:${key.customerId}`;

function newestVisibleTickets(dataSource: DataSource, viewer: User | null, customerIds: string[], limit: number): Promise<Ticket[]> {
  if (!viewer || limit < 1) return Promise.resolve([]);
  const visible = visibleTicketCondition('v', viewer);
  return dataSource
    .getRepository(Ticket)
    .createQueryBuilder('t')
    .where(
      `t.id IN (SELECT r.id FROM (SELECT v.id, row_number() OVER (PARTITION BY v.customer_id ORDER BY v.created_at DESC, v.number DESC) AS n
                 FROM ticket v WHERE v.customer_id = ANY(:customerIds) AND ${visible.sql}) r WHERE r.n <= :limit)`,
      { ...visible.params, customerIds, limit },
    )
    .orderBy('t.created_at', 'DESC')
    .addOrderBy('t.number', 'DESC')
    .getMany();
}
