import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import type { GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { id version status } }';
const FILES = 'query($id: ID!) { ticket(id: $id) { attachments { id fileName size url uploadedBy { id } } } }';
const LOG = Buffer.from('2026-11-22 09:12:44 ERROR gateway: upstream timed out (504) while connecting to 10.2.3.4:3389\n', 'utf8');

interface HttpError {
  error?: { code: string };
}

describe('ticket attachments over HTTP (SPEC §7: screenshots and logs)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const cookieOf = async (user: User | null) => (user ? (await as(user)).cookie : undefined);
  const upload = async (user: User | null, ticketId: string, content = LOG, name = 'gateway.log') =>
    fetch(`${suite.server.url}/attachments/tickets/${ticketId}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-file-name': encodeURIComponent(name), ...((await cookieOf(user)) ? { cookie: (await cookieOf(user))! } : {}) },
      body: new Uint8Array(content),
    });
  const status = async (response: Response) => [response.status, ((await response.json()) as HttpError).error?.code ?? null];

  const portalTicket = async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const customerUser = await buildCustomerUser(ds, customer);
    const ticket = ok(
      await (await as(customerUser)).request<{ createTicket: { id: string; version: number } }>(CREATE, {
        input: { channel: 'WEB_PORTAL', title: '网关超时', description: '所有终端连接网关超时', category: 'FAULT', priority: 'HIGH' },
      }),
    ).createTicket;
    return { ds, customer, customerUser, ticket };
  };

  it('the customer attaches a log to their ticket; the engineer sees and downloads it; another organisation cannot', async () => {
    const { ds, customerUser, ticket } = await portalTicket();
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const stranger = await buildCustomerUser(ds, await buildCustomer(ds));

    const response = await upload(customerUser, ticket.id);
    expect(response.status).toBe(201);
    const files = ok(await (await as(engineer)).request<{ ticket: { attachments: { id: string; fileName: string; size: number; url: string; uploadedBy: { id: string } }[] } }>(FILES, { id: ticket.id })).ticket.attachments;
    expect(files).toEqual([expect.objectContaining({ fileName: 'gateway.log', size: LOG.length, uploadedBy: { id: customerUser.id } })]);

    const downloaded = await fetch(`${suite.server.url}${files[0]!.url}`, { headers: { cookie: (await cookieOf(engineer))! } });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(LOG)).toBe(true);

    expect(await status(await upload(stranger, ticket.id))).toEqual([404, 'NOT_FOUND']);
    expect(await status(await fetch(`${suite.server.url}${files[0]!.url}`, { headers: { cookie: (await cookieOf(stranger))! } }))).toEqual([403, 'FORBIDDEN']);
    expect(await status(await upload(null, ticket.id))).toEqual([401, 'UNAUTHENTICATED']);
    // The live feeds hear of it as a ticket change.
    const [{ count }] = (await ds.query(`SELECT count(*)::int AS count FROM event WHERE entity_id = $1 AND payload->>'action' = 'ATTACHED'`, [ticket.id])) as { count: number }[];
    expect(count).toBe(1);
  });

  it('a closed ticket takes no more files', async () => {
    const { ds, customerUser, ticket } = await portalTicket();
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const api = await as(engineer);
    let version = ticket.version;
    for (const [action, extra] of [
      ['ACKNOWLEDGE', {}],
      ['RESOLVE', { solution: '重启网关服务' }],
      ['CLOSE', { cause: '网关进程内存泄漏', solution: '重启网关服务并升级到 3.1.5' }],
    ] as const) {
      version = ok(await api.request<{ ticketStep: { version: number } }>(STEP, { input: { ticketId: ticket.id, expectedVersion: version, action, ...extra } })).ticketStep.version;
    }
    expect(await status(await upload(customerUser, ticket.id))).toEqual([403, 'FORBIDDEN']);
    const [{ count }] = (await ds.query('SELECT count(*)::int AS count FROM attachment')) as { count: number }[];
    expect(count).toBe(0);
  });
});
