import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Logger } from '../log';
import { LockKey, withAdvisoryLock } from './advisory-lock';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

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
    const applied = await withAdvisoryLock(dataSource, LockKey.MIGRATIONS, () => dataSource.runMigrations({ transaction: 'each' }));
    for (const migration of applied) log.info({ migration: migration.name }, 'migration applied');
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
