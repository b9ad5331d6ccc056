import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Attachment } from '../../server/src/modules/attachments/attachment.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { type GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { serverSuite } from '../helpers/server-suite';

const FILE = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';
const ISSUES = 'query($id: ID!) { project(id: $id) { remainingIssues { id description version } } }';
const MARK = 'mutation($input: RemainingIssueStepInput!) { markObviousSevereBug(input: $input) { id severeBug version } }';
const SUBMIT = 'mutation($input: SubmitFaultWorkOrderInput!) { submitFaultWorkOrder(input: $input) { id version status approval { id currentStep } } }';
const DECIDE = 'mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { id status } }';
const ORDER = 'query($id: ID!) { workOrder(id: $id) { id version status attachments { id fileName size url } } }';
const REVIEW = 'mutation($input: ReviewFaultWorkOrderInput!) { reviewFaultWorkOrder(input: $input) { id version status lead { id } } }';
const ADD_MEMBER = 'mutation($input: AddWorkOrderMemberInput!) { addWorkOrderMember(input: $input) { id } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PROBLEM = '国产麒麟系统下远程桌面客户端连接后立即崩溃，需研发确认';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG-looking file: the signature, then bytes that include NULs and every high value. */
const png = (size = 600) => Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.from([0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]), randomBytes(size - 18)]);
const LOG = Buffer.from('2026-11-20 10:31:02 ERROR rdpclient: 分辨率协商失败 code=0x80004005\n2026-11-20 10:31:02 FATAL rdpclient: SIGSEGV in libxrdp.so\n', 'utf8');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

interface Uploaded {
  attachment: { id: string; fileName: string; contentType: string; size: number; sha256: string; [key: string]: unknown };
}
interface HttpError {
  error: { code: string; message: string; [key: string]: unknown };
}
interface Order {
  id: string;
  version: number;
  status: string;
  approval: { id: string; currentStep: number } | null;
  attachments?: { id: string; fileName: string; size: number; url: string }[];
}

describe('work-order attachments over HTTP (SPEC §5, issue 4 acceptance 4)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const cookieOf = async (user: User) => (await as(user)).cookie;
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  /**
   * POSTs `content` as the raw body. `name` is URI-encoded into X-File-Name unless `rawName`
   * gives the header as is; no `type` sends no Content-Type.
   */
  const upload = (
    target: TestServer,
    cookie: string | undefined,
    orderId: string,
    content: Buffer | AsyncIterable<Uint8Array>,
    options: { type?: string; name?: string; rawName?: string } = {},
  ) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (options.type !== undefined) headers['content-type'] = options.type;
    if (options.rawName !== undefined) headers['x-file-name'] = options.rawName;
    else if (options.name !== undefined) headers['x-file-name'] = encodeURIComponent(options.name);
    const body = Buffer.isBuffer(content) ? new Uint8Array(content) : content;
    return fetch(`${target.url}/attachments/work-orders/${orderId}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
  };
  const uploaded = async (cookie: string | undefined, orderId: string, content: Buffer, type: string, name: string) => {
    const response = await upload(suite.server, cookie, orderId, content, { type, name });
    const body = (await response.json()) as Uploaded;
    expect(response.status, JSON.stringify(body)).toBe(201);
    return body.attachment;
  };
  /** Answers `status` with the JSON error `code`; returns the error. */
  const refused = async (response: Response, status: number, code: string) => {
    const body = (await response.json()) as HttpError;
    expect([response.status, body.error?.code], JSON.stringify(body)).toEqual([status, code]);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return body.error;
  };
  const download = (cookie: string | undefined, path: string) => fetch(`${suite.server.url}${path}`, { headers: cookie ? { cookie } : {} });
  const stored = async () => ({
    rows: await suite.server.dataSource.getRepository(Attachment).count(),
    events: await suite.server.dataSource.getRepository(EventRecord).countBy({ type: 'ATTACHMENT_ADDED' }),
  });

  /** A project with two pre-sales and a fault work order the first submitted, the real way. */
  const faultWorkOrder = async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { firstPresales } = project.parts;
    const first = await as(firstPresales);
    ok(
      await first.request(FILE, {
        input: {
          projectId: project.id,
          result: 'ISSUE_REMAINING',
          method: 'REMOTE',
          communicator: '客户信息中心 李工',
          communicatedAt: new Date(Date.now() - 3_600_000).toISOString(),
          problemsHandled: ['为客户配置AD域账号同步策略，验证了50台终端登录'],
          remainingProblems: [PROBLEM],
        },
      }),
    );
    const issues = ok(await first.request<{ project: { remainingIssues: { id: string; description: string; version: number }[] } }>(ISSUES, { id: project.id }));
    const issue = issues.project.remainingIssues.find((candidate) => candidate.description === PROBLEM)!;
    const marked = ok(await first.request<{ markObviousSevereBug: { id: string; severeBug: boolean } }>(MARK, { input: { issueId: issue.id, expectedVersion: issue.version } }));
    expect(marked.markObviousSevereBug.severeBug).toBe(true);
    const submitted = ok(
      await first.request<{ submitFaultWorkOrder: Order }>(SUBMIT, {
        input: {
          remainingIssueId: issue.id,
          title: '麒麟 V10 下远程桌面客户端崩溃',
          environment: '银河麒麟 V10 SP1，客户端 5.2.0，服务器 5.2.0',
          steps: '1. 打开客户端 2. 连接任一 Windows 终端',
          symptoms: '连接建立后客户端立即退出，日志见附件',
        },
      }),
    );
    expect(submitted.submitFaultWorkOrder.status).toBe('PENDING_APPROVAL');
    return { project, order: submitted.submitFaultWorkOrder, submitter: firstPresales, second, sales: project.parts.sales };
  };

  it('the submitter uploads a log and a screenshot; everyone who may see the order downloads the same bytes; the order lists them', async () => {
    const ds = suite.server.dataSource;
    const { order, submitter, second, sales } = await faultWorkOrder();
    const submitterCookie = await cookieOf(submitter);

    const log = await uploaded(submitterCookie, order.id, LOG, 'TEXT/plain; charset=utf-8', 'rdpclient.log');
    expect(log).toMatchObject({ fileName: 'rdpclient.log', contentType: 'text/plain', size: LOG.length, sha256: sha256(LOG) });
    expect(log).not.toHaveProperty('content');
    const image = png();
    const screenshot = await uploaded(submitterCookie, order.id, image, 'image/png', '崩溃 截图#1.png');
    expect(screenshot).toMatchObject({ fileName: '崩溃 截图#1.png', contentType: 'image/png', size: image.length, sha256: sha256(image) });
    expect(screenshot.id).not.toBe(log.id);

    const listed = ok(await (await as(submitter)).request<{ workOrder: Order }>(ORDER, { id: order.id })).workOrder.attachments;
    expect(listed).toEqual([
      { id: log.id, fileName: 'rdpclient.log', size: LOG.length, url: `/attachments/${log.id}` },
      { id: screenshot.id, fileName: '崩溃 截图#1.png', size: image.length, url: `/attachments/${screenshot.id}` },
    ]);

    // The submitter, the other pre-sales and the sales of the project, the managers who see every order.
    const readers = [submitter, second, sales, await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.GM])];
    for (const reader of readers) {
      const cookie = await cookieOf(reader);
      const text = await download(cookie, listed![0].url);
      expect(text.status, reader.name).toBe(200);
      expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(text.headers.get('content-disposition')).toMatch(/^attachment; filename="?rdpclient\.log"?$/);
      expect(text.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await text.arrayBuffer()).equals(LOG)).toBe(true);

      const picture = await download(cookie, listed![1].url);
      expect(picture.status, reader.name).toBe(200);
      expect(picture.headers.get('content-type')).toBe('image/png');
      expect(picture.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(picture.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('崩溃 截图#1.png')}`);
      expect(picture.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = Buffer.from(await picture.arrayBuffer());
      expect(bytes.length).toBe(image.length);
      expect(bytes.equals(image)).toBe(true);
    }

    const events = await ds.getRepository(EventRecord).find({ where: { type: 'ATTACHMENT_ADDED' }, order: { seq: 'ASC' } });
    expect(events.map((event) => [event.entityId, event.actorId, event.payload])).toEqual([
      [order.id, submitter.id, { fileName: 'rdpclient.log', size: LOG.length }],
      [order.id, submitter.id, { fileName: '崩溃 截图#1.png', size: image.length }],
    ]);
  });

  it('the download carries the type that was checked at upload, whatever the file name says', async () => {
    const { order, submitter } = await faultWorkOrder();
    const cookie = await cookieOf(submitter);
    const image = png();
    // A log without an extension (syslog, messages …) and a screenshot someone saved as .html.
    const syslog = await uploaded(cookie, order.id, LOG, 'text/plain', 'syslog');
    const disguised = await uploaded(cookie, order.id, image, 'image/png', 'screen.html');

    const text = await download(cookie, `/attachments/${syslog.id}`);
    const picture = await download(cookie, `/attachments/${disguised.id}`);
    expect([text.status, picture.status]).toEqual([200, 200]);
    expect(Buffer.from(await text.arrayBuffer()).equals(LOG)).toBe(true);
    expect(Buffer.from(await picture.arrayBuffer()).equals(image)).toBe(true);
    expect(picture.headers.get('content-disposition')).toMatch(/^attachment; filename="?screen\.html"?$/);
    expect({ syslog: text.headers.get('content-type'), 'screen.html': picture.headers.get('content-type') }).toEqual({
      syslog: 'text/plain; charset=utf-8',
      'screen.html': 'image/png',
    });
  });

  it('upload: 401 without a session, 404 where the order is invisible, 403 for those who see it but do not work on it; nothing written', async () => {
    const ds = suite.server.dataSource;
    const { order, second, sales } = await faultWorkOrder();
    const send = async (cookie: string | undefined, orderId = order.id) => upload(suite.server, cookie, orderId, LOG, { type: 'text/plain', name: 'rdpclient.log' });

    expect((await refused(await send(undefined), 401, 'UNAUTHENTICATED')).message).toBeTruthy();
    await refused(await send('liaison_session=forged-token-0123456789'), 401, 'UNAUTHENTICATED');
    for (const role of [Role.PRESALES, Role.SALES, Role.RND, Role.TESTER, Role.CHIEF_ENGINEER]) {
      await refused(await send(await cookieOf(await buildUser(ds, [role]))), 404, 'NOT_FOUND'); // not on the project
    }
    const secondCookie = await cookieOf(second);
    await refused(await send(secondCookie, UNKNOWN), 404, 'NOT_FOUND');
    await refused(await send(secondCookie, 'WO-1'), 404, 'NOT_FOUND');
    for (const viewer of [second, sales, await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.GM])]) {
      await refused(await send(await cookieOf(viewer)), 403, 'FORBIDDEN'); // sees the order, is not its submitter, lead or member
    }
    expect(await stored()).toEqual({ rows: 0, events: 0 });
  });

  it('download: 401 without a session, 403 for a signed-in user who may not see the order, 404 for an unknown attachment', async () => {
    const ds = suite.server.dataSource;
    const { order, submitter } = await faultWorkOrder();
    const submitterCookie = await cookieOf(submitter);
    const log = await uploaded(submitterCookie, order.id, LOG, 'text/plain', 'rdpclient.log');

    await refused(await download(undefined, `/attachments/${log.id}`), 401, 'UNAUTHENTICATED');
    await refused(await download('liaison_session=forged-token-0123456789', `/attachments/${log.id}`), 401, 'UNAUTHENTICATED');
    for (const role of [Role.PRESALES, Role.SALES, Role.RND, Role.TESTER, Role.CHIEF_ENGINEER]) {
      const outsider = await cookieOf(await buildUser(ds, [role]));
      const response = await download(outsider, `/attachments/${log.id}`);
      await refused(response, 403, 'FORBIDDEN');
      expect(response.headers.get('content-disposition')).toBeNull();
    }
    await refused(await download(submitterCookie, `/attachments/${UNKNOWN}`), 404, 'NOT_FOUND');
    await refused(await download(submitterCookie, '/attachments/rdpclient.log'), 404, 'NOT_FOUND');
    expect((await download(submitterCookie, `/attachments/${log.id}`)).status).toBe(200);
  });

  it('the R&D lead and the members the lead brings on may attach; another R&D engineer cannot see the order', async () => {
    const ds = suite.server.dataSource;
    const { order, submitter } = await faultWorkOrder();
    const [presalesManager, rndManager, lead, member, otherRnd] = [
      await buildUser(ds, [Role.PRESALES_MANAGER]),
      await buildUser(ds, [Role.RND_MANAGER]),
      await buildUser(ds, [Role.RND]),
      await buildUser(ds, [Role.RND]),
      await buildUser(ds, [Role.RND]),
    ];
    ok(await (await as(presalesManager)).request(DECIDE, { input: { approvalId: order.approval!.id, step: 0, decision: 'APPROVE' } }));
    const approved = ok(await (await as(rndManager)).request<{ workOrder: Order }>(ORDER, { id: order.id })).workOrder;
    expect(approved.status).toBe('AWAITING_RND_REVIEW');
    const assigned = ok(
      await (await as(rndManager)).request<{ reviewFaultWorkOrder: Order & { lead: { id: string } } }>(REVIEW, {
        input: { workOrderId: order.id, expectedVersion: approved.version, review: 'ACCEPT', leadId: lead.id },
      }),
    ).reviewFaultWorkOrder;
    expect(assigned).toMatchObject({ status: 'IN_PROGRESS', lead: { id: lead.id } });

    const leadCookie = await cookieOf(lead);
    const memberCookie = await cookieOf(member);
    const otherCookie = await cookieOf(otherRnd);
    await refused(await upload(suite.server, memberCookie, order.id, LOG, { type: 'text/plain', name: 'gdb.txt' }), 404, 'NOT_FOUND'); // not brought on yet
    ok(await (await as(lead)).request(ADD_MEMBER, { input: { workOrderId: order.id, userId: member.id } }));

    const trace = Buffer.from('#0 0x00007f3a in xrdp_sec_process_mcs_data () from libxrdp.so\n');
    const fromLead = await uploaded(leadCookie, order.id, trace, 'text/plain', 'gdb-backtrace.txt');
    const fromMember = await uploaded(memberCookie, order.id, Buffer.from('{"core":"rdpclient.core","signal":11}'), 'application/json', 'core-summary.json');
    await refused(await upload(suite.server, otherCookie, order.id, LOG, { type: 'text/plain', name: 'mine.txt' }), 404, 'NOT_FOUND');
    await refused(await download(otherCookie, `/attachments/${fromLead.id}`), 403, 'FORBIDDEN');

    const byMember = await download(memberCookie, `/attachments/${fromLead.id}`);
    expect(byMember.status).toBe(200);
    expect(Buffer.from(await byMember.arrayBuffer()).equals(trace)).toBe(true);
    const bySubmitter = await download(await cookieOf(submitter), `/attachments/${fromMember.id}`);
    expect(bySubmitter.status).toBe(200);
    expect(bySubmitter.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await stored()).toEqual({ rows: 2, events: 2 });
  });

  it('types: not in the allow-list, no type, or content that is not what the type says is 415 ATTACHMENT_TYPE_NOT_ALLOWED; the allowed ones pass', async () => {
    const { order, submitter } = await faultWorkOrder();
    const cookie = await cookieOf(submitter);
    const wrongType = async (content: Buffer, type: string | undefined, name: string) => {
      const error = await refused(await upload(suite.server, cookie, order.id, content, { type, name }), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
      expect(error.allowed).toEqual(expect.arrayContaining(['text/plain', 'image/png', 'application/pdf']));
    };
    await wrongType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'application/x-msdownload', 'patch.exe');
    await wrongType(Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 'report.html');
    await wrongType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml', 'topology.svg');
    await wrongType(LOG, undefined, 'rdpclient.dat'); // no Content-Type at all, and not named as a log
    await wrongType(Buffer.from('<html>not a picture</html>'), 'image/png', 'screen.png'); // PNG header missing
    await wrongType(png().subarray(0, 7), 'image/png', 'short.png'); // a signature cut short
    await wrongType(png(), 'image/jpeg', 'photo.jpg'); // a PNG called a JPEG
    await wrongType(Buffer.from('PK\x05\x06', 'latin1'), 'application/pdf', 'manual.pdf');
    await wrongType(Buffer.concat([Buffer.from('2026-11-20 ERROR '), Buffer.from([0x00, 0x01, 0x02]), Buffer.from(' tail')]), 'text/plain', 'binary.log'); // NUL bytes in "text"
    await wrongType(Buffer.from('a,b\n1,\x002\n', 'latin1'), 'text/csv', 'hosts.csv');
    expect(await stored()).toEqual({ rows: 0, events: 0 });

    const allowed: [Buffer, string, string][] = [
      [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'), 'application/pdf', '部署手册.pdf'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]), 'image/jpeg', 'photo.jpg'],
      [Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(64)]), 'application/zip', 'logs.zip'],
      [Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), randomBytes(64)]), 'application/gzip', 'logs.tar.gz'],
      [Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), randomBytes(64)]), 'application/x-gzip', 'core.gz'],
      [Buffer.from('host,ip\nterm-01,10.0.0.21\n'), 'text/csv', 'hosts.csv'],
      [Buffer.from('{"resolution":"1920x1080"}'), 'application/json; charset=utf-8', 'display.json'],
    ];
    for (const [content, type, name] of allowed) {
      const attachment = await uploaded(cookie, order.id, content, type, name);
      expect(attachment, name).toMatchObject({ fileName: name, contentType: type.split(';')[0], size: content.length, sha256: sha256(content) });
    }
    expect(await stored()).toEqual({ rows: allowed.length, events: allowed.length });
  });

  it('an empty file or a missing, unreadable or overlong name is 400 VALIDATION; a path in the name is cut off; nothing written when refused', async () => {
    const { order, submitter } = await faultWorkOrder();
    const cookie = await cookieOf(submitter);
    const fields = async (content: Buffer, options: { type?: string; name?: string; rawName?: string }) =>
      (await refused(await upload(suite.server, cookie, order.id, content, { type: 'text/plain', ...options }), 400, 'VALIDATION')).fields;

    expect(await fields(Buffer.alloc(0), { name: 'empty.log' })).toEqual({ file: 'EMPTY' });
    expect(await fields(LOG, {})).toEqual({ fileName: 'REQUIRED' }); // no X-File-Name
    expect(await fields(LOG, { name: '   ' })).toEqual({ fileName: 'REQUIRED' });
    expect(await fields(LOG, { name: 'logs/' })).toEqual({ fileName: 'REQUIRED' }); // a folder, no file
    expect(await fields(LOG, { rawName: '%E0%A4%A' })).toEqual({ fileName: 'REQUIRED' }); // not valid URI encoding
    expect(await fields(LOG, { name: `${'长'.repeat(197)}.log` })).toEqual({ fileName: 'TOO_LONG' });
    expect(await stored()).toEqual({ rows: 0, events: 0 });

    expect(await uploaded(cookie, order.id, LOG, 'text/plain', `${'长'.repeat(196)}.log`)).toMatchObject({ fileName: `${'长'.repeat(196)}.log` }); // 200: the longest allowed
    expect((await uploaded(cookie, order.id, LOG, 'text/plain', 'C:\\dumps\\rdpclient.log')).fileName).toBe('rdpclient.log');
    expect((await uploaded(cookie, order.id, LOG, 'text/plain', '../../etc/passwd')).fileName).toBe('passwd');
    expect(await stored()).toEqual({ rows: 3, events: 3 });
  });

  it('a file name with a NUL character is refused as VALIDATION, not a server error', async () => {
    const { order, submitter } = await faultWorkOrder();
    const response = await upload(suite.server, await cookieOf(submitter), order.id, LOG, { type: 'text/plain', name: 'rdp\u0000client.log' });
    const body = (await response.json()) as HttpError;
    expect([response.status, body.error.code], JSON.stringify(body)).toEqual([400, 'VALIDATION']);
    expect(Object.keys(body.error.fields as Record<string, string>)).toEqual(['fileName']);
    expect(await stored()).toEqual({ rows: 0, events: 0 });
  });

  it('a file over the size limit is 413 ATTACHMENT_TOO_LARGE, with or without Content-Length, and leaves nothing behind; who asks is settled first', async () => {
    const limited = await startTestServer({ attachmentMaxBytes: 2048 });
    try {
      const { order, submitter } = await faultWorkOrder();
      const cookie = await cookieOf(submitter);
      const text = (size: number) => Buffer.alloc(size, 'rdpclient: frame dropped\n');
      const sent = (content: Buffer | AsyncIterable<Uint8Array>, signedIn = true) =>
        upload(limited, signedIn ? cookie : undefined, order.id, content, { type: 'text/plain', name: 'rdpclient.log' });
      async function* chunked(total: number) {
        for (let left = total; left > 0; left -= 512) yield new Uint8Array(text(Math.min(512, left)));
      }

      const tooLarge = await refused(await sent(text(2049)), 413, 'ATTACHMENT_TOO_LARGE');
      expect(tooLarge.maxBytes).toBe(2048);
      expect(tooLarge.message).toContain('2048');
      await refused(await sent(text(64 * 1024)), 413, 'ATTACHMENT_TOO_LARGE');
      await refused(await sent(chunked(8 * 1024)), 413, 'ATTACHMENT_TOO_LARGE'); // streamed, no Content-Length
      await refused(await sent(text(64 * 1024), false), 401, 'UNAUTHENTICATED');
      expect(await stored()).toEqual({ rows: 0, events: 0 });

      const atTheLimit = await sent(text(2048));
      expect(atTheLimit.status).toBe(201);
      expect(((await atTheLimit.json()) as Uploaded).attachment).toMatchObject({ size: 2048, sha256: sha256(text(2048)) });
      expect((await sent(chunked(2000))).status).toBe(201);
      expect(await stored()).toEqual({ rows: 2, events: 2 });
      // The server is still well after the refusals: the default-limit server takes a larger file.
      expect((await upload(suite.server, cookie, order.id, text(64 * 1024), { type: 'text/plain', name: 'full.log' })).status).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('a log the browser sends untyped (.log with no type, octet-stream or text/x-log) is taken as text/plain, and still checked as text', async () => {
    const { order, submitter } = await faultWorkOrder();
    const cookie = await cookieOf(submitter);
    for (const type of [undefined, 'application/octet-stream', 'text/x-log']) {
      const attachment = await uploaded(cookie, order.id, LOG, type as string, 'gateway.log');
      expect(attachment.contentType).toBe('text/plain');
    }
    await refused(await upload(suite.server, cookie, order.id, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]), { type: 'application/octet-stream', name: 'core.log' }), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
  });
});
