import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ProjectRecord } from '../projects/project-record.entity';
import { WorkOrderStatus } from './work-order.enums';

/** 故障处理工作单: a remaining issue support could not solve, handed to R&D with what R&D needs. */
@ObjectType({ description: 'A fault-handling work order (故障处理工作单).' })
@Entity('fault_work_order')
@Index('ix_fault_work_order_project', ['projectId', 'createdAt'])
@Index('ix_fault_work_order_status', ['status', 'createdAt'])
// The R&D figures take the orders created in a period, of every status and lead.
@Index('ix_fault_work_order_created', ['createdAt'])
export class FaultWorkOrder extends ProjectRecord {
  @Column({ type: 'uuid' })
  remainingIssueId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'Operating systems, versions, network: where it happens.' })
  @Column({ type: 'text' })
  environment: string;

  @Field(() => String, { description: 'Steps to reproduce.' })
  @Column({ type: 'text' })
  steps: string;

  @Field(() => String)
  @Column({ type: 'text' })
  symptoms: string;

  @Field(() => String, { description: 'Log excerpts.' })
  @Column({ type: 'text', default: '' })
  logs: string;

  @Field(() => WorkOrderStatus)
  @Column({ type: 'enum', enum: WorkOrderStatus, enumName: 'work_order_status' })
  status: WorkOrderStatus;

  @Column({ type: 'uuid' })
  submittedById: string;

  /** The PRESALES_MANAGER's approval. */
  @Column({ type: 'uuid', nullable: true })
  approvalId: string | null;

  @Field(() => String, { nullable: true, description: "The RND_MANAGER's advice when support handled it wrongly." })
  @Column({ type: 'text', nullable: true })
  rndAdvice: string | null;

  @Index('ix_fault_work_order_lead')
  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  @Field(() => String, { nullable: true, description: "The lead's solution, filled in before asking to close." })
  @Column({ type: 'text', nullable: true })
  solution: string | null;

  @Field(() => String, { nullable: true, description: "The submitter's reason when a closure was disputed." })
  @Column({ type: 'text', nullable: true })
  disputeReason: string | null;

  @Field(() => String, { nullable: true, description: "The lead's proposal to convert it." })
  @Column({ type: 'text', nullable: true })
  conversionProposal: string | null;

  @Field(() => String, { nullable: true, description: 'What the submitter changed when resubmitting after advice.' })
  @Column({ type: 'text', nullable: true })
  resubmissionNote: string | null;

  /** The improvement request it was converted into. */
  @Column({ type: 'uuid', nullable: true })
  convertedToId: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it first got an R&D lead (assigned on review or later, or claimed); a later change of lead keeps it.' })
  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was CLOSED or CONVERTED; null while it is not.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
