import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DocumentStatus } from './document.enums';
import { ProjectDocument } from './project-document.entity';
import { ScheduleTask } from './schedule-task.type';

/** What was submitted, kept as it was, with how its review ended. */
@ObjectType({ description: 'One submitted revision of a project document, kept unchanged.' })
@Entity('document_revision')
export class DocumentRevision {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => ProjectDocument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: ProjectDocument;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  revision: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  salesPart: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  technicalPart: string | null;

  @Field(() => [ScheduleTask])
  @Column({ type: 'jsonb' })
  tasks: ScheduleTask[];

  @Column({ type: 'uuid' })
  submittedById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;

  @Field(() => DocumentStatus, { description: 'SUBMITTED while under review, then APPROVED or REJECTED.' })
  @Column({ type: 'enum', enum: DocumentStatus, enumName: 'document_status' })
  outcome: DocumentStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;
}
