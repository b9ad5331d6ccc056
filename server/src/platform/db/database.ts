import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Logger } from '../log';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Arbitrary constant naming the advisory lock held while migrating. */
const MIGRATION_LOCK = 4_207_002;

export interface Database {
  dataSource: DataSource;
  /** "embedded" or the host of DATABASE_URL, for the start-up banner. */
  description: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL under `dataDir`, and migrates. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }, log: Logger): Promise<Database> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres(path.join(options.dataDir, 'postgres'), (line) => log.debug({ postgres: line }));
  const url = options.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource(url, (message, details) => log.warn(details, message));
  try {
    await dataSource.initialize();
    // Replicas starting together must not run the same migration twice: one at a time.
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      for (const migration of applied) log.info({ migration: migration.name }, 'migration applied');
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await lock.release();
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    description: embedded ? `embedded PostgreSQL in ${path.join(options.dataDir, 'postgres')}` : `PostgreSQL at ${new URL(url).host}`,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
