import { Field, ObjectType } from 'type-graphql';
import { ProjectStage } from './project-stage';

@ObjectType({ description: 'What the viewer may do with a project, decided by the server.' })
export class ProjectPermissions {
  @Field(() => Boolean)
  moveStage: boolean;

  @Field(() => [ProjectStage], { description: 'Stages the viewer may move the project to now.' })
  nextStages: ProjectStage[];
}
