import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { serverSuite } from '../helpers/server-suite';

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { version } }';
const ESCALATE = 'mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { version tier } }';
const SEEN = 'query($id: ID!) { ticket(id: $id) { id } }';

/** Who sees a project's tickets beyond its members (SPEC §1: visibility follows membership, or a managerial role). */
describe('ticket visibility by managerial role', () => {
  const suite = serverSuite();
  const { as } = suite;
  const sees = async (user: User, ticketId: string) => (await (await as(user)).request<{ ticket: { id: string } | null }>(SEEN, { id: ticketId })).data?.ticket?.id === ticketId;

  it('the SALES_DIRECTOR sees project tickets (they see every project) but not the shared queue', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const director = await buildUser(ds, [Role.SALES_DIRECTOR]);
    const engineer = await as(project.parts.firstPresales);
    const onProject = await engineer.request<{ createTicket: { id: string } }>(CREATE, {
      input: { channel: 'PHONE', customerId: project.customerId, projectId: project.id, title: '售后', description: '升级失败', category: 'FAULT', priority: 'HIGH' },
    });
    const queued = await engineer.request<{ createTicket: { id: string } }>(CREATE, {
      input: { channel: 'PHONE', customerId: project.customerId, title: '咨询', description: '授权方式', category: 'CONSULTATION', priority: 'LOW' },
    });
    expect(await sees(director, onProject.data!.createTicket.id)).toBe(true);
    expect(await sees(director, queued.data!.createTicket.id)).toBe(false);
  });

  it('the RND_MANAGER follows a ticket that reached R&D even after it went on to the manager', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const rndManager = await buildUser(ds, [Role.RND_MANAGER]);
    const engineer = await as(project.parts.firstPresales);
    const created = await engineer.request<{ createTicket: { id: string; version: number } }>(CREATE, {
      input: { channel: 'PHONE', customerId: project.customerId, projectId: project.id, title: '崩溃', description: '客户端崩溃', category: 'FAULT', priority: 'URGENT' },
    });
    const ticket = created.data!.createTicket;
    expect(await sees(rndManager, ticket.id)).toBe(false);
    const acknowledged = await engineer.request<{ ticketStep: { version: number } }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, action: 'ACKNOWLEDGE' } });
    const toRnd = await engineer.request<{ escalateTicket: { version: number } }>(ESCALATE, {
      input: { ticketId: ticket.id, expectedVersion: acknowledged.data!.ticketStep.version, to: 'RND', reason: '疑似产品缺陷' },
    });
    expect(toRnd.errors).toBeUndefined();
    expect(await sees(rndManager, ticket.id)).toBe(true);
    const toManager = await engineer.request(ESCALATE, { input: { ticketId: ticket.id, expectedVersion: toRnd.data!.escalateTicket.version, to: 'MANAGER', reason: '客户要求领导介入' } });
    expect(toManager.errors).toBeUndefined();
    expect(await sees(rndManager, ticket.id)).toBe(true);
  });

  it('the project record lists its tickets to those who may see them, and to nobody else', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const other = await buildProject(ds);
    const engineer = await as(project.parts.firstPresales);
    const created = await engineer.request<{ createTicket: { id: string } }>(CREATE, {
      input: { channel: 'PHONE', customerId: project.customerId, projectId: project.id, title: '售后', description: '升级失败', category: 'FAULT', priority: 'HIGH' },
    });
    const TICKETS = 'query($id: ID!) { project(id: $id) { tickets { id } } }';
    const listed = async (user: User, projectId: string) => (await (await as(user)).request<{ project: { tickets: { id: string }[] } | null }>(TICKETS, { id: projectId })).data?.project?.tickets ?? null;
    expect(await listed(project.parts.sales, project.id)).toEqual([{ id: created.data!.createTicket.id }]);
    expect(await listed(other.parts.sales, project.id)).toBeNull();
    expect(await listed(project.parts.sales, other.id)).toBeNull();
    expect(await listed(other.parts.sales, other.id)).toEqual([]);
  });
});
