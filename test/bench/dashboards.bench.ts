/**
 * npm run bench (second part): the dashboard queries on a generated year of 100,000 tickets and
 * 2,000 projects. For each dashboard field: the GraphQL round trip as a manager, p50 / p95 over
 * a month and over the whole year; for each SQL statement behind it: its EXPLAIN plan, which
 * must reach the big tables (over 50,000 rows) through indexes. Exits 1 when a p95 is over 500 ms or a plan scans
 * a big table sequentially for the month. Uses DATABASE_URL when set (an empty database),
 * otherwise a throw-away embedded PostgreSQL.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/platform/db/database';
import { createLogger } from '../../server/src/platform/log';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';
import { BENCH_YEAR, seedDashboardData } from './dashboard-data';
import { DASHBOARD_BENCH_CASES } from './dashboard-cases';
import { type PlanSummary, summarisePlan } from './explain-plan';

const SIZE = { tickets: 100_000, projects: 2_000, engineers: 40 };
const ROUNDS = 20;
const BUDGET_MS = 500;
const MONTH = { from: '2026-10-01', to: '2026-10-31' };
/** A table with more rows than this is big: reading all of it for one month's figures means a missing index. */
const BIG_TABLE_ROWS = 50_000;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const dataDir = await mkdtemp(path.join(tmpdir(), 'liaison-bench-'));
await chmod(dataDir, 0o755);
const log = createLogger('error');
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir }, log);
const server = await startServer({ ...config, host: '127.0.0.1', port: 0, logLevel: 'warn', graphqlMaxCost: 1_000_000 }, database.dataSource, log);
const ds = database.dataSource;
const problems: string[] = [];
try {
  const seedStart = performance.now();
  console.log(`seeding ${SIZE.tickets.toLocaleString('en')} tickets, ${SIZE.projects.toLocaleString('en')} projects, ${SIZE.engineers} engineers over ${BENCH_YEAR.from} … ${BENCH_YEAR.to} …`);
  await seedDashboardData(ds, SIZE);
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const bigTables = ((await ds.query(`SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > $1`, [BIG_TABLE_ROWS])) as { relname: string }[]).map((row) => row.relname);
  console.log(`big tables (over ${BIG_TABLE_ROWS.toLocaleString('en')} rows): ${bigTables.sort().join(', ')}`);
  const engineerIds = ((await ds.query(`SELECT id FROM app_user WHERE 'PRESALES' = ANY (roles) ORDER BY id`)) as { id: string }[]).map((row) => row.id);
  const manager = await signedIn(new ApiClient(server), await buildUser(ds, [Role.GM]));

  for (const benchCase of DASHBOARD_BENCH_CASES) {
    const periods = benchCase.monthOnly ? ([['month', MONTH]] as const) : ([['month', MONTH], ['year', BENCH_YEAR]] as const);
    for (const [label, period] of periods) {
      const variables = benchCase.variables(period);
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const start = performance.now();
        const response = await manager.request(benchCase.document, variables);
        times.push(performance.now() - start);
        if (response.errors) throw new Error(`${benchCase.name} failed: ${JSON.stringify(response.errors)}`);
      }
      const p95 = percentile(times, 95);
      console.log(`${benchCase.name} (${label}): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
      if (p95 > BUDGET_MS) problems.push(`${benchCase.name} (${label}) p95 ${p95.toFixed(0)} ms > ${BUDGET_MS} ms`);
    }
    for (const query of benchCase.queries(MONTH, { engineerIds })) {
      const [{ 'QUERY PLAN': plan }] = (await ds.query(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params)) as { 'QUERY PLAN': unknown }[];
      const summary: PlanSummary = summarisePlan(plan);
      const scanned = summary.seqScans.filter((table) => bigTables.includes(table));
      console.log(`  plan ${query.name}: indexes ${summary.indexes.join(', ') || '—'}${summary.seqScans.length ? `; seq scans ${summary.seqScans.join(', ')}` : ''}`);
      if (scanned.length > 0) problems.push(`${query.name} scans ${scanned.join(', ')} sequentially`);
    }
  }
} finally {
  await server.stop();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`dashboard bench: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dashboard bench: every query under ${BUDGET_MS} ms at p95, every month plan reaches the big tables through indexes`);
