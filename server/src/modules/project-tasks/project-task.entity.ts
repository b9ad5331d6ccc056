import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ProjectTaskKind, ProjectTaskStatus } from './project-task.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/**
 * A task on a project that the regulation gives to one side: an information request for the
 * sales (InfoRequest), or a technical / commercial after-sales upgrade.
 */
@ObjectType({ description: 'A task for one person on a project: an information request (InfoRequest) or an after-sales upgrade.' })
@Entity('project_task')
@Index('ix_project_task_project', ['projectId', 'createdAt'])
@Index('ix_project_task_assignee', ['assigneeId', 'status'])
export class ProjectTask extends ProjectRecord {
  @Field(() => ProjectTaskKind)
  @Column({ type: 'enum', enum: ProjectTaskKind, enumName: 'project_task_kind' })
  kind: ProjectTaskKind;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'uuid' })
  assigneeId: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => ProjectTaskStatus)
  @Column({ type: 'enum', enum: ProjectTaskStatus, enumName: 'project_task_status', default: ProjectTaskStatus.OPEN })
  status: ProjectTaskStatus;

  @Field(() => String, { nullable: true, description: 'The answer or outcome, once done.' })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
