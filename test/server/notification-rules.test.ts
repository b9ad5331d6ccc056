import { describe, expect, it } from 'vitest';
import { NOTIFICATION_RULES } from '../../server/src/modules/notifications/notification.rules';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { inTransaction } from '../../server/src/platform/db/transaction';
import { buildProject, buildUser } from '../helpers/factories';
import { serverSuite } from '../helpers/server-suite';

type Person = 'sales' | 'first' | 'second' | 'manager' | 'techDirector' | 'salesDirector' | 'tester' | 'otherPresales' | 'rnd' | 'outsider';

interface Case {
  rule: string;
  type: string;
  actor: Person;
  /** The payload; `@first` and the like name people. */
  payload: Record<string, string | null>;
  onTicket?: boolean;
  to: Person[];
  cc: Person[];
}

/**
 * The regulation's "send to X, copy Y" rules as a table (SPEC §3–§7, §8): each event, raised by
 * someone on a project with a responsible sales, two pre-sales, the heads and the testers, must
 * notify exactly these people as TO and CC — never the actor, never twice.
 */
const CASES: Case[] = [
  { rule: 'REPORT_FILED', type: 'REPORT_FILED', actor: 'first', payload: { result: 'SUCCESS', title: '客户沟通-项目-李' }, to: ['sales'], cc: [] },
  { rule: 'COMPLAINT_FILED', type: 'COMPLAINT_FILED', actor: 'sales', payload: { respondentId: '@first' }, to: ['manager'], cc: ['techDirector'] },
  { rule: 'SUPPORT_REQUESTED', type: 'SUPPORT_REQUEST_CHANGED', actor: 'sales', payload: { status: 'OPEN' }, to: ['first'], cc: [] },
  { rule: 'HANDOFF_RESULT', type: 'SUPPORT_REQUEST_CHANGED', actor: 'second', payload: { action: 'REPORT_HANDOFF_RESULT', status: 'DONE' }, to: ['first'], cc: ['manager'] },
  { rule: 'REMAINING_ISSUE_OPENED', type: 'REMAINING_ISSUE_OPENED', actor: 'second', payload: { description: '文件传输中断' }, to: ['first'], cc: [] },
  {
    rule: 'IMPLEMENTATION_WORK_ORDER_SUBMITTED',
    type: 'DOCUMENT_CHANGED',
    actor: 'first',
    payload: { action: 'SUBMITTED', kind: 'IMPLEMENTATION_WORK_ORDER' },
    to: ['manager'],
    cc: ['salesDirector', 'sales'],
  },
  { rule: 'BUG_FEEDBACK_REPORTED', type: 'BUG_FEEDBACK_CHANGED', actor: 'first', payload: { action: 'REPORTED', title: '缩放错位' }, to: ['tester'], cc: ['second', 'otherPresales'] },
  { rule: 'WORK_ORDER_CLOSURE_REQUESTED', type: 'WORK_ORDER_CHANGED', actor: 'rnd', payload: { action: 'REQUEST_CLOSURE', submittedById: '@first' }, to: ['first'], cc: [] },
  { rule: 'APPROVAL_REQUESTED', type: 'APPROVAL_REQUESTED', actor: 'first', payload: { kind: 'RESOURCE_REQUEST', nextRole: 'PRESALES_MANAGER' }, to: ['manager'], cc: [] },
  { rule: 'APPROVAL_NEXT_STEP', type: 'APPROVAL_STEP_DECIDED', actor: 'manager', payload: { status: 'PENDING', nextRole: 'TECH_DIRECTOR' }, to: ['techDirector'], cc: [] },
  { rule: 'SLA_WARNING', type: 'SLA_WARNING', actor: 'outsider', payload: { assigneeId: '@first', kind: 'RESPONSE' }, onTicket: true, to: ['first'], cc: [] },
  { rule: 'SLA_BREACHED', type: 'SLA_BREACHED', actor: 'outsider', payload: { assigneeId: '@first', kind: 'RESOLUTION' }, onTicket: true, to: ['first'], cc: ['manager'] },
  { rule: 'TICKET_TO_MANAGER', type: 'TICKET_ESCALATED', actor: 'outsider', payload: { to: 'MANAGER', assigneeId: '@first' }, onTicket: true, to: ['manager'], cc: ['first'] },
  { rule: 'TICKET_ASSIGNED', type: 'TICKET_CHANGED', actor: 'sales', payload: { action: 'CREATED', assigneeId: '@first' }, onTicket: true, to: ['first'], cc: [] },
  { rule: 'TICKET_TO_SENIOR', type: 'TICKET_ESCALATED', actor: 'first', payload: { to: 'SENIOR', assigneeId: '@second' }, onTicket: true, to: ['second'], cc: [] },
];

describe('notification rules (SPEC §3–§7: to and cc)', () => {
  const suite = serverSuite();

  it('every rule is in the table below', () => {
    expect(CASES.map((entry) => entry.rule).sort()).toEqual(NOTIFICATION_RULES.map((rule) => rule.key).sort());
  });

  const world = async () => {
    const ds = suite.server.dataSource;
    const build = (roles: Role[]) => buildUser(ds, roles);
    const people: Record<Person, User> = {
      sales: await build([Role.SALES]),
      first: await build([Role.PRESALES]),
      second: await build([Role.PRESALES]),
      manager: await build([Role.PRESALES_MANAGER]),
      techDirector: await build([Role.TECH_DIRECTOR]),
      salesDirector: await build([Role.SALES_DIRECTOR]),
      tester: await build([Role.TESTER]),
      otherPresales: await build([Role.PRESALES]),
      rnd: await build([Role.RND]),
      outsider: await build([Role.SALES]),
    };
    const project = await buildProject(ds, { sales: people.sales, firstPresales: people.first, secondPresales: people.second });
    const [{ id: ticketId }] = (await ds.query(
      `INSERT INTO ticket (number, channel, customer_id, project_id, title, description, category, priority, assignee_id, created_by_id, sla_policy_id)
       SELECT 'TS-TEST-000001', 'PHONE', $1, $2, '售后故障', '无法登录', 'FAULT', 'HIGH', $3, $3, p.id FROM sla_policy p WHERE p.is_default RETURNING id`,
      [project.customerId, project.id, people.first.id],
    )) as { id: string }[];
    return { people, project, ticketId };
  };

  const told = async (seq: number, people: Record<Person, User>) => {
    const byId = new Map(Object.entries(people).map(([name, user]) => [user.id, name as Person]));
    const rows = (await suite.server.dataSource.query('SELECT user_id, recipient_role FROM notification WHERE event_seq = $1', [seq])) as { user_id: string; recipient_role: string }[];
    const side = (role: string) => rows.filter((row) => row.recipient_role === role).map((row) => byId.get(row.user_id)!).sort();
    return { to: side('TO'), cc: side('CC') };
  };

  it.each(CASES)('$rule: $type → to $to, cc $cc', async (entry) => {
    const { people, project, ticketId } = await world();
    const payload = Object.fromEntries(Object.entries(entry.payload).map(([key, value]) => [key, value?.startsWith('@') ? people[value.slice(1) as Person].id : value]));
    const { services } = suite.server;
    await inTransaction(services.dataSource, services.bus, ({ record }) =>
      record({ type: entry.type, projectId: entry.type === 'COMPLAINT_FILED' ? null : project.id, entityType: entry.onTicket ? 'Ticket' : 'Record', entityId: entry.onTicket ? ticketId : project.id, actorId: people[entry.actor].id, payload }),
    );
    const [{ seq }] = (await services.dataSource.query(`SELECT max(seq)::bigint AS seq FROM event WHERE type = $1`, [entry.type])) as { seq: string }[];
    const deadline = Date.now() + 5000;
    while (Number((await services.dataSource.query('SELECT last_seq FROM notification_cursor'))[0].last_seq) < Number(seq)) {
      if (Date.now() > deadline) throw new Error('the dispatcher did not reach the event');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await told(Number(seq), people)).toEqual({ to: [...entry.to].sort(), cc: [...entry.cc].sort() });
  });
});
