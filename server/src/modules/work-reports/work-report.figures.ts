import type { DataSource } from 'typeorm';
import { COMPANY_TIME_ZONE } from '../../platform/company-calendar';
import { type PerformanceSettings, performanceDeductions } from '../complaints/performance-deductions';
import type { NamedQuery } from '../dashboards/named-query';
import { WorkReportProblemKind } from './work-report.enums';
import type { WorkReportFigures } from './work-report.types';

/** A survey whose mean score (of four, 1–5) is below this is a LOW_SATISFACTION problem. */
export const LOW_SATISFACTION_BELOW = 3;
/** A remaining issue still open this many days after it was opened is a REMAINING_ISSUE_OPEN problem. */
export const STALE_ISSUE_DAYS = 30;

/** One kind of problem of one engineer's month: how many, and the ticket numbers or project names (distinct, unordered). */
export interface ProblemTally {
  kind: WorkReportProblemKind;
  count: number;
  labels: string[];
}

/** What the two statements find for one engineer's month. */
export interface EngineerMonth {
  figures: WorkReportFigures;
  /** The sum of the answered surveys' mean scores, so that a team's average weighs every survey alike. */
  satisfactionScoreSum: number;
  problems: ProblemTally[];
}

// Parameters of both statements: $1 the engineers (uuid[]), $2 the month's first day, $3 the company's time zone;
// of the problems also $4 LOW_SATISFACTION_BELOW and $5 STALE_ISSUE_DAYS.
const MONTH_START = `($2::date)::timestamp AT TIME ZONE $3`;
const MONTH_END = `($2::date + interval '1 month')::timestamp AT TIME ZONE $3`;
const inMonth = (column: string) => `${column} >= ${MONTH_START} AND ${column} < ${MONTH_END}`;
const SURVEY_SCORE = `(v.response_speed + v.resolution + v.professionalism + v.attitude) / 4.0`;
const OF_ENGINEERS = `= ANY ($1::uuid[])`;

/**
 * The two statements of a month's work reports for any number of engineers: each figure is an
 * aggregate grouped by engineer, so the statement count does not grow with the team.
 */
export function workReportQueries(month: string, engineerIds: readonly string[]): [figures: NamedQuery, problems: NamedQuery] {
  const base = [engineerIds, `${month}-01`, COMPANY_TIME_ZONE];
  return [
    {
      name: 'work-report.figures',
      sql: `WITH engineer AS (SELECT id FROM unnest($1::uuid[]) AS e(id)),
            tickets AS (
              SELECT t.assignee_id AS engineer_id,
                     count(*) FILTER (WHERE ${inMonth('t.created_at')})::int AS assigned,
                     count(*) FILTER (WHERE ${inMonth('t.resolved_at')})::int AS resolved
                FROM ticket t
               WHERE t.assignee_id ${OF_ENGINEERS} AND ((${inMonth('t.created_at')}) OR (${inMonth('t.resolved_at')}))
               GROUP BY t.assignee_id
            ),
            -- The clocks of the tickets resolved in the month only, both kinds from one probe of the
            -- (ticket_id, kind) index per ticket: a lateral aggregate is never flattened into a hash
            -- join over every clock, and a month's resolved tickets are a few thousand at most.
            clocks AS (
              SELECT t.assignee_id AS engineer_id,
                     count(*) FILTER (WHERE k.response = 'MET')::int AS response_met,
                     count(*) FILTER (WHERE k.response = 'BREACHED')::int AS response_breached,
                     count(*) FILTER (WHERE k.resolution = 'MET')::int AS resolution_met,
                     count(*) FILTER (WHERE k.resolution = 'BREACHED')::int AS resolution_breached
                FROM ticket t
               CROSS JOIN LATERAL (
                     SELECT max(c.state::text) FILTER (WHERE c.kind = 'RESPONSE') AS response, max(c.state::text) FILTER (WHERE c.kind = 'RESOLUTION') AS resolution
                       FROM sla_clock c WHERE c.ticket_id = t.id) k
               WHERE t.assignee_id ${OF_ENGINEERS} AND ${inMonth('t.resolved_at')}
               GROUP BY t.assignee_id
            ),
            surveys AS (
              SELECT v.engineer_id, count(*)::int AS answered, sum(${SURVEY_SCORE})::float8 AS score_sum
                FROM satisfaction_survey v
               WHERE v.engineer_id ${OF_ENGINEERS} AND ${inMonth('v.answered_at')}
               GROUP BY v.engineer_id
            ),
            reports AS (
              SELECT c.author_id AS engineer_id, count(*)::int AS filed
                FROM communication_report c
               WHERE c.author_id ${OF_ENGINEERS} AND ${inMonth('c.created_at')}
               GROUP BY c.author_id
            ),
            tracking AS (
              SELECT k.owner_id AS engineer_id, count(*)::int AS entries, count(DISTINCT k.project_id)::int AS projects
                FROM tracking_entry k
               WHERE k.owner_id ${OF_ENGINEERS} AND k.entry_date >= $2::date AND k.entry_date < ($2::date + interval '1 month')::date
               GROUP BY k.owner_id
            ),
            work_orders AS (
              SELECT w.submitted_by_id AS engineer_id, count(*)::int AS submitted
                FROM fault_work_order w
               WHERE w.submitted_by_id ${OF_ENGINEERS} AND ${inMonth('w.created_at')}
               GROUP BY w.submitted_by_id
            ),
            improvements AS (
              SELECT i.issued_by_id AS engineer_id, count(*)::int AS issued
                FROM improvement_request i
               WHERE i.issued_by_id ${OF_ENGINEERS} AND ${inMonth('i.created_at')}
               GROUP BY i.issued_by_id
            ),
            -- As ComplaintService.performanceLevel counts them: upheld, filed in the month / up to its end.
            complaints AS (
              SELECT c.respondent_id AS engineer_id,
                     count(*) FILTER (WHERE ${inMonth('c.created_at')})::int AS upheld_in_month,
                     count(*) FILTER (WHERE c.created_at < ${MONTH_END})::int AS upheld_to_month_end
                FROM complaint c
               WHERE c.respondent_id ${OF_ENGINEERS} AND c.status = 'UPHELD'
               GROUP BY c.respondent_id
            )
            SELECT e.id AS engineer_id,
                   coalesce(t.assigned, 0) AS assigned, coalesce(t.resolved, 0) AS resolved,
                   coalesce(l.response_met, 0) AS response_met, coalesce(l.response_breached, 0) AS response_breached,
                   coalesce(l.resolution_met, 0) AS resolution_met, coalesce(l.resolution_breached, 0) AS resolution_breached,
                   coalesce(v.answered, 0) AS answered, coalesce(v.score_sum, 0) AS score_sum,
                   coalesce(r.filed, 0) AS reports_filed,
                   coalesce(k.entries, 0) AS tracking_entries, coalesce(k.projects, 0) AS projects,
                   coalesce(w.submitted, 0) AS work_orders, coalesce(i.issued, 0) AS improvements,
                   coalesce(c.upheld_in_month, 0) AS upheld_in_month, coalesce(c.upheld_to_month_end, 0) AS upheld_to_month_end
              FROM engineer e
              LEFT JOIN tickets t ON t.engineer_id = e.id
              LEFT JOIN clocks l ON l.engineer_id = e.id
              LEFT JOIN surveys v ON v.engineer_id = e.id
              LEFT JOIN reports r ON r.engineer_id = e.id
              LEFT JOIN tracking k ON k.engineer_id = e.id
              LEFT JOIN work_orders w ON w.engineer_id = e.id
              LEFT JOIN improvements i ON i.engineer_id = e.id
              LEFT JOIN complaints c ON c.engineer_id = e.id`,
      params: base,
    },
    {
      name: 'work-report.problems',
      sql: `SELECT item.engineer_id, item.kind, count(*)::int AS count, array_agg(DISTINCT item.label) AS labels
              FROM (
                SELECT t.assignee_id AS engineer_id, '${WorkReportProblemKind.SLA_BREACHED}' AS kind, t.number AS label
                  FROM ticket t
                 WHERE t.assignee_id ${OF_ENGINEERS} AND ${inMonth('t.resolved_at')}
                   AND EXISTS (SELECT 1 FROM sla_clock sc WHERE sc.ticket_id = t.id AND sc.state = 'BREACHED')
                UNION ALL
                SELECT c.respondent_id, '${WorkReportProblemKind.COMPLAINT_UPHELD}', p.name
                  FROM complaint c JOIN project p ON p.id = c.project_id
                 WHERE c.respondent_id ${OF_ENGINEERS} AND c.status = 'UPHELD' AND ${inMonth('c.created_at')}
                UNION ALL
                -- Open now, and already $5 days old at the month's end (now, for the month in progress).
                SELECT i.owner_id, '${WorkReportProblemKind.REMAINING_ISSUE_OPEN}', p.name
                  FROM remaining_issue i JOIN project p ON p.id = i.project_id
                 WHERE i.owner_id ${OF_ENGINEERS} AND i.status = 'OPEN'
                   AND i.created_at < least(now(), ${MONTH_END}) - make_interval(days => $5::int)
                UNION ALL
                SELECT v.engineer_id, '${WorkReportProblemKind.LOW_SATISFACTION}', t.number
                  FROM satisfaction_survey v JOIN ticket t ON t.id = v.ticket_id
                 WHERE v.engineer_id ${OF_ENGINEERS} AND ${inMonth('v.answered_at')} AND ${SURVEY_SCORE} < $4
              ) item
             GROUP BY item.engineer_id, item.kind`,
      params: [...base, LOW_SATISFACTION_BELOW, STALE_ISSUE_DAYS],
    },
  ];
}

interface FiguresRow {
  engineer_id: string;
  assigned: number;
  resolved: number;
  response_met: number;
  response_breached: number;
  resolution_met: number;
  resolution_breached: number;
  answered: number;
  score_sum: number;
  reports_filed: number;
  tracking_entries: number;
  projects: number;
  work_orders: number;
  improvements: number;
  upheld_in_month: number;
  upheld_to_month_end: number;
}

interface ProblemRow {
  engineer_id: string;
  kind: WorkReportProblemKind;
  count: number;
  labels: string[];
}

const KIND_ORDER = Object.values(WorkReportProblemKind);

/** Each engineer's month (YYYY-MM, checked), by engineer id: two statements, whatever the number of engineers. */
export async function engineerMonths(dataSource: DataSource, settings: PerformanceSettings, month: string, engineerIds: readonly string[]): Promise<Map<string, EngineerMonth>> {
  const [figures, problems] = workReportQueries(month, engineerIds);
  const [figureRows, problemRows] = (await Promise.all([dataSource.query(figures.sql, figures.params), dataSource.query(problems.sql, problems.params)])) as [
    FiguresRow[],
    ProblemRow[],
  ];
  const problemsOf = (engineerId: string): ProblemTally[] =>
    problemRows
      .filter((row) => row.engineer_id === engineerId)
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
      .map((row) => ({ kind: row.kind, count: row.count, labels: row.labels }));
  return new Map(
    figureRows.map((row): [string, EngineerMonth] => [
      row.engineer_id,
      {
        figures: {
          ticketsAssigned: row.assigned,
          ticketsResolved: row.resolved,
          responseMet: row.response_met,
          responseBreached: row.response_breached,
          resolutionMet: row.resolution_met,
          resolutionBreached: row.resolution_breached,
          satisfactionAnswered: row.answered,
          satisfactionAverage: row.answered > 0 ? row.score_sum / row.answered : null,
          reportsFiled: row.reports_filed,
          trackingEntries: row.tracking_entries,
          projectsSupported: row.projects,
          workOrdersSubmitted: row.work_orders,
          improvementRequests: row.improvements,
          complaintsUpheld: row.upheld_in_month,
          performanceLevel: performanceDeductions(row.upheld_in_month, row.upheld_to_month_end, settings).level,
        },
        satisfactionScoreSum: row.score_sum,
        problems: problemsOf(row.engineer_id),
      },
    ]),
  );
}
