import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The viewer was told of something new.' })
export class NotificationsChange {
  @Field(() => Float)
  seq: number;

  @Field(() => Int, { description: 'Unread notifications now.' })
  unread: number;
}
