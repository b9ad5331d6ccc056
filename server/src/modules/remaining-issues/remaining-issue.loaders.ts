import type { DataSource } from 'typeorm';
import { manyByKey } from '../../platform/graphql/loader';
import { IssueAttempt } from './issue-attempt.entity';

export const createRemainingIssueLoaders = (dataSource: DataSource) => ({
  attemptsByIssue: manyByKey<string, IssueAttempt>(
    (ids) => dataSource.getRepository(IssueAttempt).createQueryBuilder('a').where('a.issue_id = ANY(:ids)', { ids }).orderBy('a.created_at').getMany(),
    (attempt) => attempt.issueId,
  ),
});
