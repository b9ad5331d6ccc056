import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A pre-sales records support on a project that has no initiation form yet.' })
export class RecordUninitiatedWorkInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => String)
  projectName: string;

  @Field(() => ID, { description: 'The sales who should initiate it.' })
  salesId: string;

  @Field(() => String)
  description: string;
}

@InputType()
export class UninitiatedWorkStepInput {
  @Field(() => ID)
  workId: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType({ description: 'The sales initiated the project: link it to the record.' })
export class LinkInitiatedProjectInput extends UninitiatedWorkStepInput {
  @Field(() => ID)
  projectId: string;
}
