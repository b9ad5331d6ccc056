import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { CountingLogger } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function createDataSource(url: string, warn: (message: string, details: Record<string, unknown>) => void = () => {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    // The schema comes from migrations only; see test/server/migrations.test.ts.
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new CountingLogger(warn),
    maxQueryExecutionTime: 500,
    // random_page_cost 1.1 (PostgreSQL's default 4 assumes spinning disks): on SSDs an index probe
    // per row is cheap, so a month of dashboard figures reads its tickets' clocks through the
    // (ticket_id, kind) index instead of hashing the whole clock table (see `npm run bench`).
    extra: { max: 20, application_name: 'liaison', options: '-c random_page_cost=1.1' },
  });
}
