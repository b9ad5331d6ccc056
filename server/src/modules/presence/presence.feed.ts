import type { DataSource } from 'typeorm';
import { type Context, requireUser } from '../../context';
import { User } from '../users/user.entity';
import type { PresenceHub } from './presence.hub';
import { presenceKey, requireVisibleRecordId, visibleRecordId } from './presence.policy';
import { type PresenceRecordType, PresenceSnapshot } from './presence.types';

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * The `presence` subscription: subscribing is being present. The subscriber is put on the
 * record when the feed starts and taken off when it ends (`return()`: the client completed it,
 * or its socket closed); it pushes everyone on the record at once and after every change.
 */
export async function presenceFeed(context: Context, recordType: PresenceRecordType, recordId: string): Promise<AsyncIterableIterator<PresenceSnapshot>> {
  const user = requireUser(context);
  const { services } = context;
  const id = await requireVisibleRecordId(services, user, recordType, recordId);
  const key = presenceKey(recordType, id);
  return new PresenceFeed(services.presence, key, user.id, {
    snapshot: (visible) => snapshotOf(services.dataSource, services.presence, key, recordType, id, visible),
    // Membership can change while someone looks: each push checks again.
    stillVisible: async () => (await visibleRecordId(services, user, recordType, id)) !== null,
  });
}

interface FeedSource {
  snapshot(visible: boolean): Promise<PresenceSnapshot>;
  stillVisible(): Promise<boolean>;
}

/**
 * Pushes at most one snapshot per change burst: changes while a snapshot is being computed only
 * mark it dirty. Hand-written rather than an async generator so that `return()` takes effect
 * even while `next()` is waiting.
 */
class PresenceFeed implements AsyncIterableIterator<PresenceSnapshot> {
  private dirty = true;
  private ended = false;
  private wake: (() => void) | null = null;
  private lastPushed: string | null = null;
  private readonly leave: () => void;

  constructor(
    hub: PresenceHub,
    key: string,
    userId: string,
    private readonly source: FeedSource,
  ) {
    this.leave = hub.join(key, userId, () => {
      this.dirty = true;
      this.wake?.();
    });
  }

  async next(): Promise<IteratorResult<PresenceSnapshot>> {
    for (;;) {
      if (this.ended) return DONE;
      if (!this.dirty) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
        continue;
      }
      this.dirty = false;
      const first = this.lastPushed === null;
      if (!first && !(await this.source.stillVisible())) {
        this.end();
        return { value: await this.source.snapshot(false), done: false };
      }
      const snapshot = await this.source.snapshot(true);
      if (this.ended) return DONE;
      const seen = JSON.stringify(snapshot.viewers.map((viewer) => [viewer.user.id, viewer.editing, viewer.since]));
      if (seen === this.lastPushed) continue;
      this.lastPushed = seen;
      return { value: snapshot, done: false };
    }
  }

  async return(): Promise<IteratorResult<PresenceSnapshot>> {
    this.end();
    return DONE;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<PresenceSnapshot> {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.leave();
    this.wake?.();
  }
}

async function snapshotOf(dataSource: DataSource, hub: PresenceHub, key: string, recordType: PresenceRecordType, recordId: string, visible: boolean): Promise<PresenceSnapshot> {
  const entries = visible ? hub.viewers(key) : [];
  const users = entries.length === 0 ? [] : await dataSource.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: entries.map((entry) => entry.userId) }).getMany();
  const byId = new Map(users.map((user) => [user.id, user]));
  const snapshot = new PresenceSnapshot();
  Object.assign(snapshot, {
    recordType,
    recordId,
    visible,
    // A viewer whose account is gone (another instance's stale report) is left out.
    viewers: entries.flatMap((entry) => {
      const user = byId.get(entry.userId);
      return user ? [{ user, editing: entry.editing, since: entry.since }] : [];
    }),
  });
  return snapshot;
}
