import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class RecordIssueAttemptInput {
  @Field(() => ID)
  issueId: string;

  @Field(() => String)
  whatWasTried: string;

  @Field(() => String)
  result: string;

  @Field(() => Boolean)
  succeeded: boolean;
}

@InputType()
export class RemainingIssueStepInput {
  @Field(() => ID)
  issueId: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType({ description: 'Support handled it (第十八条): how; the sales is then told again.' })
export class ResolveRemainingIssueInput extends RemainingIssueStepInput {
  @Field(() => String)
  resolution: string;
}
