import type { ApolloCache, Reference } from '@apollo/client';
import type { ReportItemFragment } from '../../gql/graphql';

/** Puts a report just filed at the top of its project's list (newest first, as the server orders them). */
export function addReportToProject(cache: ApolloCache, projectId: string, report: ReportItemFragment): void {
  cache.modify<{ reports: Reference[] }>({
    id: cache.identify({ __typename: 'Project', id: projectId }),
    fields: {
      reports: (list, { readField, toReference }) => {
        const ref = toReference(report);
        if (!ref || list.some((item) => readField('id', item) === report.id)) return list;
        return [ref, ...list];
      },
    },
  });
}
