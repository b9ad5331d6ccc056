import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CHANGES = 'query($seq: Float!, $limit: Int) { changesSince(seq: $seq, limit: $limit) { cursor hasMore events { seq type projectId payload actor { id } project { id stage } } } }';
const MOVE = 'mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }';

interface Changes {
  changesSince: { cursor: number; hasMore: boolean; events: { seq: number; type: string; projectId: string; payload: string; actor: { id: string }; project: { id: string; stage: string } }[] };
}

describe('changesSince: catching up after a disconnect', () => {
  const suite = serverSuite();
  const { as } = suite;
  const move = async (user: User, projectId: string, from: string, to: string, expectedVersion: number) => {
    expect((await (await as(user)).request(MOVE, { input: { projectId, from, to, expectedVersion } })).errors).toBeUndefined();
  };

  it('returns exactly the missed events the viewer may see, in order, with a cursor to continue from', async () => {
    const ds = suite.server.dataSource;
    const sales = await buildUser(ds, [Role.SALES]);
    const mine = await buildProject(ds, { sales });
    const notMine = await buildProject(ds);
    const client = await as(sales);
    const { data } = await client.request<{ latestSeq: number }>('{ latestSeq }');
    const since = data!.latestSeq;

    await move(sales, mine.id, 'INITIATED', 'PRESALES', 1);
    await move(notMine.parts.sales, notMine.id, 'INITIATED', 'PRESALES', 1);
    await move(sales, mine.id, 'PRESALES', 'BIDDING', 2);

    const response = await client.request<Changes>(CHANGES, { seq: since });
    const { events, cursor, hasMore } = response.data!.changesSince;
    expect(events.map((e) => [e.projectId, JSON.parse(e.payload)])).toEqual([
      [mine.id, { from: 'INITIATED', to: 'PRESALES' }],
      [mine.id, { from: 'PRESALES', to: 'BIDDING' }],
    ]);
    expect(events[0].seq).toBeLessThan(events[1].seq);
    expect(events[0]).toMatchObject({ type: 'PROJECT_STAGE_CHANGED', actor: { id: sales.id }, project: { id: mine.id, stage: 'BIDDING' } });
    expect(hasMore).toBe(false);
    expect(cursor).toBeGreaterThanOrEqual(events[1].seq); // includes the invisible event's seq too

    const again = await client.request<Changes>(CHANGES, { seq: cursor });
    expect(again.data!.changesSince.events).toEqual([]);
  });

  it('pages with limit and hasMore', async () => {
    const ds = suite.server.dataSource;
    const sales = await buildUser(ds, [Role.SALES]);
    const projects = [await buildProject(ds, { sales }), await buildProject(ds, { sales }), await buildProject(ds, { sales })];
    const client = await as(sales);
    const since = (await client.request<{ latestSeq: number }>('{ latestSeq }')).data!.latestSeq;
    for (const project of projects) await move(sales, project.id, 'INITIATED', 'PRESALES', 1);

    const first = (await client.request<Changes>(CHANGES, { seq: since, limit: 2 })).data!.changesSince;
    expect(first.events.map((e) => e.projectId)).toEqual([projects[0].id, projects[1].id]);
    expect(first.hasMore).toBe(true);
    const second = (await client.request<Changes>(CHANGES, { seq: first.cursor, limit: 2 })).data!.changesSince;
    expect(second.events.map((e) => e.projectId)).toEqual([projects[2].id]);
    expect(second.hasMore).toBe(false);
  });

  it('rejects a negative seq or an out-of-range limit with VALIDATION', async () => {
    const client = await as(await buildUser(suite.server.dataSource, [Role.SALES]));
    expect(codes(await client.request(CHANGES, { seq: -1 }))).toEqual(['VALIDATION']);
    expect(codes(await client.request(CHANGES, { seq: 0, limit: 100000 }))).toEqual(['VALIDATION']);
  });
});
