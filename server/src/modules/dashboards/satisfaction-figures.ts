import type { DataSource } from 'typeorm';
import type { DashboardFilter, DashboardSatisfaction } from './dashboard.types';
import type { NamedQuery } from './named-query';
import type { EngineerSatisfaction, SatisfactionFigures, SatisfactionTrendPoint } from './satisfaction-figures.types';
import { dashboardParams, inCompanyDays, ticketFilters } from './dashboard-sql';

/**
 * The answered surveys of a filter, with their ticket, as a CTE `answered` ($1…$7). The period is
 * the survey's answer (answered_at), in company days, bounded as ticketsOf bounds creation;
 * the engineer is the one the survey is about (survey.engineer_id), not the ticket's assignee now.
 */
function answeredSurveysOf(filter: DashboardFilter): { cte: string; params: unknown[] } {
  return {
    cte: `answered AS (
      SELECT v.engineer_id, v.answered_at, v.response_speed, v.resolution, v.professionalism, v.attitude,
             (v.response_speed + v.resolution + v.professionalism + v.attitude) / 4.0 AS overall
        FROM satisfaction_survey v
        JOIN ticket t ON t.id = v.ticket_id
       WHERE ${inCompanyDays('v.answered_at')} AND ${ticketFilters('v.engineer_id')})`,
    params: dashboardParams(filter),
  };
}

const SCORES = `count(a.answered_at)::int AS answered, avg(a.response_speed)::float8 AS response_speed, avg(a.resolution)::float8 AS resolution,
       avg(a.professionalism)::float8 AS professionalism, avg(a.attitude)::float8 AS attitude`;
const OVERALL = 'avg(a.overall)::float8 AS overall';

/** The three statements of the satisfaction dashboard for a (checked, scoped) filter: overall, per engineer, per month. */
export function satisfactionQueries(filter: DashboardFilter): [overall: NamedQuery, perEngineer: NamedQuery, trend: NamedQuery] {
  const { cte, params } = answeredSurveysOf(filter);
  return [
    { name: 'satisfaction.overall', sql: `WITH ${cte} SELECT ${SCORES} FROM answered a`, params },
    {
      name: 'satisfaction.per-engineer',
      sql: `WITH ${cte}
            SELECT u.id AS engineer_id, u.name AS engineer_name, ${SCORES}, ${OVERALL}
              FROM answered a
              JOIN app_user u ON u.id = a.engineer_id
             GROUP BY u.id, u.name
             ORDER BY overall DESC NULLS LAST, u.name, u.id`,
      params,
    },
    {
      // Every month the period touches, answered or not, so that the chart's axis has no holes.
      name: 'satisfaction.trend',
      sql: `WITH ${cte}
            SELECT to_char(m.month, 'YYYY-MM') AS month, ${SCORES}, ${OVERALL}
              FROM generate_series(date_trunc('month', $1::date::timestamp), date_trunc('month', $3::date::timestamp), interval '1 month') AS m(month)
              LEFT JOIN answered a ON date_trunc('month', a.answered_at AT TIME ZONE $2) = m.month
             GROUP BY m.month
             ORDER BY m.month`,
      params,
    },
  ];
}

interface ScoresRow {
  answered: number;
  response_speed: number | null;
  resolution: number | null;
  professionalism: number | null;
  attitude: number | null;
}
type EngineerRow = ScoresRow & { engineer_id: string; engineer_name: string; overall: number | null };
type MonthRow = ScoresRow & { month: string; overall: number | null };

const scoresOf = (row: ScoresRow): DashboardSatisfaction => ({
  answered: row.answered,
  responseSpeed: row.response_speed,
  resolution: row.resolution,
  professionalism: row.professionalism,
  attitude: row.attitude,
});

/** The satisfaction figures of a (checked, scoped) filter: three aggregate queries, nothing counted in Node. */
export async function satisfactionFigures(dataSource: DataSource, filter: DashboardFilter): Promise<SatisfactionFigures> {
  const [overall, perEngineer, trend] = satisfactionQueries(filter);
  const [[total], engineers, months] = (await Promise.all([
    dataSource.query(overall.sql, overall.params),
    dataSource.query(perEngineer.sql, perEngineer.params),
    dataSource.query(trend.sql, trend.params),
  ])) as [ScoresRow[], EngineerRow[], MonthRow[]];
  return {
    overall: scoresOf(total),
    perEngineer: engineers.map((row): EngineerSatisfaction => ({ engineerId: row.engineer_id, engineerName: row.engineer_name, ...scoresOf(row), overall: row.overall })),
    trend: months.map((row): SatisfactionTrendPoint => ({ month: row.month, ...scoresOf(row), overall: row.overall })),
  };
}
