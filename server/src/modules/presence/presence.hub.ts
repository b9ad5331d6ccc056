import { randomUUID } from 'node:crypto';
import { PresenceRelay, type RecordStates, type ViewerState } from './presence.relay';

/** One person on one record, merged over their tabs and instances. */
export interface PresenceEntry {
  userId: string;
  editing: string | null;
  since: Date;
}

type Listener = () => void;

/**
 * Who is on which record (key `PROJECT:<id>`, `TICKET:<id>`, `WORK_ORDER:<id>`). Per instance it
 * holds the viewers of its own subscriptions, by connection; with `redisUrl` it also hears the
 * other instances' viewers through a PresenceRelay. Nothing is stored: presence lives exactly as
 * long as the subscriptions do.
 */
export class PresenceHub {
  private readonly local = new Map<string, Map<string, ViewerState>>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly relay: PresenceRelay | null;

  constructor(options: { redisUrl?: string; onError: (error: unknown) => void }) {
    this.relay = options.redisUrl
      ? new PresenceRelay(options.redisUrl, {
          localState: () => this.localState(),
          remoteChanged: (keys) => {
            for (const key of keys) this.notify(key);
          },
          editing: (key, userId, form) => this.applyEditing(key, userId, form),
          onError: options.onError,
        })
      : null;
  }

  async start(): Promise<void> {
    await this.relay?.start();
  }

  async stop(): Promise<void> {
    await this.relay?.stop();
    this.local.clear();
    this.listeners.clear();
  }

  /**
   * Puts `userId` on the record until the returned function is called; `onChange` is called
   * whenever the record's viewers change (also for this join).
   */
  join(key: string, userId: string, onChange: Listener): () => void {
    const connectionId = randomUUID();
    const viewers = this.local.get(key) ?? new Map<string, ViewerState>();
    this.local.set(key, viewers);
    viewers.set(connectionId, { userId, editing: null, since: Date.now() });
    const listeners = this.listeners.get(key) ?? new Set<Listener>();
    this.listeners.set(key, listeners);
    listeners.add(onChange);
    this.changed(key);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      viewers.delete(connectionId);
      if (viewers.size === 0 && this.local.get(key) === viewers) this.local.delete(key);
      listeners.delete(onChange);
      if (listeners.size === 0 && this.listeners.get(key) === listeners) this.listeners.delete(key);
      this.changed(key);
    };
  }

  /**
   * Marks the user's presence on the record, on every instance, as editing `form` (null: no
   * longer). False when the user is not known to be on the record (not subscribed to it).
   */
  setEditing(key: string, userId: string, form: string | null): boolean {
    const here = this.applyEditing(key, userId, form);
    this.relay?.publishEditing(key, userId, form);
    return here || (this.relay?.viewers(key).some((viewer) => viewer.userId === userId) ?? false);
  }

  /** The record's viewers everywhere, one entry per person, earliest first. */
  viewers(key: string): PresenceEntry[] {
    const all = [...(this.local.get(key)?.values() ?? []), ...(this.relay?.viewers(key) ?? [])].sort((a, b) => a.since - b.since);
    const byUser = new Map<string, PresenceEntry>();
    for (const viewer of all) {
      const seen = byUser.get(viewer.userId);
      // Several tabs of one person: present since the first, editing what any of them edits.
      if (seen) seen.editing ??= viewer.editing;
      else byUser.set(viewer.userId, { userId: viewer.userId, editing: viewer.editing, since: new Date(viewer.since) });
    }
    return [...byUser.values()];
  }

  private applyEditing(key: string, userId: string, form: string | null): boolean {
    let found = false;
    let changed = false;
    for (const viewer of this.local.get(key)?.values() ?? []) {
      if (viewer.userId !== userId) continue;
      found = true;
      if (viewer.editing !== form) {
        viewer.editing = form;
        changed = true;
      }
    }
    if (changed) this.changed(key);
    return found;
  }

  private localState(): RecordStates {
    const records: RecordStates = {};
    for (const [key, viewers] of this.local) records[key] = [...viewers.values()];
    return records;
  }

  private changed(key: string): void {
    this.relay?.publishRecord(key, [...(this.local.get(key)?.values() ?? [])]);
    this.notify(key);
  }

  private notify(key: string): void {
    for (const listener of [...(this.listeners.get(key) ?? [])]) listener();
  }
}
