import { type ExecutionArgs, type ExecutionResult, subscribe } from 'graphql';
import { Counter } from 'prom-client';
import { Channel } from '../events/channel';

const executions = new Counter({
  name: 'liaison_subscription_executions_total',
  help: 'Subscription results computed (one per event per group, not per socket)',
});
let executed = 0;
/** How many subscription results this process has computed; tests compare it before and after an event. */
export const subscriptionExecutions = (): number => executed;

type Stream = AsyncIterableIterator<ExecutionResult>;

interface Group {
  source: Promise<Stream | ExecutionResult>;
  members: Set<Channel<ExecutionResult>>;
}

/**
 * Sockets that subscribe with the same document, variables and visibility scope share one
 * execution: each event is resolved once and the result is copied to every member.
 */
export class SubscriptionGroups {
  private readonly groups = new Map<string, Group>();

  get size(): number {
    return this.groups.size;
  }

  async subscribe(args: ExecutionArgs, scope: string): Promise<Stream | ExecutionResult> {
    const key = JSON.stringify([scope, args.document.loc?.source.body ?? '', args.operationName ?? null, args.variableValues ?? {}]);
    let group = this.groups.get(key);
    if (!group) {
      const created: Group = { source: Promise.resolve(subscribe(args)), members: new Set() };
      group = created;
      this.groups.set(key, created);
      void created.source.then(
        (source) => {
          if (isStream(source)) void this.pump(key, created, source);
          else this.groups.delete(key);
        },
        () => {
          this.groups.delete(key);
        },
      );
    }
    const source = await group.source;
    if (!isStream(source)) return source; // an error (e.g. UNAUTHENTICATED) is answered to this socket alone
    const joined = group;
    const member: Channel<ExecutionResult> = new Channel(() => {
      joined.members.delete(member);
      if (joined.members.size === 0 && this.groups.get(key) === joined) {
        this.groups.delete(key);
        void source.return?.();
      }
    });
    joined.members.add(member);
    return member;
  }

  private async pump(key: string, group: Group, source: Stream): Promise<void> {
    try {
      for await (const result of source) {
        executed += 1;
        executions.inc();
        for (const member of group.members) member.push(result);
      }
    } finally {
      if (this.groups.get(key) === group) this.groups.delete(key);
      for (const member of group.members) member.close();
    }
  }
}

const isStream = (value: Stream | ExecutionResult): value is Stream => Symbol.asyncIterator in value;
