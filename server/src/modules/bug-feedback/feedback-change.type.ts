import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A change to internal bug feedback the viewer may see.' })
export class FeedbackChange {
  @Field(() => Float)
  seq: number;

  feedbackId: string;
}
