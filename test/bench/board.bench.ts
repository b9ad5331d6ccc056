/**
 * npm run bench: speed goals, measured (not asserted in tests).
 *   - board query for a manager who sees every project, with 500 projects
 *   - fan-out: one stage change pushed to 200 live sockets (100 viewers × 2 tabs)
 * Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from 'graphql-ws';
import { startServer } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/platform/db/database';
import { statementsSent } from '../../server/src/platform/db/query-counter';
import { createLogger } from '../../server/src/platform/log';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildCustomer, buildProject, buildUser, signedIn } from '../helpers/factories';
import { ApiClient, collect, connected } from '../helpers/graphql-client';

const PROJECTS = 500;
const VIEWERS = 100;
const ROUNDS = 30;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const dataDir = await mkdtemp(path.join(tmpdir(), 'liaison-bench-'));
await chmod(dataDir, 0o755);
const log = createLogger('warn');
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir }, log);
const server = await startServer({ ...config, host: '127.0.0.1', port: 0, logLevel: 'warn', graphqlMaxCost: 1_000_000 }, database.dataSource, log);
const ds = database.dataSource;
try {
  console.log(`seeding ${PROJECTS} projects …`);
  const customer = await buildCustomer(ds);
  const sales = await buildUser(ds, [Role.SALES]);
  const presales = await Promise.all(Array.from({ length: 10 }, () => buildUser(ds, [Role.PRESALES])));
  const projects = [];
  for (let i = 0; i < PROJECTS; i += 1) projects.push(await buildProject(ds, { customer, sales, firstPresales: presales[i % 10], secondPresales: presales[(i + 1) % 10] }));

  const manager = await signedIn(new ApiClient(server), await buildUser(ds, [Role.PRESALES_MANAGER]));
  const board = '{ projects { id name stage version supportTypes customer { name } responsibleSales { name } firstPresales { name } secondPresales { name } viewerCan { moveStage nextStages } } }';
  const times: number[] = [];
  let statements = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const before = statementsSent();
    const start = performance.now();
    const response = await manager.request<{ projects: unknown[] }>(board);
    times.push(performance.now() - start);
    statements = statementsSent() - before;
    if (response.errors || response.data?.projects.length !== PROJECTS) throw new Error(`board failed: ${JSON.stringify(response.errors)}`);
  }
  console.log(`board, ${PROJECTS} projects: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ${statements} SQL statements`);

  const clients: Client[] = [];
  const feeds = [];
  const viewers = await Promise.all(Array.from({ length: VIEWERS }, () => buildUser(ds, [Role.GM])));
  for (const viewer of viewers) {
    const api = await signedIn(new ApiClient(server), viewer);
    for (let tab = 0; tab < 2; tab += 1) {
      const { client } = api.ws();
      await connected(client);
      clients.push(client);
      feeds.push(collect(client, 'subscription { boardChanged { seq project { id stage } } }'));
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  const mover = await signedIn(new ApiClient(server), sales);
  const fanout: number[] = [];
  for (let round = 0; round < 10; round += 1) {
    const project = projects[round];
    const start = performance.now();
    await mover.request('mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }', {
      input: { projectId: project.id, from: 'INITIATED', to: 'PRESALES', expectedVersion: 1 },
    });
    await Promise.all(feeds.map((feed) => feed.next(round + 1, 10_000)));
    fanout.push(performance.now() - start);
  }
  console.log(`fan-out to ${feeds.length} sockets: p50 ${percentile(fanout, 50).toFixed(1)} ms, p95 ${percentile(fanout, 95).toFixed(1)} ms (mutation + every socket received)`);
  await Promise.all(clients.map((client) => client.dispose()));
} finally {
  await server.stop();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
