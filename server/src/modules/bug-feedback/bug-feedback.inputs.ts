import { Field, ID, InputType, Int } from 'type-graphql';
import { FeedbackKind, TesterAction } from './bug-feedback.enums';

@InputType()
export class ReportBugFeedbackInput {
  @Field(() => FeedbackKind, { defaultValue: FeedbackKind.BUG })
  kind: FeedbackKind;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The version it was found in.' })
  foundInVersionId?: string | null;
}

@InputType()
export class TesterActionInput {
  @Field(() => ID)
  feedbackId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => TesterAction)
  action: TesterAction;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'The version with the fix (LINK_FIX).' })
  fixVersionId?: string | null;
}
