import { Field, ID, InputType, Int } from 'type-graphql';
import { ProjectStage } from './project-stage';
import { SupportType } from './support-type';

@InputType({ description: 'The 技术支持立项单 as the sales fills it in.' })
export class InitiateProjectInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => String)
  name: string;

  @Field(() => ID)
  responsibleSalesId: string;

  @Field(() => ID)
  firstPresalesId: string;

  @Field(() => ID, { nullable: true })
  secondPresalesId?: string | null;

  @Field(() => [SupportType])
  supportTypes: SupportType[];

  @Field(() => String)
  requirements: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  wantedStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  wantedEnd?: string | null;
}

@InputType()
export class MoveProjectStageInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ProjectStage, { description: 'The stage the client saw; the move fails with CONFLICT if it changed.' })
  from: ProjectStage;

  @Field(() => ProjectStage)
  to: ProjectStage;

  @Field(() => Int, { description: 'The version the client saw.' })
  expectedVersion: number;
}
