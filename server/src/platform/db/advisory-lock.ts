import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a PostgreSQL session advisory lock, so that replicas starting
 * together do it one at a time (migrations, first-run seeding).
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await lock.release();
  }
}

export const LockKey = {
  MIGRATIONS: 4_207_002,
  DEMO_SEED: 4_207_003,
} as const;
