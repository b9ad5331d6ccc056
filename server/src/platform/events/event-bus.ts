import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { MoreThan } from 'typeorm';
import { EventRecord } from './event.entity';

/** One committed event as delivered to listeners, with a cache shared by all of them. */
export class DeliveredEvent {
  private readonly sharedValues = new Map<string, unknown>();

  constructor(readonly record: EventRecord) {}

  get seq(): number {
    return Number(this.record.seq);
  }

  /** A value computed once per event for every listener (e.g. a batched visibility check). */
  shared<T>(key: string, create: () => T): T {
    if (!this.sharedValues.has(key)) this.sharedValues.set(key, create());
    return this.sharedValues.get(key) as T;
  }
}

export type EventListener = (event: DeliveredEvent) => void;

const CHANNEL = 'liaison:events';
const BATCH = 500;
const RETRY_MS = 1000;

/**
 * Delivers committed events to this instance's listeners, in `seq` order, each once.
 * The event table is the truth: a wake-up (in-process, or through Redis from any
 * instance) only says "read the log again".
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private lastSeq = 0;
  private draining: Promise<void> | null = null;
  private wakeAgain = false;
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private poll: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { redisUrl?: string; pollMs?: number; onError: (error: unknown) => void },
  ) {}

  async start(): Promise<void> {
    const [{ max }] = (await this.dataSource.query('SELECT COALESCE(MAX(seq), 0)::bigint AS max FROM event')) as { max: string }[];
    this.lastSeq = Number(max);
    if (this.options.redisUrl) {
      this.publisher = new Redis(this.options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
      this.subscriber = new Redis(this.options.redisUrl, { lazyConnect: true });
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
      this.subscriber.on('message', () => this.drainSoon());
      await this.subscriber.subscribe(CHANNEL);
      // Redis pub/sub is at-most-once: a slow poll catches a lost wake-up.
      this.poll = setInterval(() => this.drainSoon(), this.options.pollMs ?? 5000);
      this.poll.unref();
    }
  }

  async stop(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    await this.draining;
    this.subscriber?.disconnect();
    this.publisher?.disconnect();
    this.listeners.clear();
  }

  /** Called after a commit that appended events. */
  wake(): void {
    if (this.publisher) {
      this.publisher.publish(CHANNEL, '1').catch((error: unknown) => {
        this.options.onError(error);
        this.drainSoon();
      });
    } else {
      this.drainSoon();
    }
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every event committed before the call has been delivered here. */
  async settle(): Promise<void> {
    this.drainSoon();
    while (this.draining) await this.draining;
  }

  private drainSoon(): void {
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => {
        // Without Redis there is no poll: retry, or events would wait for the next write.
        this.options.onError(error);
        setTimeout(() => this.drainSoon(), RETRY_MS).unref();
      })
      .finally(() => {
        this.draining = null;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.drainSoon();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const records = await this.dataSource.getRepository(EventRecord).find({
        where: { seq: MoreThan(String(this.lastSeq)) },
        order: { seq: 'ASC' },
        take: BATCH,
      });
      for (const record of records) {
        this.lastSeq = Number(record.seq);
        const event = new DeliveredEvent(record);
        for (const listener of this.listeners) {
          try {
            listener(event);
          } catch (error) {
            this.options.onError(error);
          }
        }
      }
      if (records.length < BATCH) return;
    }
  }
}
