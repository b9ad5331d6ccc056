import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { DASHBOARD_CHANGED } from './dashboards.operations';

/**
 * A dashboard's figures, kept live: read again on each push of dashboardChanged (it carries no
 * figures) and after a reconnection. While new variables load, the previous figures stay on screen.
 */
export function useLiveDashboardQuery<Data, Variables extends OperationVariables>(query: TypedDocumentNode<Data, Variables>, variables: Variables) {
  const { data, previousData, error, loading, refetch } = useQuery<Data, Variables>(query, { variables, fetchPolicy: 'cache-and-network' });
  useReloadOnPush(DASHBOARD_CHANGED, refetch);
  const shown = data ?? previousData;
  return {
    data: shown,
    /** The figures shown are those of the previous variables (the new ones are loading). */
    stale: data === undefined && shown !== undefined,
    /** Loading with nothing to show yet. */
    loading: loading && !shown,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
