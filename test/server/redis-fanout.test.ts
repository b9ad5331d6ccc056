import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildProject, buildUser, signedIn } from '../helpers/factories';
import { ApiClient, collect, connected } from '../helpers/graphql-client';
import { startTestServer, truncateAll, type TestServer } from '../helpers/server';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  console.warn('[tests] SKIPPED redis-fanout: REDIS_URL is not set, so the two-instance test has no Redis to talk through. .ci/run sets it when a Redis answers on 127.0.0.1:6379.');
}

describe.skipIf(!redisUrl)('two server instances through Redis (REDIS_URL)', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startTestServer({ redisUrl });
    second = await startTestServer({ redisUrl });
    await truncateAll(first.dataSource);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('a stage change made on one instance reaches a subscriber on the other', async () => {
    const project = await buildProject(first.dataSource);
    const watcher = await signedIn(new ApiClient(second), project.parts.firstPresales);
    const { client } = watcher.ws();
    await connected(client);
    const feed = collect<{ boardChanged: { seq: number; project: { id: string; stage: string } } }>(client, 'subscription { boardChanged { seq project { id stage } } }');
    await new Promise((r) => setTimeout(r, 100));

    const mover = await signedIn(new ApiClient(first), project.parts.sales);
    const moved = await mover.request('mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }', {
      input: { projectId: project.id, from: 'INITIATED', to: 'PRESALES', expectedVersion: 1 },
    });
    expect(moved.errors).toBeUndefined();
    const [pushed] = await feed.next(1);
    expect(pushed.boardChanged.project).toEqual({ id: project.id, stage: 'PRESALES' });
    await client.dispose();
  });

  it('logging out on one instance closes the session\'s socket on the other', async () => {
    const user = await buildUser(first.dataSource, [Role.SALES]);
    const api = await signedIn(new ApiClient(second), user);
    const { client, closed } = api.ws();
    await connected(client);
    const sameSessionOnFirst = new ApiClient(first);
    sameSessionOnFirst.cookie = api.cookie;
    await sameSessionOnFirst.request('mutation { logout }');
    expect((await closed).code).toBe(4401);
  });
});
