import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../users/user.entity';

/** The records that show who else is on them. */
export enum PresenceRecordType {
  PROJECT = 'PROJECT',
  TICKET = 'TICKET',
  WORK_ORDER = 'WORK_ORDER',
}

registerEnumType(PresenceRecordType, { name: 'PresenceRecordType', description: 'A kind of record that shows who is on it.' });

@ObjectType({ description: 'One person viewing a record, and the form they are editing there, if any (a soft lock).' })
export class Presence {
  @Field(() => User)
  user: User;

  @Field(() => String, { nullable: true, description: 'The form this person is editing on the record (as set by setEditing), or null.' })
  editing: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Since when this person has been on the record (the first of their tabs).' })
  since: Date;
}

@ObjectType({ description: 'Everyone on a record right now, the subscriber included.' })
export class PresenceSnapshot {
  @Field(() => PresenceRecordType)
  recordType: PresenceRecordType;

  @Field(() => ID)
  recordId: string;

  @Field(() => [Presence], { description: 'Earliest first.' })
  viewers: Presence[];

  /** False once the subscriber may no longer see the record: the feed then ends with NOT_FOUND. */
  visible: boolean;
}
