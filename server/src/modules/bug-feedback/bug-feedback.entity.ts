import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FeedbackKind, FeedbackStatus } from './bug-feedback.enums';

/** 内部bug反馈表 (SPEC §5): a product problem or usability suggestion found in support. */
@ObjectType({ description: 'Internal bug feedback (内部bug反馈表) for the testers.' })
@Entity('bug_feedback')
@Index('ix_bug_feedback_status', ['status', 'createdAt'])
export class BugFeedback {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The project it was found on, if any. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => FeedbackKind)
  @Column({ type: 'enum', enum: FeedbackKind, enumName: 'feedback_kind' })
  kind: FeedbackKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  /** The version it was found in. */
  @Column({ type: 'uuid', nullable: true })
  foundInVersionId: string | null;

  @Column({ type: 'uuid' })
  reportedById: string;

  @Field(() => FeedbackStatus)
  @Column({ type: 'enum', enum: FeedbackStatus, enumName: 'feedback_status', default: FeedbackStatus.NEW })
  status: FeedbackStatus;

  /** The tester who took the last step. */
  @Column({ type: 'uuid', nullable: true })
  testerId: string | null;

  @Field(() => String, { nullable: true, description: "The testers' latest notes." })
  @Column({ type: 'text', nullable: true })
  testerNotes: string | null;

  @Column({ type: 'uuid', nullable: true })
  fixVersionId: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
