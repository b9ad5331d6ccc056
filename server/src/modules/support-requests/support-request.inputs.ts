import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { SupportAction } from './support-request.enums';

@InputType({ description: 'The sales asks the first pre-sales for support.' })
export class RequestSupportInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  content: string;

  @Field(() => GraphQLISODateTime, { description: 'When the support is wanted.' })
  wantedAt: Date;
}

@InputType({ description: 'One step of the flow; the fields each action needs are checked by the server.' })
export class SupportActionInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => SupportAction)
  action: SupportAction;

  @Field(() => Int, { description: 'The version the client saw (CONFLICT if it changed).' })
  expectedVersion: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'PROPOSE_TIME: the later time; HAND_OFF: when the second should act.' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'HAND_OFF: what to do; REPORT_HANDOFF_RESULT: the result.' })
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'HAND_OFF: the scope the second handles (only this event).' })
  scope?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'REPORT_HANDOFF_RESULT: whether it was resolved.' })
  resolved?: boolean | null;
}
