import { describe, expect, it } from 'vitest';
import { statementsSent } from '../../server/src/platform/db/query-counter';
import { Role } from '../../server/src/modules/users/role.enum';
import { DocumentKind } from '../../server/src/modules/documents/document.enums';
import { SupportType } from '../../server/src/modules/projects/support-type';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { serverSuite } from '../helpers/server-suite';
import { untilDispatched } from '../helpers/wait';

const BOARD = `{ projects { id name stage supportTypes customer { name } responsibleSales { name } firstPresales { name }
  secondPresales { name } members { role user { name } } initiation { revision submittedBy { name } } viewerCan { moveStage nextStages } } }`;

const RECORD = `query($id: ID!) { project(id: $id) { id hasOpenProblem
  documents { id createdBy { name } revisions { revision submittedBy { name } } approval { steps { approverRole decidedBy { name } } } }
  approvals { kind requestedBy { name } steps { approverRole } document { title } }
  tasks { assignee { name } } waivers { waivedBy { name } } } }`;

describe('query cost', () => {
  const suite = serverSuite();
  const { as } = suite;

  it('sends the same number of SQL statements for 2 projects as for 12 (no N+1)', async () => {
    const ds = suite.server.dataSource;
    const manager = await as(await buildUser(ds, [Role.PRESALES_MANAGER]));
    const measure = async () => {
      await untilDispatched(ds);
      const before = statementsSent();
      const response = await manager.request<{ projects: unknown[] }>(BOARD);
      expect(response.errors).toBeUndefined();
      return { statements: statementsSent() - before, projects: response.data!.projects.length };
    };
    for (let i = 0; i < 2; i += 1) await buildProject(ds, { secondPresales: await buildUser(ds, [Role.PRESALES]) });
    const small = await measure();
    for (let i = 0; i < 10; i += 1) await buildProject(ds, { secondPresales: await buildUser(ds, [Role.PRESALES]) });
    const large = await measure();
    expect([small.projects, large.projects]).toEqual([2, 12]);
    // session + projects + one batch each of customers, initiations and members + users (one
    // or two batches, depending on whether the member and initiation results land in the same
    // tick). Any per-project query would put the 12-project board far above this.
    const MAX_STATEMENTS = 7;
    expect(small.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(large.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(large.statements).toBeGreaterThanOrEqual(6);
  });

  it('the project record costs the same for 2 documents as for 10, with their revisions and approvals (no N+1)', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { supportTypes: [SupportType.PRODUCT_TEST] });
    const presales = project.parts.firstPresales;
    const viewer = await as(project.parts.sales);
    const addSubmittedDocuments = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const kind = i % 2 === 0 ? DocumentKind.TEST_PLAN : DocumentKind.DESIGN_SOLUTION;
        const draft = await suite.server.services.documents.create(presales, { projectId: project.id, kind, title: `文档 ${i}`, body: '功能项：远程控制' });
        await suite.server.services.documents.submit(presales, { documentId: draft.id, expectedVersion: draft.version });
      }
    };
    const measure = async () => {
      await untilDispatched(ds);
      const before = statementsSent();
      const response = await viewer.request<{ project: { documents: unknown[] } }>(RECORD, { id: project.id });
      expect(response.errors).toBeUndefined();
      return { statements: statementsSent() - before, documents: response.data!.project.documents.length };
    };
    await addSubmittedDocuments(2); // one of each kind, so every loader is used from the start
    const small = await measure();
    await addSubmittedDocuments(8);
    const large = await measure();
    expect([small.documents, large.documents]).toEqual([2, 10]);
    // One more at most: users may load in one batch or two depending on which results land in
    // the same tick. A query per document would add at least eight.
    expect(large.statements).toBeLessThanOrEqual(small.statements + 1);
    expect(large.statements).toBeLessThanOrEqual(15);
  });

  it('the ticket queue costs the same for 2 tickets as for 10, with clocks, conversation, survey and files (no N+1)', async () => {
    const ds = suite.server.dataSource;
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const api = await as(engineer);
    const customer = await buildCustomer(ds);
    const QUEUE = `{ tickets { id number customer { name } contact { name } project { name } assignee { name } createdBy { name }
      slaClocks { kind state dueAt businessMinutesLeft businessMinutesUsed } messages { body author { name } } survey { answered }
      attachments { fileName } viewerCan { actions reply escalateTo } } }`;
    const file = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const created = await api.request<{ createTicket: { id: string } }>('mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }', {
          input: { channel: 'PHONE', customerId: customer.id, title: `工单 ${i}`, description: '终端无法连接', category: 'FAULT', priority: 'MEDIUM' },
        });
        await api.request('mutation($input: TicketMessageInput!) { addTicketMessage(input: $input) { id } }', { input: { ticketId: created.data!.createTicket.id, body: '已远程查看', internal: true } });
      }
    };
    const measure = async () => {
      await untilDispatched(ds);
      const before = statementsSent();
      const response = await api.request<{ tickets: unknown[] }>(QUEUE);
      expect(response.errors).toBeUndefined();
      return { statements: statementsSent() - before, tickets: response.data!.tickets.length };
    };
    await file(2);
    const small = await measure();
    await file(8);
    const large = await measure();
    expect([small.tickets, large.tickets]).toEqual([2, 10]);
    // Loader batches may split across ticks by one statement or two; a per-ticket query would add eight or more.
    expect(large.statements).toBeLessThanOrEqual(small.statements + 2);
  });
});
