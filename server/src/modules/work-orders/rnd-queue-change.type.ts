import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: "A change to the viewer's R&D queue: a work order or an improvement request arrived, moved on or left it." })
export class RndQueueChange {
  @Field(() => Float)
  seq: number;

  workOrderId: string | null;

  improvementRequestId: string | null;
}
