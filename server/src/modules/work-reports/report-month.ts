import { MONTH, companyDayOf } from '../../platform/company-calendar';
import { invalid } from '../../platform/graphql/errors';

/**
 * A month a report may cover: YYYY-MM with a real month (and a year PostgreSQL has: there is no
 * year 0), not after the current month in company time. Throws VALIDATION on `month`.
 */
export function checkReportMonth(month: string): void {
  if (!MONTH.test(month) || Number(month.slice(0, 4)) < 1) throw invalid({ month: 'INVALID_MONTH' });
  if (month > companyDayOf(new Date()).slice(0, 7)) throw invalid({ month: 'FUTURE_MONTH' });
}
