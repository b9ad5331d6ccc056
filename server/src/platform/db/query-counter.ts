import { Counter } from 'prom-client';
import type { Logger, QueryRunner } from 'typeorm';

const statements = new Counter({ name: 'liaison_db_statements_total', help: 'SQL statements sent to PostgreSQL' });
let total = 0;

/** How many SQL statements this process has sent; tests compare it before and after a request. */
export const statementsSent = (): number => total;

/**
 * TypeORM logger that counts statements (for /metrics and the N+1 tests) and forwards
 * errors and slow queries to the application log.
 */
export class CountingLogger implements Logger {
  constructor(private readonly warn: (message: string, details: Record<string, unknown>) => void) {}

  logQuery(): void {
    total += 1;
    statements.inc();
  }

  logQueryError(error: string | Error, query: string): void {
    this.warn('query failed', { error: String(error), query });
  }

  logQuerySlow(time: number, query: string): void {
    this.warn('slow query', { ms: time, query });
  }

  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (level === 'warn') this.warn(String(message), {});
  }
}
