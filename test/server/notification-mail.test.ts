import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommunicationMethod, ReportChannel, ReportResult } from '../../server/src/modules/reports/report.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildProject, buildUser } from '../helpers/factories';
import { startTestServer, truncateAll, type TestServer } from '../helpers/server';

interface Received {
  messageId: string;
  to: string[];
  cc: string[];
  subject: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A real SMTP server in the test process that keeps every message it accepts. */
function smtpServer(received: Received[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const addresses = (field: typeof mail.to) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address ?? ''));
          received.push({ messageId: mail.messageId ?? '', to: addresses(mail.to).sort(), cc: addresses(mail.cc).sort(), subject: mail.subject ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
}

/**
 * Issue 6, acceptance 1: the regulation's mails reach a real SMTP server with the right To, Cc
 * and subject; with the SMTP server gone for a while, nothing is lost and nothing sent twice.
 */
describe('notification mail over SMTP', () => {
  const received: Received[] = [];
  let port = 0;
  let smtp: SMTPServer | null = null;
  let server: TestServer;

  const listen = async () => {
    smtp = smtpServer(received);
    await new Promise<void>((resolve) => smtp!.listen(port, '127.0.0.1', resolve));
  };
  const kill = async () => {
    await new Promise<void>((resolve) => smtp!.close(() => resolve()));
    smtp = null;
  };
  const mailRows = async () => (await server.dataSource.query('SELECT id, status FROM outgoing_mail ORDER BY created_at')) as { id: string; status: string }[];

  beforeAll(async () => {
    port = await freePort();
    await listen();
    server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}`, jobPollMs: 500 });
    await truncateAll(server.dataSource);
  });
  afterAll(async () => {
    await server?.close();
    if (smtp) await kill();
  });

  it('sends the report to the sales and the complaint to the manager, copied to the technical director, with the seed\'s subjects; an SMTP outage loses and doubles nothing', async () => {
    const ds = server.dataSource;
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER], '孙丽');
    const director = await buildUser(ds, [Role.TECH_DIRECTOR], '周建国');
    const presales = await buildUser(ds, [Role.PRESALES], '李娜');
    const project = await buildProject(ds, { firstPresales: presales, name: '调度数据网远程运维平台' });
    const { sales } = project.parts;
    const fileReport = (problem: string) =>
      server.services.reports.file(presales, {
        projectId: project.id,
        result: ReportResult.SUCCESS,
        method: CommunicationMethod.REMOTE,
        channel: ReportChannel.WRITTEN,
        communicator: '信息中心 王工',
        communicatedAt: new Date(Date.now() - 3_600_000),
        problemsHandled: [problem],
        remainingProblems: [],
      });

    await fileReport('解决 Vista 下远程控制网络参数设置');
    await server.services.complaints.file(sales, { projectId: project.id, respondentId: presales.id, description: '周三的电话沟通没有汇报' });
    const deadline = Date.now() + 20_000;
    while (received.length < 2 && Date.now() < deadline) await sleep(100);
    expect(received.map(({ to, cc, subject }) => ({ to, cc, subject })).sort((a, b) => a.subject.localeCompare(b.subject))).toEqual(
      [
        { to: [sales.email], cc: [], subject: '客户沟通-调度数据网远程运维平台-李娜' },
        { to: [manager.email], cc: [director.email], subject: '投诉-调度数据网远程运维平台沟通问题' },
      ].sort((a, b) => a.subject.localeCompare(b.subject)),
    );

    // The SMTP server goes away; two more reports are filed while it is down.
    await kill();
    await fileReport('配置审计回放的存储路径');
    await fileReport('升级客户端到 5.2.1');
    const outageDeadline = Date.now() + 10_000;
    while ((await mailRows()).filter((row) => row.status !== 'SENT').length < 2 && Date.now() < outageDeadline) await sleep(100);
    // Tried and failed, waiting for a retry: not lost.
    await sleep(1500);
    expect((await mailRows()).filter((row) => row.status === 'QUEUED')).toHaveLength(2);
    expect(received).toHaveLength(2);

    // Back up: the retries deliver them, once each.
    await listen();
    const backDeadline = Date.now() + 45_000;
    while ((received.length < 4 || (await mailRows()).some((row) => row.status !== 'SENT')) && Date.now() < backDeadline) await sleep(200);
    await sleep(2000);
    const rows = await mailRows();
    expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT']);
    expect(received).toHaveLength(4);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(4);
    expect(received.map((mail) => mail.messageId).sort()).toEqual(rows.map((row) => `<${row.id}@liaison>`).sort());
  });
});
