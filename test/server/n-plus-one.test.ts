import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementsSent } from '../../server/src/platform/db/query-counter';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildProject, buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';
import { startTestServer, truncateAll, type TestServer } from '../helpers/server';

const BOARD = `{ projects { id name stage supportTypes customer { name } responsibleSales { name } firstPresales { name }
  secondPresales { name } members { role user { name } } initiation { revision submittedBy { name } } viewerCan { moveStage nextStages } } }`;

describe('board query cost', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(() => truncateAll(server.dataSource));

  it('sends the same number of SQL statements for 2 projects as for 12 (no N+1)', async () => {
    const ds = server.dataSource;
    const manager = await signedIn(new ApiClient(server), await buildUser(ds, [Role.PRESALES_MANAGER]));
    const measure = async () => {
      const before = statementsSent();
      const response = await manager.request<{ projects: unknown[] }>(BOARD);
      expect(response.errors).toBeUndefined();
      return { statements: statementsSent() - before, projects: response.data!.projects.length };
    };
    for (let i = 0; i < 2; i += 1) await buildProject(ds, { secondPresales: await buildUser(ds, [Role.PRESALES]) });
    const small = await measure();
    for (let i = 0; i < 10; i += 1) await buildProject(ds, { secondPresales: await buildUser(ds, [Role.PRESALES]) });
    const large = await measure();
    expect([small.projects, large.projects]).toEqual([2, 12]);
    // session + projects + one batch each of customers, initiations and members + users (one
    // or two batches, depending on whether the member and initiation results land in the same
    // tick). Any per-project query would put the 12-project board far above this.
    const MAX_STATEMENTS = 7;
    expect(small.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(large.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(large.statements).toBeGreaterThanOrEqual(6);
  });
});
