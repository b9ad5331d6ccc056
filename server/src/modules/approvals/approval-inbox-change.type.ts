import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: "A change to the viewer's approvals inbox: an approval arrived, moved on or was decided." })
export class ApprovalInboxChange {
  @Field(() => Float)
  seq: number;

  approvalId: string;
}
