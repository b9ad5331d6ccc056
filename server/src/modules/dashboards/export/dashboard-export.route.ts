import type { Request, Response } from 'express';
import type { Services } from '../../../context';
import { SESSION_COOKIE, readCookie } from '../../../platform/auth/session-token';
import { forbidden, invalid, notFound, unauthenticated } from '../../../platform/graphql/errors';
import { sendError } from '../../../platform/http/send-error';
import type { DashboardTable, ExportParams } from './dashboard-table';
import { DASHBOARD_TABLES } from './dashboard-tables';
import { dashboardWorkbook } from './dashboard-workbook';
import type { WorkbookLanguage } from './screen-labels';

const TABLES = new Map(DASHBOARD_TABLES.map((table) => [table.name, table]));

/**
 * The query string as flat strings: repeated or nested keys are ignored rather than guessed at; a
 * NUL is refused here, as GraphQL refuses it in arguments (PostgreSQL cannot store it in text).
 */
function paramsOf(query: Request['query']): ExportParams {
  const params = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const withNul = Object.keys(params).filter((key) => params[key].includes('\u0000'));
  if (withNul.length > 0) throw invalid(Object.fromEntries(withNul.map((key) => [key, 'NUL_CHARACTER'])));
  return params;
}

/** What the workbook's title row says the figures cover: the table's month, or its period (both checked by rows() already). */
function subtitleOf(table: DashboardTable<unknown>, params: ExportParams): string {
  return table.covers === 'month' ? (params.month ?? '') : `${params.from ?? ''} – ${params.to ?? ''}`;
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
      const language: WorkbookLanguage = viewer.language === 'en' ? 'en' : 'zh';
      const subtitle = subtitleOf(table, params);
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`${table.name}${subtitle ? `-${subtitle.replace(/[^\d-]+/g, '_')}` : ''}.xlsx`)
        .send(await dashboardWorkbook(table, rows, language, subtitle));
    } catch (error) {
      sendError(res, error, report);
    }
  };
}
