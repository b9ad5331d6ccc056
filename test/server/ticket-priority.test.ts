import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import { codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version } }';
const CHANGE = 'mutation($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { id version priority slaClocks { kind targetMinutes dueAt } } }';
const MESSAGES = 'query($id: ID!) { ticket(id: $id) { messages { body internal } } }';

interface Changed {
  id: string;
  version: number;
  priority: string;
  slaClocks: { kind: string; targetMinutes: number; dueAt: string | null }[];
}

/** A customer's URGENT that is really a question: the engineer re-prioritises, and the clocks follow. */
describe('changing a ticket\'s priority', () => {
  const suite = serverSuite();
  const { as } = suite;
  const change = async (user: User | null, ticket: { id: string; version: number }, priority: string, reason = '客户确认不影响业务，仅为咨询') =>
    (await as(user)).request<{ changeTicketPriority: Changed }>(CHANGE, { input: { ticketId: ticket.id, expectedVersion: ticket.version, priority, reason } });
  const ok = (response: GraphQLResponse<{ changeTicketPriority: Changed }>) => {
    expect(response.errors).toBeUndefined();
    return response.data!.changeTicketPriority;
  };

  const portalUrgent = async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const portal = await buildCustomerUser(ds, customer);
    const created = await (await as(portal)).request<{ createTicket: { id: string; version: number } }>(CREATE, {
      input: { channel: 'WEB_PORTAL', title: '如何导出报表', description: '想导出上月的审计报表', category: 'CONSULTATION', priority: 'URGENT' },
    });
    return { ds, portal, ticket: created.data!.createTicket };
  };

  it('the clocks take the new priority\'s targets (default policy: LOW resolves in 4500 minutes) and the reason stays internal', async () => {
    const { ds, portal, ticket } = await portalUrgent();
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const changed = ok(await change(engineer, ticket, 'LOW'));
    expect(changed.priority).toBe('LOW');
    expect(changed.version).toBe(ticket.version + 1);
    const byKind = Object.fromEntries(changed.slaClocks.map((clock) => [clock.kind, clock]));
    expect([byKind.RESPONSE!.targetMinutes, byKind.RESOLUTION!.targetMinutes]).toEqual([60, 4500]);
    const seenByCustomer = await (await as(portal)).request<{ ticket: { messages: { body: string; internal: boolean }[] } }>(MESSAGES, { id: ticket.id });
    expect(seenByCustomer.data!.ticket.messages).toEqual([]);
    const seenByEngineer = await (await as(engineer)).request<{ ticket: { messages: { body: string; internal: boolean }[] } }>(MESSAGES, { id: ticket.id });
    expect(seenByEngineer.data!.ticket.messages).toEqual([{ body: '客户确认不影响业务，仅为咨询', internal: true }]);
  });

  it('refuses the customer, a stale version, no change and a blank reason', async () => {
    const { ds, portal, ticket } = await portalUrgent();
    const engineer = await buildUser(ds, [Role.PRESALES]);
    expect(codes(await change(null, ticket, 'LOW'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await change(portal, ticket, 'LOW'))).toEqual(['FORBIDDEN']);
    expect(codes(await change(await buildUser(ds, [Role.TESTER]), ticket, 'LOW'))).toEqual(['FORBIDDEN']);
    expect(codes(await change(engineer, { ...ticket, version: ticket.version + 5 }, 'LOW'))).toEqual(['CONFLICT']);
    const unchanged = await change(engineer, ticket, 'URGENT');
    expect(unchanged.errors?.[0]?.extensions?.fields).toEqual({ priority: 'UNCHANGED' });
    const blank = await change(engineer, ticket, 'LOW', '  ');
    expect(blank.errors?.[0]?.extensions?.fields).toEqual({ reason: 'REQUIRED' });
  });
});
