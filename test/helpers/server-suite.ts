import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Config } from '../../server/src/config';
import type { User } from '../../server/src/modules/users/user.entity';
import { signedIn } from './factories';
import { ApiClient, collect, connected } from './graphql-client';
import { startTestServer, truncateAll, type TestServer } from './server';
import { until } from './wait';

/**
 * The frame of a server suite, called inside its `describe`: one real server for the file
 * (started with `overrides`); before each test, fresh rows; after each test, the test's
 * sockets closed and the bus back to the listeners it had when the file started.
 */
export function serverSuite(overrides: Partial<Config> = {}) {
  let server: TestServer | undefined;
  let baseListeners = 0;
  const sockets: Client[] = [];
  const signedInClients = new Map<string, Promise<ApiClient>>();
  const running = (): TestServer => {
    if (!server) throw new Error('the server suite has not started');
    return server;
  };
  const listeners = () => running().services.bus.listenerCount;

  beforeAll(async () => {
    server = await startTestServer(overrides);
    baseListeners = listeners();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    signedInClients.clear();
    return truncateAll(running().dataSource);
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((client) => client.dispose()));
    await until(() => listeners() <= baseListeners, 'the previous test’s subscriptions to end');
  });

  /** An API client signed in as `user`; `null` is a client without a session. */
  const as = (user: User | null): Promise<ApiClient> => (user ? signedIn(new ApiClient(running()), user) : Promise.resolve(new ApiClient(running())));
  /** Like `as`, but one client per user and test: signing in is slow on purpose (argon2), and many tests act as the same people. */
  const asOnce = (user: User | null): Promise<ApiClient> => {
    if (!user) return as(null);
    let client = signedInClients.get(user.id);
    if (!client) {
      client = as(user);
      signedInClients.set(user.id, client);
    }
    return client;
  };
  /**
   * A graphql-ws client for `who` (a user signed in here, `null` without a session, or an API
   * client of the test's own), not yet connected; closed after the test.
   */
  const ws = async (who: User | ApiClient | null, options: { origin?: string } = {}) => {
    const api = who instanceof ApiClient ? who : await as(who);
    const { client, closed } = api.ws(options);
    sockets.push(client);
    return { api, client, closed };
  };

  return {
    get server(): TestServer {
      return running();
    },
    as,
    asOnce,
    ws,
    /** What `query` pushes to `who` (a user, or a signed-in API client), on a connected socket closed after the test. */
    async feed<T>(who: User | ApiClient, query: string) {
      const { client } = await ws(who);
      await connected(client);
      return collect<T>(client, query);
    },
    /** Waits until the bus has `count` more listeners than when the file started. */
    subscribed(count: number): Promise<void> {
      return until(() => listeners() >= baseListeners + count, `${count} subscriptions on the bus`);
    },
  };
}
