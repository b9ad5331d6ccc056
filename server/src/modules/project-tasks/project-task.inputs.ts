import { Field, ID, InputType, Int } from 'type-graphql';
import { UpgradeKind } from './project-task.enums';

@InputType({ description: 'The pre-sales could not get environment information from the customer: a task for the sales.' })
export class RequestInfoInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => String, { description: 'What information is needed.' })
  description: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueOn: string;
}

@InputType({ description: 'An after-sales upgrade: TECHNICAL goes to the first pre-sales, COMMERCIAL to the sales.' })
export class RequestUpgradeInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => UpgradeKind)
  kind: UpgradeKind;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn?: string | null;
}

@InputType()
export class CompleteProjectTaskInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { description: 'The answer or what was done.' })
  result: string;
}
