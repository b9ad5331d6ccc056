import { useQuery } from '@apollo/client/react';
import { MY_TASKS } from './tasks.operations';

/** Tasks are not pushed: the list is asked for again this often, and at once after the viewer changes one. */
const POLL_MS = 30_000;

/** The viewer's open tasks, kept fresh for the header's count and the "my tasks" page. */
export const useMyTasks = () => useQuery(MY_TASKS, { fetchPolicy: 'cache-and-network', pollInterval: POLL_MS });
