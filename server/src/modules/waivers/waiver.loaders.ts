import type { DataSource } from 'typeorm';
import { manyByKey } from '../../platform/graphql/loader';
import { Waiver } from './waiver.entity';

export const createWaiverLoaders = (dataSource: DataSource) => ({
  waiversByProject: manyByKey<string, Waiver>(
    (ids) => dataSource.getRepository(Waiver).createQueryBuilder('w').where('w.project_id = ANY(:ids)', { ids }).orderBy('w.created_at').getMany(),
    (waiver) => waiver.projectId,
  ),
  /**
   * Projects with a problem on record: an open remaining issue or a bounced hand-off. Upheld
   * complaints are left out: they are the person's and the managers' only, not every member's.
   */
  hasOpenProblem: manyByKey<string, string>(async (ids) => {
    const rows = (await dataSource.query(
      `SELECT project_id FROM remaining_issue WHERE project_id = ANY($1) AND status = 'OPEN'
       UNION SELECT project_id FROM support_request WHERE project_id = ANY($1) AND status = 'BOUNCED'`,
      [ids],
    )) as { project_id: string }[];
    return rows.map((row) => row.project_id);
  }, (projectId) => projectId),
});
