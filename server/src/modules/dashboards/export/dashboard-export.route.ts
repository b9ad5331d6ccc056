import type { Request, Response } from 'express';
import type { Services } from '../../../context';
import { SESSION_COOKIE, readCookie } from '../../../platform/auth/session-token';
import { forbidden, notFound, unauthenticated } from '../../../platform/graphql/errors';
import { sendError } from '../../../platform/http/send-error';
import type { ExportParams } from './dashboard-table';
import { DASHBOARD_TABLES } from './dashboard-tables';
import { dashboardWorkbook } from './dashboard-workbook';

const TABLES = new Map(DASHBOARD_TABLES.map((table) => [table.name, table]));

/** The query string as flat strings: repeated or nested keys are ignored rather than guessed at. */
function paramsOf(query: Request['query']): ExportParams {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** What the workbook's title row says the figures cover: the period, or the month. */
function subtitleOf(params: ExportParams): string {
  if (params.month) return params.month;
  return params.from && params.to ? `${params.from} – ${params.to}` : '';
}

/**
 * GET /exports/dashboards/:name.xlsx?…: a dashboard table as a workbook, with the rows the
 * signed-in user sees on screen for the same filter (the table's rows() applies the checks and
 * scoping of its GraphQL field). Errors answer JSON with the GraphQL error codes.
 */
export function dashboardExportRoute(services: Services, report: (error: unknown) => void) {
  return async (req: Request<{ name: string }>, res: Response): Promise<void> => {
    try {
      const viewer = (await services.auth.userForToken(readCookie(req.headers.cookie, SESSION_COOKIE)))?.user;
      if (!viewer) throw unauthenticated();
      const table = TABLES.get(req.params.name);
      if (!table) throw notFound('Dashboard table');
      if (!viewer.roles.some((role) => table.roles.includes(role))) throw forbidden(`export ${table.name}`);
      const params = paramsOf(req.query);
      const rows = await table.rows(services, viewer, params);
      const language = viewer.language === 'en' ? 'en' : 'zh';
      const subtitle = subtitleOf(params);
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`${table.name}${subtitle ? `-${subtitle.replace(/[^\d-]+/g, '_')}` : ''}.xlsx`)
        .send(await dashboardWorkbook(table, rows, language, subtitle));
    } catch (error) {
      sendError(res, error, report);
    }
  };
}
