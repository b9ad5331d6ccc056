import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** One viewer of one record as an instance reports it: no connection ids leave the instance. */
export interface ViewerState {
  userId: string;
  editing: string | null;
  /** Epoch ms when this viewer started viewing. */
  since: number;
}

/** Local viewers per record key, as published. */
export type RecordStates = Record<string, ViewerState[]>;

/**
 * What instances tell each other on the presence channel. `state` with `full` replaces all the
 * sender's records (the heartbeat); without `full`, only the records it names (a change).
 */
export type PresenceMessage =
  | { kind: 'state'; from: string; full: boolean; records: RecordStates }
  | { kind: 'hello'; from: string }
  | { kind: 'editing'; from: string; key: string; userId: string; form: string | null };

export const PRESENCE_CHANNEL = 'liaison:presence';
export const HEARTBEAT_MS = 2000;
/** An instance not heard from for this long is taken for dead, and its viewers with it. */
export const EXPIRY_MS = 5000;
const SWEEP_MS = 500;

export interface RelayHandlers {
  /** This instance's viewers, for the heartbeat. */
  localState(): RecordStates;
  /** Remote viewers of these record keys changed. */
  remoteChanged(keys: Iterable<string>): void;
  /** A user asked, through another instance, to mark their presence on `key` as editing `form`. */
  editing(key: string, userId: string, form: string | null): void;
  onError(error: unknown): void;
}

interface RemoteInstance {
  heardAt: number;
  records: Map<string, ViewerState[]>;
}

/**
 * Presence across instances through Redis pub/sub. Each instance publishes its own viewers of
 * a record when they change and all of them every HEARTBEAT_MS, and keeps what the others
 * published until they fall silent for EXPIRY_MS: so a crashed instance's viewers vanish
 * without anyone saying goodbye, and a lost message is repaired by the next heartbeat.
 */
export class PresenceRelay {
  readonly instanceId = randomUUID();
  private readonly remote = new Map<string, RemoteInstance>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private heartbeat: NodeJS.Timeout | null = null;
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    redisUrl: string,
    private readonly handlers: RelayHandlers,
  ) {
    // Separate connections: a subscribed ioredis connection cannot publish.
    this.publisher = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(redisUrl, { lazyConnect: true });
    this.publisher.on('error', handlers.onError);
    this.subscriber.on('error', handlers.onError);
  }

  async start(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    this.subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    await this.subscriber.subscribe(PRESENCE_CHANNEL);
    // Ask the others for their state now rather than at their next heartbeat.
    this.send({ kind: 'hello', from: this.instanceId });
    this.heartbeat = setInterval(() => this.publishAll(), HEARTBEAT_MS);
    this.sweep = setInterval(() => this.dropSilent(Date.now()), SWEEP_MS);
    this.heartbeat.unref();
    this.sweep.unref();
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.sweep) clearInterval(this.sweep);
    // Say goodbye, so the others drop this instance's viewers now instead of after EXPIRY_MS.
    await this.publisher.publish(PRESENCE_CHANNEL, JSON.stringify(this.stateMessage({}, true))).catch(this.handlers.onError);
    this.subscriber.disconnect();
    this.publisher.disconnect();
    this.remote.clear();
  }

  publishRecord(key: string, viewers: ViewerState[]): void {
    this.send(this.stateMessage({ [key]: viewers }, false));
  }

  publishEditing(key: string, userId: string, form: string | null): void {
    this.send({ kind: 'editing', from: this.instanceId, key, userId, form });
  }

  /** The viewers of `key` on every other live instance. */
  viewers(key: string): ViewerState[] {
    return [...this.remote.values()].flatMap((instance) => instance.records.get(key) ?? []);
  }

  private publishAll(): void {
    this.send(this.stateMessage(this.handlers.localState(), true));
  }

  private stateMessage(records: RecordStates, full: boolean): PresenceMessage {
    return { kind: 'state', from: this.instanceId, full, records };
  }

  private send(message: PresenceMessage): void {
    this.publisher.publish(PRESENCE_CHANNEL, JSON.stringify(message)).catch(this.handlers.onError);
  }

  private receive(raw: string): void {
    // A bad message (another version of Liaison mid-deploy) is reported, never thrown into ioredis.
    try {
      const message = JSON.parse(raw) as PresenceMessage;
      if (message.from === this.instanceId) return; // Redis echoes our own publishes
      if (message.kind === 'hello') this.publishAll();
      else if (message.kind === 'editing') this.handlers.editing(message.key, message.userId, message.form);
      else this.applyState(message.from, message.records, message.full);
    } catch (error) {
      this.handlers.onError(error);
    }
  }

  private applyState(from: string, records: RecordStates, full: boolean): void {
    const instance = this.remote.get(from) ?? { heardAt: 0, records: new Map<string, ViewerState[]>() };
    this.remote.set(from, instance);
    instance.heardAt = Date.now();
    const changed = new Set<string>();
    if (full) {
      for (const key of instance.records.keys()) if (!(key in records)) changed.add(key);
      for (const key of changed) instance.records.delete(key);
    }
    for (const [key, viewers] of Object.entries(records)) {
      if (JSON.stringify(instance.records.get(key) ?? []) === JSON.stringify(viewers)) continue;
      changed.add(key);
      if (viewers.length > 0) instance.records.set(key, viewers);
      else instance.records.delete(key);
    }
    if (full && Object.keys(records).length === 0 && instance.records.size === 0) this.remote.delete(from);
    if (changed.size > 0) this.handlers.remoteChanged(changed);
  }

  private dropSilent(now: number): void {
    for (const [id, instance] of this.remote) {
      if (now - instance.heardAt < EXPIRY_MS) continue;
      this.remote.delete(id);
      if (instance.records.size > 0) this.handlers.remoteChanged(instance.records.keys());
    }
  }
}
