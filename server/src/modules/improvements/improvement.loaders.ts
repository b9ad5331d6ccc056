import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { ImprovementRequest } from './improvement-request.entity';
import { RndTimeEntry } from './rnd-time-entry.entity';

export const createImprovementLoaders = (dataSource: DataSource) => ({
  improvementsByProject: manyByKey<string, ImprovementRequest>(
    (ids) => dataSource.getRepository(ImprovementRequest).createQueryBuilder('r').where('r.project_id = ANY(:ids)', { ids }).orderBy('r.sequence').getMany(),
    (request) => request.projectId,
  ),
  timeEntriesByImprovement: manyByKey<string, RndTimeEntry>(
    (ids) => dataSource.getRepository(RndTimeEntry).createQueryBuilder('t').where('t.improvement_request_id = ANY(:ids)', { ids }).orderBy('t.worked_on').getMany(),
    (entry) => entry.improvementRequestId,
  ),
  rndMinutesByProject: oneByKey<string, { projectId: string; minutes: number }>(
    async (ids) =>
      ((await dataSource.query('SELECT project_id, SUM(minutes)::int AS minutes FROM rnd_time_entry WHERE project_id = ANY($1) GROUP BY project_id', [ids])) as { project_id: string; minutes: number }[]).map(
        (row) => ({ projectId: row.project_id, minutes: row.minutes }),
      ),
    (row) => row.projectId,
  ),
});
