import { Field, ID, InputType, Int } from 'type-graphql';
import { RndDecision } from './improvement.enums';

@InputType()
export class IssueImprovementRequestInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID, { nullable: true, description: 'The remaining issue it takes to R&D (it then leaves support).' })
  remainingIssueId?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;
}

@InputType()
export class ImprovementStepInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType()
export class DecideImprovementRequestInput extends ImprovementStepInput {
  @Field(() => RndDecision)
  decision: RndDecision;

  @Field(() => ID, { nullable: true, description: 'The R&D lead; required to accept.' })
  rndLeadId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to reject.' })
  comment?: string | null;
}

@InputType()
export class LogRndTimeInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => Int, { description: 'Net minutes of R&D work.' })
  minutes: number;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' })
  workedOn: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CompleteImprovementRequestInput extends ImprovementStepInput {
  @Field(() => String, { nullable: true, description: 'A custom version built for it (第二十条), e.g. "5.2-custom-hd".' })
  customVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'The product of the custom version.' })
  product?: string | null;

  @Field(() => String, { nullable: true, description: 'What R&D delivered; required when the request carries a remaining issue, which it then resolves.' })
  solution?: string | null;
}

@InputType({ description: "The responsible sales does not agree to a pre-sales' request." })
export class DeclineImprovementRequestInput extends ImprovementStepInput {
  @Field(() => String)
  reason: string;
}
