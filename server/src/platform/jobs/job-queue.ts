import { PgBoss } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';

/** Runs SQL on the caller's transaction, so a job is queued if and only if the write commits. */
const onTransaction = (manager: EntityManager) => ({
  executeSql: async (text: string, values?: unknown[]) => {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('jobs can only be queued inside inTransaction()');
    const result = await runner.query(text, values, true);
    return { rows: (result.records ?? []) as unknown[] };
  },
});

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Delayed jobs in PostgreSQL (pg-boss): each job is fetched by exactly one instance, survives a
 * restart, and is retried with backoff when its handler fails. Handlers must be idempotent —
 * a retry after a crash between the handler's commit and the job's completion runs it again.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();

  constructor(
    dataSource: DataSource,
    private readonly pollMs: number,
    onError: (error: unknown) => void,
  ) {
    const url = 'url' in dataSource.options ? dataSource.options.url : undefined;
    if (!url) throw new Error('the job queue needs the data source to be opened by URL');
    this.boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 3 });
    this.boss.on('error', onError);
  }

  async start(): Promise<void> {
    await this.boss.start();
  }

  /** Declares a queue and, on this instance, works it. */
  async work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void> {
    await this.boss.createQueue(queue, { retryLimit: 5, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 });
    this.queues.add(queue);
    await this.boss.work<T>(queue, { pollingIntervalSeconds: this.pollMs / 1000, batchSize: 1 }, async ([job]) => {
      if (job) await handler(job.data);
    });
  }

  /** A job on a cron schedule in a time zone; pg-boss sends each occurrence once, whichever instance is up. */
  async onSchedule(queue: string, cron: string, timeZone: string, handler: () => Promise<void>): Promise<void> {
    await this.work<object>(queue, handler);
    await this.boss.schedule(queue, cron, null, { tz: timeZone });
  }

  /** Queues a job to run at `startAfter`, in the transaction of `manager`. */
  async sendAt<T extends object>(manager: EntityManager, queue: string, data: T, startAfter: Date): Promise<void> {
    if (!this.queues.has(queue)) throw new Error(`queue ${queue} is not declared on this instance`);
    await this.boss.send(queue, data, { startAfter, db: onTransaction(manager) });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }
}
