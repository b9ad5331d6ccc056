import { type ExecutionArgs, type ExecutionResult, subscribe } from 'graphql';
import { Counter } from 'prom-client';
import { Channel } from '../events/channel';
import { AppError, ErrorCode } from './errors';

const executions = new Counter({
  name: 'liaison_subscription_executions_total',
  help: 'Subscription results computed (one per event per group, not per socket)',
});
let executed = 0;
/** How many subscription results this process has computed; tests compare it before and after an event. */
export const subscriptionExecutions = (): number => executed;

type Stream = AsyncIterableIterator<ExecutionResult>;

export interface GroupOptions {
  /**
   * Of the members' keys (login sessions), those still valid and still in `scope` right now.
   * Asked once per event per group, so a member whose session ended, whose account was
   * disabled or whose roles changed stops receiving at the very next event.
   */
  verify(scope: string, memberKeys: string[]): Promise<Set<string>>;
  report(error: unknown): void;
}

interface Member {
  key: string;
  channel: Channel<ExecutionResult>;
}

interface Group {
  scope: string;
  source: Promise<Stream | ExecutionResult>;
  members: Set<Member>;
}

const failure = (code: ErrorCode, message: string): ExecutionResult => ({ errors: [new AppError(code, message)] });

/**
 * Sockets that subscribe with the same document, variables and visibility scope share one
 * execution: each event is resolved once and the result is copied to every member that is
 * still entitled to it.
 */
export class SubscriptionGroups {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly options: GroupOptions) {}

  get size(): number {
    return this.groups.size;
  }

  async subscribe(args: ExecutionArgs, scope: string, memberKey: string): Promise<Stream | ExecutionResult> {
    const key = JSON.stringify([scope, args.document.loc?.source.body ?? '', args.operationName ?? null, args.variableValues ?? {}]);
    let group = this.groups.get(key);
    if (!group) {
      const created: Group = { scope, source: Promise.resolve(subscribe(args)), members: new Set() };
      group = created;
      this.groups.set(key, created);
      created.source.then(
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
    const member: Member = {
      key: memberKey,
      channel: new Channel(() => {
        joined.members.delete(member);
        if (joined.members.size === 0 && this.groups.get(key) === joined) {
          this.groups.delete(key);
          void source.return?.();
        }
      }),
    };
    joined.members.add(member);
    return member.channel;
  }

  private async pump(key: string, group: Group, source: Stream): Promise<void> {
    try {
      for await (const result of source) {
        executed += 1;
        executions.inc();
        const members = [...group.members];
        const entitled = await this.options.verify(group.scope, [...new Set(members.map((member) => member.key))]);
        for (const member of members) {
          if (entitled.has(member.key)) {
            member.channel.push(result);
          } else {
            member.channel.push(failure(ErrorCode.UNAUTHENTICATED, 'Your session ended or your access changed; sign in again.'));
            member.channel.close();
          }
        }
      }
    } catch (error) {
      // A failed event check must not crash the process; members get an error, and clients
      // resubscribe and catch up with changesSince.
      this.options.report(error);
      for (const member of group.members) member.channel.push(failure(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
    } finally {
      if (this.groups.get(key) === group) this.groups.delete(key);
      for (const member of [...group.members]) member.channel.close();
    }
  }
}

const isStream = (value: Stream | ExecutionResult): value is Stream => Symbol.asyncIterator in value;
