import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { Contact } from '../customers/contact.entity';
import { BusinessCalendar } from '../sla/business-calendar.entity';
import { SlaClock } from '../sla/sla-clock.entity';
import type { User } from '../users/user.entity';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';
import { isPortalUser, visibleTicketCondition } from './ticket.policy';

/** Loaders for what hangs off a ticket; a portal viewer's message loader never reads internal notes. */
export const createTicketLoaders = (dataSource: DataSource, viewer: User | null) => ({
  slaClocksByTicket: manyByKey<string, SlaClock>(
    (ids) => dataSource.getRepository(SlaClock).createQueryBuilder('c').where('c.ticket_id = ANY(:ids)', { ids }).orderBy('c.kind').getMany(),
    (clock) => clock.ticketId,
  ),
  messagesByTicket: manyByKey<string, TicketMessage>((ids) => {
    const query = dataSource.getRepository(TicketMessage).createQueryBuilder('m').where('m.ticket_id = ANY(:ids)', { ids });
    if (!viewer || isPortalUser(viewer)) query.andWhere('NOT m.internal');
    return query.orderBy('m.created_at').getMany();
  }, (message) => message.ticketId),
  contactById: oneByKey<string, Contact>(
    (ids) => dataSource.getRepository(Contact).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
    (contact) => contact.id,
  ),
  /** Each project's tickets the viewer may see, newest first. */
  visibleTicketsByProject: manyByKey<string, Ticket>((ids) => {
    if (!viewer) return Promise.resolve([]);
    const visible = visibleTicketCondition('t', viewer);
    return dataSource.getRepository(Ticket).createQueryBuilder('t').where('t.project_id = ANY(:ids)', { ids }).andWhere(visible.sql, visible.params).orderBy('t.created_at', 'DESC').getMany();
  }, (ticket) => ticket.projectId!),
  calendarById: oneByKey<string, BusinessCalendar>(
    (ids) => dataSource.getRepository(BusinessCalendar).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
    (calendar) => calendar.id,
  ),
});
