import { Field, ID, InputType, Int } from 'type-graphql';
import { Decision } from './approval.enums';

@InputType()
export class DecideApprovalInput {
  @Field(() => ID)
  approvalId: string;

  @Field(() => Int, { description: 'The step the approver saw; CONFLICT if it was already decided.' })
  step: number;

  @Field(() => Decision)
  decision: Decision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'The engineer assigned; required when the PRESALES_MANAGER approves a pre-sales support application.' })
  assigneeId?: string | null;
}

@InputType({ description: 'Ask for an additional pre-sales on a project (PRESALES_MANAGER → TECH_DIRECTOR → GM).' })
export class RequestResourceInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => String)
  reason: string;
}
