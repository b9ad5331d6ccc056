import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { MY_TASKS, MY_TASKS_CHANGED } from './tasks.operations';

/** The viewer's open tasks, for the header's count and the "my tasks" page: reloaded on each `myTasksChanged` push and after every reconnection. */
export function useMyTasks() {
  const tasks = useQuery(MY_TASKS, { fetchPolicy: 'cache-and-network' });
  useReloadOnPush(MY_TASKS_CHANGED, tasks.refetch);
  return tasks;
}
