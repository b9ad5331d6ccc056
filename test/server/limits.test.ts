import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, maskError } from '../../server/src/platform/graphql/errors';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildUser, signedIn } from '../helpers/factories';
import { ApiClient, codes, connected } from '../helpers/graphql-client';
import { startTestServer, type TestServer } from '../helpers/server';

const DEEP = '{ projects { initiation { customer { name } } } }'; // depth 4
const ALIASED = '{ a: latestSeq b: latestSeq c: latestSeq }';
const WIDE = '{ projects { id name stage version createdAt updatedAt stageChangedAt supportTypes } users { id name email roles } }'; // cost 122, depth 2

/** Runs one operation over graphql-ws and returns the error codes it got. */
async function wsCodes(api: ApiClient, query: string): Promise<(string | undefined)[]> {
  const { client } = api.ws();
  await connected(client);
  try {
    return await new Promise((resolve) => {
      client.subscribe(
        { query },
        {
          next: (result) => resolve((result.errors ?? []).map((e) => (e.extensions as { code?: string } | undefined)?.code)),
          error: (errors) => resolve(Array.isArray(errors) ? errors.map((e: GraphQLError) => e.extensions?.code as string | undefined) : ['SOCKET_ERROR']),
          complete: () => resolve([]),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('query limits on both transports', () => {
  let server: TestServer;
  let api: ApiClient;
  beforeAll(async () => {
    server = await startTestServer({ graphqlMaxDepth: 3, graphqlMaxAliases: 2, graphqlMaxCost: 100 });
    api = await signedIn(new ApiClient(server), await buildUser(server.dataSource, [Role.GM]));
  });
  afterAll(() => server.close());

  it('rejects a query deeper than the limit over HTTP and over WebSocket', async () => {
    expect(codes(await api.request(DEEP))).toEqual(['QUERY_TOO_DEEP']);
    expect(await wsCodes(api, DEEP)).toEqual(['QUERY_TOO_DEEP']);
    expect(await wsCodes(api, `subscription { boardChanged { project { initiation { customer { name } } } } }`)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('rejects too many aliases over HTTP and over WebSocket', async () => {
    expect(codes(await api.request(ALIASED))).toEqual(['TOO_MANY_ALIASES']);
    expect(await wsCodes(api, ALIASED)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('rejects a query whose estimated cost is over the limit over HTTP and over WebSocket', async () => {
    expect(codes(await api.request(WIDE))).toEqual(['QUERY_TOO_COSTLY']);
    expect(await wsCodes(api, WIDE)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('measures fragments that spread each other in linear time (no exponential blow-up)', async () => {
    // 30 levels, each spreading the next twice: 2^30 fields if expanded. Measured naively this
    // takes minutes; the test timeout would catch that.
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { latestSeq }` : `fragment F${i} on Query { latestSeq ...F${i + 1} ...F${i + 1} }`,
    );
    const bomb = `{ ...F0 }\n${fragments.join('\n')}`;
    expect(codes(await new ApiClient(server).request(bomb))).toEqual(['QUERY_TOO_COSTLY']);
    expect(await wsCodes(api, bomb)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('lets queries within the limits through on both transports', async () => {
    const response = await api.request('{ a: latestSeq projects { id } }');
    expect(response.errors).toBeUndefined();
    expect(await wsCodes(api, '{ latestSeq }')).toEqual([]);
  });

  it('rejects an oversized request body', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: api.cookie ?? '' },
      body: JSON.stringify({ query: `{ latestSeq }`, variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe('production hardening', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ nodeEnv: 'production' });
  });
  afterAll(() => server.close());

  it('turns introspection off', async () => {
    const response = await new ApiClient(server).request('{ __schema { queryType { name } } }');
    expect(codes(response).length).toBeGreaterThan(0);
    expect(new Set(codes(response))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(response.data ?? null).toBeNull();
  });

  it('gives no field suggestions, over HTTP or WebSocket', async () => {
    const response = await new ApiClient(server).request('{ projets { id } }');
    expect(response.errors?.[0].message).toMatch(/Cannot query field "projets"/);
    expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
    const api = await signedIn(new ApiClient(server), await buildUser(server.dataSource, [Role.GM]));
    const { client } = api.ws();
    await connected(client);
    const message = await new Promise<string>((resolve) => {
      client.subscribe({ query: '{ projets { id } }' }, { next: () => resolve('next'), error: (errors) => resolve(JSON.stringify(errors)), complete: () => resolve('complete') });
    });
    await client.dispose();
    expect(message).toMatch(/projets/);
    expect(message).not.toMatch(/Did you mean/);
  });

  it('answers /healthz and /metrics', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/liaison_db_statements_total \d+/);
  });
});

describe('error masking', () => {
  it('passes app errors through and hides anything else behind INTERNAL_SERVER_ERROR', () => {
    const reported: unknown[] = [];
    const report = (error: unknown) => reported.push(error);
    const app = new AppError('CONFLICT', 'changed');
    expect(maskError({ message: app.message }, new GraphQLError('x', { originalError: app }), report)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const bug = new Error('relation "secret_table" does not exist');
    const masked = maskError({ message: bug.message, path: ['projects'] }, new GraphQLError(bug.message, { originalError: bug, path: ['projects'] }), report);
    expect(masked).toEqual({ message: 'Internal server error', path: ['projects'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(reported).toEqual([bug]);
  });
});
