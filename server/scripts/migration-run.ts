/** npm run migration:run: applies pending migrations to DATABASE_URL or the embedded database. */
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/database';
import { createLogger } from '../src/platform/log';

const config = loadConfig();
const database = await openDatabase(config, createLogger('info'));
console.log(`Migrations are up to date (${database.description}).`);
await database.close();
