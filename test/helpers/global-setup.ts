import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../../server/src/platform/db/data-source';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the run: a fresh database on DATABASE_URL's server when it is set,
 * otherwise a throw-away embedded PostgreSQL. Migrated once; tests truncate between cases.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<void>)[] = [];
  let url: string;
  if (process.env.DATABASE_URL) {
    const name = `liaison_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    cleanups.push(async () => {
      const dropper = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    });
    console.log(`[tests] PostgreSQL: database ${name} on ${target.host} (DATABASE_URL)`);
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'liaison-test-'));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach it
    const embedded = await startEmbeddedPostgres(path.join(dir, 'postgres'), () => {}, { databaseName: 'liaison_test', durable: false });
    url = embedded.url;
    cleanups.push(async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    });
    console.log('[tests] PostgreSQL: embedded, throw-away (set DATABASE_URL to use another server)');
  }

  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  project.provide('databaseUrl', url);

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
