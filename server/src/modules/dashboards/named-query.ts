/**
 * One SQL statement of a dashboard, with its parameters. Figures modules build their queries
 * as NamedQuery values and run them, so `npm run bench` can time and EXPLAIN the very same SQL.
 */
export interface NamedQuery {
  /** Stable, e.g. 'service-desk.attainment'. */
  name: string;
  sql: string;
  params: unknown[];
}
