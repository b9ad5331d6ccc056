import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity';
import { ApprovalKind, ApprovalStatus } from './approval.enums';

/** One decision taken by an ordered chain of approvers (one engine for every kind). */
@ObjectType({ description: 'An approval with ordered steps (one engine for every kind of request).' })
@Entity('approval')
@Index('ix_approval_project', ['projectId', 'createdAt'])
@Index('ix_approval_pending', ['status', 'currentStep'])
export class Approval {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for a pre-sales support application, which comes before its project exists. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => ApprovalKind)
  @Column({ type: 'enum', enum: ApprovalKind, enumName: 'approval_kind' })
  kind: ApprovalKind;

  /** The request this approval decides (e.g. a ResourceRequest id). */
  @Column({ type: 'uuid' })
  subjectId: string;

  @Field(() => ApprovalStatus)
  @Column({ type: 'enum', enum: ApprovalStatus, enumName: 'approval_status', default: ApprovalStatus.PENDING })
  status: ApprovalStatus;

  @Field(() => Int, { description: 'Position of the step waiting for a decision (0-based); meaningless once decided.' })
  @Column({ type: 'integer', default: 0 })
  currentStep: number;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
