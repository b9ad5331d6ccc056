import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A change to a record of work on an un-initiated project that concerns the viewer.' })
export class UninitiatedWorkChange {
  @Field(() => Float)
  seq: number;

  workId: string;
}
