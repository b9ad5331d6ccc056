import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/platform/db/data-source';
import { Project } from '../../server/src/modules/projects/project.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import { TicketStatus } from '../../server/src/modules/tickets/ticket.enums';
import { User } from '../../server/src/modules/users/user.entity';
import { seedDemoData } from '../../server/src/seed/demo-seed';
import { seedDemoActivity } from '../../server/src/seed/demo-activity';
import { startTestServer, truncateAll } from '../helpers/server';

describe('demo data', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createDataSource(inject('databaseUrl'));
    await dataSource.initialize();
    await truncateAll(dataSource);
  });
  afterAll(async () => {
    await truncateAll(dataSource);
    await dataSource.destroy();
  });

  it('gives a newcomer one person per role and a living board, once', async () => {
    const people = await seedDemoData(dataSource);
    const roles = new Set(people.flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    const stages = new Set((await dataSource.getRepository(Project).find()).map((project) => project.stage));
    expect(await dataSource.getRepository(Project).count()).toBeGreaterThanOrEqual(20);
    expect(stages.size).toBeGreaterThanOrEqual(8);

    const again = await seedDemoData(dataSource);
    expect(again.map((user) => user.email)).toEqual(people.map((user) => user.email));
    expect(await dataSource.getRepository(User).count()).toBe(people.length);
  });

  it('puts the regulation to work on the board: items in each approver inbox, a document to review, a task, once', async () => {
    await truncateAll(dataSource);
    const people = await seedDemoData(dataSource);
    const server = await startTestServer();
    try {
      await seedDemoActivity(server.services, people);
      const person = (login: string) => people.find((user) => user.email.startsWith(`${login}@`))!;
      const inboxKinds = async (login: string) => (await server.services.approvals.inbox(person(login))).map((approval) => approval.kind);
      expect((await inboxKinds('sun.li')).sort()).toEqual(['FAULT_WORK_ORDER', 'RESOURCE_REQUEST']);
      expect((await server.services.bugFeedback.list(person('lin.fang'), true)).map((feedback) => feedback.kind)).toEqual(['USABILITY_SUGGESTION']);
      expect(await inboxKinds('chen.zhiqiang')).toEqual(['PRESALES_APPLICATION']);
      expect((await server.services.projectTasks.mine(person('liu.xiaoyan'))).map((task) => task.kind)).toEqual(['INFO_REQUEST']);
      expect((await dataSource.query("SELECT kind FROM project_document WHERE status = 'SUBMITTED' ORDER BY kind")).map((row: { kind: string }) => row.kind)).toEqual([
        'TEST_PLAN',
        'IMPLEMENTATION_SCHEDULE',
      ]);
      // The service desk: the portal user's organisation has a new ticket; every other stage is on show.
      const portalQueue = await server.services.tickets.list(person('ma.jun'), { statuses: [TicketStatus.NEW, TicketStatus.CLOSED] }, 50);
      expect(portalQueue.map((ticket) => ticket.status).sort()).toEqual(['CLOSED', 'NEW']);
      expect((await dataSource.query('SELECT DISTINCT status::text FROM ticket ORDER BY 1')).map((row: { status: string }) => row.status)).toEqual([
        'CLOSED',
        'IN_PROGRESS',
        'NEW',
        'RESOLVED',
        'WAITING_CUSTOMER',
      ]);
      expect((await server.services.knowledge.suggest('打印机驱动安装失败', 5)).map((article) => article.title)).toContain('打印机驱动安装失败，远程打印不可用');
      expect((await dataSource.query('SELECT count(*)::int AS count FROM satisfaction_survey WHERE answered_at IS NOT NULL'))[0].count).toBe(1);
      const [{ count }] = (await dataSource.query("SELECT count(*)::int AS count FROM event WHERE type <> 'NOTIFIED'")) as { count: number }[];
      expect(count).toBeGreaterThan(8);
      await seedDemoActivity(server.services, people);
      expect((await dataSource.query("SELECT count(*)::int AS count FROM event WHERE type <> 'NOTIFIED'"))[0].count).toBe(count);
    } finally {
      await server.close();
    }
  });
});
