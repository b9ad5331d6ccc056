import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { COMPANY_TIME_ZONE } from '../../platform/company-calendar';
import { oneByKey } from '../../platform/graphql/loader';
import { visibleTicketCondition } from '../tickets/ticket.policy';
import type { User } from '../users/user.entity';
import type { SatisfactionSummary } from './satisfaction-summary.type';
import { SatisfactionSurvey } from './satisfaction-survey.entity';

/** An engineer and a range of company days (YYYY-MM-DD, both ends included; null: open). */
export interface SummaryKey {
  engineerId: string;
  from: string | null;
  to: string | null;
}

interface SummaryRow {
  engineer_id: string;
  answered: number;
  response_speed: number | null;
  resolution: number | null;
  professionalism: number | null;
  attitude: number | null;
}

const rangeOf = (key: SummaryKey) => `${key.from ?? ''}|${key.to ?? ''}`;

/** Averages of answered surveys, per engineer, computed by PostgreSQL: one query per distinct range. */
async function summaries(dataSource: DataSource, keys: readonly SummaryKey[]): Promise<SatisfactionSummary[]> {
  const found = new Map<string, SatisfactionSummary>();
  const ranges = new Map<string, SummaryKey[]>();
  for (const key of keys) ranges.set(rangeOf(key), [...(ranges.get(rangeOf(key)) ?? []), key]);
  for (const [range, group] of ranges) {
    const { from, to } = group[0]!;
    const rows = (await dataSource.query(
      `SELECT engineer_id, count(*)::int AS answered, avg(response_speed)::float8 AS response_speed, avg(resolution)::float8 AS resolution,
              avg(professionalism)::float8 AS professionalism, avg(attitude)::float8 AS attitude
         FROM satisfaction_survey
        WHERE engineer_id = ANY($1) AND answered_at IS NOT NULL
          AND ($2::date IS NULL OR answered_at >= ($2::date)::timestamp AT TIME ZONE $4)
          AND ($3::date IS NULL OR answered_at < ($3::date + 1)::timestamp AT TIME ZONE $4)
        GROUP BY engineer_id`,
      [group.map((key) => key.engineerId), from, to, COMPANY_TIME_ZONE],
    )) as SummaryRow[];
    for (const row of rows) {
      found.set(`${row.engineer_id}|${range}`, {
        answered: row.answered,
        responseSpeed: row.response_speed,
        resolution: row.resolution,
        professionalism: row.professionalism,
        attitude: row.attitude,
      });
    }
  }
  const none: SatisfactionSummary = { answered: 0, responseSpeed: null, resolution: null, professionalism: null, attitude: null };
  return keys.map((key) => found.get(`${key.engineerId}|${rangeOf(key)}`) ?? none);
}

export const createSatisfactionLoaders = (dataSource: DataSource, viewer: User | null) => ({
  /** A ticket's survey, only where the viewer may see the ticket (staff by the ticket rule, customers their organisation's). */
  surveyByTicket: oneByKey<string, SatisfactionSurvey>((ids) => {
    if (!viewer) return Promise.resolve([]);
    const visible = visibleTicketCondition('t', viewer);
    return dataSource
      .getRepository(SatisfactionSurvey)
      .createQueryBuilder('s')
      .innerJoin('ticket', 't', 't.id = s.ticket_id')
      .where('s.ticket_id = ANY(:ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .getMany();
  }, (survey) => survey.ticketId),
  satisfactionSummary: new DataLoader<SummaryKey, SatisfactionSummary, string>((keys) => summaries(dataSource, keys), {
    cacheKeyFn: (key) => `${key.engineerId}|${rangeOf(key)}`,
  }),
});
