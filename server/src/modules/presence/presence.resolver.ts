import { Arg, Ctx, ID, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { invalid, notFound } from '../../platform/graphql/errors';
import { presenceFeed } from './presence.feed';
import { presenceKey, requireVisibleRecordId } from './presence.policy';
import { PresenceRecordType, PresenceSnapshot } from './presence.types';

const MAX_FORM_LENGTH = 100;

interface PresenceArgs {
  recordType: PresenceRecordType;
  recordId: string;
}

@Resolver(() => PresenceSnapshot)
export class PresenceResolver {
  @SignedIn()
  @Subscription(() => PresenceSnapshot, {
    description:
      'Being on a record: while subscribed, the viewer is listed on it for everyone else. Pushes everyone on the record at once and whenever that changes; NOT_FOUND when the viewer may not see the record (or no longer may).',
    subscribe: ({ args, context }) => presenceFeed(context as Context, (args as PresenceArgs).recordType, (args as PresenceArgs).recordId),
  })
  presence(
    @Root() snapshot: PresenceSnapshot,
    @Arg('recordType', () => PresenceRecordType) _recordType: PresenceRecordType,
    @Arg('recordId', () => ID) _recordId: string,
  ): PresenceSnapshot {
    if (!snapshot.visible) throw notFound('Record');
    return snapshot;
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Shows the others on the record that the viewer is editing `form` there (null: no longer). Applies to the viewer\'s `presence` subscriptions on the record; false when there is none.',
  })
  async setEditing(
    @Arg('recordType', () => PresenceRecordType) recordType: PresenceRecordType,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('form', () => String, { nullable: true }) form: string | null,
    @Ctx() context: Context,
  ): Promise<boolean> {
    const user = requireUser(context);
    const name = form?.trim() ?? null;
    if (name === '') throw invalid({ form: 'REQUIRED' });
    if (name !== null && name.length > MAX_FORM_LENGTH) throw invalid({ form: 'TOO_LONG' });
    const id = await requireVisibleRecordId(context.services, user, recordType, recordId);
    return context.services.presence.setEditing(presenceKey(recordType, id), user.id, name);
  }
}
