import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { serverSuite } from '../helpers/server-suite';

const COUNTERS = 'counters { openRemainingIssues pendingApprovals openWorkOrders }';
const BOARD_CHANGED = `subscription { boardChanged { kind project { id ${COUNTERS} } } }`;
const REQUEST = 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { approval { id } } }';

interface Counters {
  openRemainingIssues: number;
  pendingApprovals: number;
  openWorkOrders: number;
}

describe('board card counters (SPEC §8)', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;

  it('a pending approval shows on the card and reaches its members live; an outsider gets nothing', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const outsider = await buildUser(ds, [Role.SALES]);
    const outsiderOwn = await buildProject(ds, { sales: outsider });
    const feedOf = (user: User) => feed<{ boardChanged: { kind: string; project: { id: string; counters: Counters } } }>(user, BOARD_CHANGED);
    const [salesFeed, outsiderFeed] = [await feedOf(project.parts.sales), await feedOf(outsider)];
    await subscribed(2);

    const board = await (await as(project.parts.sales)).request<{ projects: { id: string; counters: Counters }[] }>(`{ projects { id ${COUNTERS} } }`);
    expect(board.data?.projects).toEqual([{ id: project.id, counters: { openRemainingIssues: 0, pendingApprovals: 0, openWorkOrders: 0 } }]);

    const candidate = await buildUser(ds, [Role.PRESALES]);
    const asked = await (await as(project.parts.firstPresales)).request(REQUEST, { input: { projectId: project.id, candidateId: candidate.id, reason: '需要增援' } });
    expect(asked.errors).toBeUndefined();
    const [pushed] = await salesFeed.next(1);
    expect(pushed.boardChanged).toEqual({ kind: 'COUNTERS_CHANGED', project: { id: project.id, counters: { openRemainingIssues: 0, pendingApprovals: 1, openWorkOrders: 0 } } });

    // A fence the outsider may see: had the counter change reached them, it would come first.
    const moved = await (await as(outsider)).request('mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }', {
      input: { projectId: outsiderOwn.id, from: 'INITIATED', to: 'PRESALES', expectedVersion: 1 },
    });
    expect(moved.errors).toBeUndefined();
    expect((await outsiderFeed.next(1)).map((p) => [p.boardChanged.kind, p.boardChanged.project.id])).toEqual([['STAGE_CHANGED', outsiderOwn.id]]);
  });
});

describe('board card ticket counters (SPEC §8: SLA risk)', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;
  const TICKET_COUNTERS = 'counters { openTickets ticketsAtRisk }';

  it('a ticket on the project counts as open, and as at risk once a clock breaches, live for the members', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const salesFeed = await feed<{ boardChanged: { kind: string; project: { id: string; counters: { openTickets: number; ticketsAtRisk: number } } } }>(
      project.parts.sales,
      `subscription { boardChanged { kind project { id ${TICKET_COUNTERS} } } }`,
    );
    await subscribed(1);
    const filed = await (await as(project.parts.firstPresales)).request<{ createTicket: { id: string } }>(
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
      { input: { channel: 'PHONE', customerId: project.customerId, projectId: project.id, title: '售后故障', description: '升级后无法登录', category: 'FAULT', priority: 'HIGH' } },
    );
    expect(filed.errors).toBeUndefined();
    const [created] = await salesFeed.next(1);
    expect(created.boardChanged).toEqual({ kind: 'COUNTERS_CHANGED', project: { id: project.id, counters: { openTickets: 1, ticketsAtRisk: 0 } } });

    // As the breach job would leave it (the job itself is tested in sla-jobs.test.ts).
    await ds.query(`UPDATE sla_clock SET state = 'BREACHED', breached_at = now() WHERE ticket_id = $1 AND kind = 'RESPONSE'`, [filed.data!.createTicket.id]);
    const board = await (await as(project.parts.sales)).request<{ projects: { id: string; counters: { openTickets: number; ticketsAtRisk: number } }[] }>(`{ projects { id ${TICKET_COUNTERS} } }`);
    expect(board.data?.projects).toEqual([{ id: project.id, counters: { openTickets: 1, ticketsAtRisk: 1 } }]);
  });
});
