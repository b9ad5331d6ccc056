import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { DocumentKind, DocumentStatus } from './document.enums';
import { ScheduleTask } from './schedule-task.type';
import { ProjectRecord } from '../projects/project-record.entity';

/**
 * A document on the project record with its review loop (SPEC §6): DRAFT → SUBMITTED →
 * APPROVED | REJECTED (with reason) → edited and resubmitted. Each submission is kept as a
 * DocumentRevision.
 */
@ObjectType({ description: 'A project document with its review loop (SPEC §6).' })
@Entity('project_document')
@Index('ix_project_document_project', ['projectId', 'createdAt'])
export class ProjectDocument extends ProjectRecord {
  @Field(() => DocumentKind)
  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind: DocumentKind;

  @Field(() => Boolean, { description: 'Internal documents are never shown to a customer.' })
  @Column({ type: 'boolean' })
  internal: boolean;

  @Field(() => DocumentStatus)
  @Column({ type: 'enum', enum: DocumentStatus, enumName: 'document_status', default: DocumentStatus.DRAFT })
  status: DocumentStatus;

  /** Bumped by every change; clients send it back (compare-and-set). */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => Int, { description: 'How many times it was submitted; the revisions are kept.' })
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Implementation work order: the part the sales fills in.' })
  @Column({ type: 'text', nullable: true })
  salesPart: string | null;

  @Field(() => String, { nullable: true, description: 'Implementation work order: the technical part the pre-sales fills in.' })
  @Column({ type: 'text', nullable: true })
  technicalPart: string | null;

  @Field(() => [ScheduleTask], { description: 'Implementation schedule: its dated tasks.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  tasks: ScheduleTask[];

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last review rejected it.' })
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  /** The design solution's approval (PRESALES_MANAGER → CHIEF_ENGINEER), once submitted. */
  @Column({ type: 'uuid', nullable: true })
  approvalId: string | null;

  @Field(() => String, { nullable: true, description: 'Site-entry list: who signed for the customer.' })
  @Column({ type: 'text', nullable: true })
  customerSignedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  customerSignedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
