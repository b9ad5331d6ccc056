import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const FILE = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';

describe('tracking table export (.xlsx)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const download = (cookie: string | undefined, month: string) =>
    fetch(`${suite.server.url}/exports/tracking-table.xlsx?month=${month}`, { headers: cookie ? { cookie } : {} });

  it('is a real workbook: title, header, one row per entry in the month, subtotals and a total', async () => {
    const ds = suite.server.dataSource;
    const [first, second] = [await buildUser(ds, [Role.PRESALES], '张伟'), await buildUser(ds, [Role.PRESALES], '李娜')];
    const project = await buildProject(ds, { firstPresales: first, secondPresales: second, name: '网点远程桌面集中管控' });
    const file = async (api: ApiClient, at: string, problem: string) => {
      const response = await api.request(FILE, {
        input: { projectId: project.id, result: 'SUCCESS', method: 'ON_SITE', communicator: '王工', communicatedAt: at, problemsHandled: [problem] },
      });
      expect(response.errors).toBeUndefined();
    };
    const firstApi = await as(first);
    await file(firstApi, '2026-11-03T02:00:00Z', '部署远程控制服务器并导入200台终端授权');
    await file(await as(second), '2026-11-05T02:00:00Z', '解决网点终端Windows 10下录像回放黑屏');
    await file(firstApi, '2026-10-30T02:00:00Z', '十月：完成控制端证书更换和端口调整');

    const response = await download(firstApi.cookie, '2026-11');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?tracking-table-2026-11-[\w.-]+\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['项目跟踪表 · 张伟 · 2026-11'],
      ['日期', '项目', '支持内容', '支持方式', '支持人'],
      ['2026-11-03', '网点远程桌面集中管控', '部署远程控制服务器并导入200台终端授权', '本人', '张伟'],
      ['2026-11-05', '网点远程桌面集中管控', '解决网点终端Windows 10下录像回放黑屏', '第二售前', '李娜'],
      ['小计', '网点远程桌面集中管控', '2 次支持'],
      ['合计', '1 个项目', '2 次支持'],
    ]);
  });

  it('answers 401 signed out, 403 for a non-pre-sales, 400 for a bad month, as JSON error codes', async () => {
    const ds = suite.server.dataSource;
    expect((await download(undefined, '2026-11')).status).toBe(401);
    const sales = await as(await buildUser(ds, [Role.SALES]));
    const forbidden = await download(sales.cookie, '2026-11');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const presales = await as(await buildUser(ds, [Role.PRESALES]));
    const bad = await download(presales.cookie, 'last-month');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION' } });
  });
});
