import type { DataSource } from 'typeorm';
import { manyByKey } from '../../platform/graphql/loader';
import { CommunicationReport } from './communication-report.entity';
import { RemainingIssue } from './remaining-issue.entity';

export const createReportLoaders = (dataSource: DataSource) => ({
  reportsByProject: manyByKey<string, CommunicationReport>(
    (ids) =>
      dataSource
        .getRepository(CommunicationReport)
        .createQueryBuilder('r')
        .where('r.project_id = ANY(:ids)', { ids })
        .orderBy('r.created_at', 'DESC')
        .getMany(),
    (report) => report.projectId,
  ),
  remainingIssuesByProject: manyByKey<string, RemainingIssue>(
    (ids) =>
      dataSource
        .getRepository(RemainingIssue)
        .createQueryBuilder('i')
        .where('i.project_id = ANY(:ids)', { ids })
        .orderBy('i.created_at')
        .getMany(),
    (issue) => issue.projectId,
  ),
});
