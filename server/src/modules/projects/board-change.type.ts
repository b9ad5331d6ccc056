import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum BoardChangeKind {
  CREATED = 'CREATED',
  STAGE_CHANGED = 'STAGE_CHANGED',
  MEMBERS_CHANGED = 'MEMBERS_CHANGED',
  /** Its counters changed: a remaining issue, an approval or a work order. */
  COUNTERS_CHANGED = 'COUNTERS_CHANGED',
}

registerEnumType(BoardChangeKind, { name: 'BoardChangeKind' });

@ObjectType({ description: 'A change to a project on the board, pushed live.' })
export class BoardChange {
  @Field(() => Float, { description: 'Position in the event log; pass the last one seen to changesSince after a reconnect.' })
  seq: number;

  @Field(() => BoardChangeKind)
  kind: BoardChangeKind;

  projectId: string;
}
