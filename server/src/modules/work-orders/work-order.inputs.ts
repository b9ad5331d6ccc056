import { Field, ID, InputType, Int } from 'type-graphql';
import { WorkOrderAction, WorkOrderReview } from './work-order.enums';

@InputType({ description: 'A fault work order for a remaining issue (three failed attempts or an obvious severe bug).' })
export class SubmitFaultWorkOrderInput {
  @Field(() => ID)
  remainingIssueId: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  environment: string;

  @Field(() => String)
  steps: string;

  @Field(() => String)
  symptoms: string;

  @Field(() => String, { nullable: true })
  logs?: string | null;
}

@InputType()
export class ReviewFaultWorkOrderInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => WorkOrderReview)
  review: WorkOrderReview;

  @Field(() => String, { nullable: true, description: 'Required to reject: what support should do instead.' })
  advice?: string | null;

  @Field(() => ID, { nullable: true, description: 'The R&D lead; without one, the order is open for R&D to claim.' })
  leadId?: string | null;
}

@InputType({ description: 'One step of the work order; the text each action needs is checked by the server.' })
export class WorkOrderActionInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => WorkOrderAction)
  action: WorkOrderAction;

  @Field(() => String, { nullable: true, description: 'The solution (REQUEST_CLOSURE), the reason (DISPUTE_CLOSURE), the proposal (PROPOSE_CONVERSION), or what changed (RESUBMIT).' })
  text?: string | null;
}

@InputType()
export class AddWorkOrderMemberInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => ID)
  userId: string;
}

@InputType({ description: 'The RND_MANAGER names (or replaces) the lead of an order open for claiming or in progress.' })
export class AssignWorkOrderLeadInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => ID)
  leadId: string;
}
