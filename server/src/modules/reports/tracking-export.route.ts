import type { Request, Response } from 'express';
import type { Services } from '../../context';
import { SESSION_COOKIE, readCookie } from '../../platform/auth/session-token';
import { sendError } from '../../platform/http/send-error';

/** GET /exports/tracking-table.xlsx?month=YYYY-MM: the signed-in pre-sales' tracking table as a workbook. */
export function trackingExportRoute(services: Services, report: (error: unknown) => void) {
  return async (req: Request, res: Response): Promise<void> => {
    const viewer = await services.auth.userForToken(readCookie(req.headers.cookie, SESSION_COOKIE));
    const month = typeof req.query.month === 'string' ? req.query.month : '';
    try {
      const { user, workbook } = await services.reports.trackingTableExport(viewer?.user ?? null, month);
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`tracking-table-${month}-${user.email.split('@')[0]}.xlsx`)
        .send(workbook);
    } catch (error) {
      sendError(res, error, report);
    }
  };
}
