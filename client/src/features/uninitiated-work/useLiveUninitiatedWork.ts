import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { UNINITIATED_WORK, UNINITIATED_WORK_CHANGED } from './uninitiated-work.operations';

/** The records the viewer sees, reloaded on each `uninitiatedWorkChanged` push and after every reconnection. */
export function useLiveUninitiatedWork() {
  const records = useQuery(UNINITIATED_WORK, { fetchPolicy: 'cache-and-network' });
  useReloadOnPush(UNINITIATED_WORK_CHANGED, records.refetch);
  return records;
}
