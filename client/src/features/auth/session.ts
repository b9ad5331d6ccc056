import type { ApolloClient } from '@apollo/client';
import { liveConnection } from '../../app/live-connection';
import type { CurrentUser } from './current-user';
import { ME } from './auth.operations';

/** Ends the signed-in screens: closes the socket, and `me: null` sends RequireAuth to the login page. */
export function leaveSession(client: ApolloClient): void {
  liveConnection.stop();
  client.writeQuery({ query: ME, data: { me: null } });
}

/**
 * Before the first screen of a new sign-in: nothing cached for the previous user may show.
 * (Clearing discards the cache watches of mounted queries, so it is done here, with only
 * the login page mounted, and not when leaving.)
 */
export async function startSession(client: ApolloClient, user: CurrentUser): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: ME, data: { me: user } });
}
