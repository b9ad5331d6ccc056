import { COMPANY_TIME_ZONE } from '../../platform/company-calendar';
import type { DashboardFilter } from './dashboard.types';

// Every dashboard statement numbers its parameters alike: $1 the period's first company day,
// $2 the company's time zone, $3 the last day; statements over tickets add dashboardParams' $4…$7.

/** `column` (a timestamptz) within the period of company days $1…$3. */
export const inCompanyDays = (column: string): string => `${column} >= ($1::date)::timestamp AT TIME ZONE $2 AND ${column} < ($3::date + 1)::timestamp AT TIME ZONE $2`;

/** A DashboardFilter's parameters: the period ($1–$3), then priority, customer, engineer and product ($4–$7). */
export const dashboardParams = (filter: DashboardFilter): unknown[] => [
  filter.from,
  COMPANY_TIME_ZONE,
  filter.to,
  filter.priority ?? null,
  filter.customerId || null,
  filter.engineerId || null,
  filter.product || null,
];

/** The filters $4–$7 on tickets of alias `t`, the engineer being `engineerColumn` (the assignee, or the survey's engineer). */
export const ticketFilters = (engineerColumn: string): string => `($4::ticket_priority IS NULL OR t.priority = $4::ticket_priority)
        AND ($5::uuid IS NULL OR t.customer_id = $5::uuid)
        AND ($6::uuid IS NULL OR ${engineerColumn} = $6::uuid)
        AND ($7::text IS NULL OR t.product = $7::text)`;
