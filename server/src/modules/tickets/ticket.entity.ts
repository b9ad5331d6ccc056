import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OccurrenceFrequency, SupportTier, TicketCategory, TicketChannel, TicketPriority, TicketStatus } from './ticket.enums';

/** 工单 (SPEC §7): a customer's service request, from intake to the customer's confirmation. */
@ObjectType({ description: 'A service-desk ticket (工单).' })
@Entity('ticket')
@Index('uq_ticket_number', ['number'], { unique: true })
@Index('ix_ticket_status', ['status', 'createdAt'])
@Index('ix_ticket_customer', ['customerId', 'createdAt'])
@Index('ix_ticket_project', ['projectId'])
@Index('ix_ticket_assignee', ['assigneeId', 'status'])
@Index('ix_ticket_created', ['createdAt'])
@Index('ix_ticket_resolved', ['resolvedAt'])
// The open queue per engineer (workload, assignment): a small index however many tickets are closed.
@Index('ix_ticket_open_assignee', ['assigneeId'], { where: `"status" NOT IN ('RESOLVED', 'CLOSED')` })
export class Ticket {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'TS-YYYY-NNNNNN, gap-free per year.' })
  @Column({ type: 'text' })
  number: string;

  @Field(() => TicketChannel)
  @Column({ type: 'enum', enum: TicketChannel, enumName: 'ticket_channel' })
  channel: TicketChannel;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  /** After-sales tickets belong to a project and go to its first pre-sales. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  product: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  productVersion: string | null;

  @Field(() => TicketCategory)
  @Column({ type: 'enum', enum: TicketCategory, enumName: 'ticket_category' })
  category: TicketCategory;

  @Field(() => String, { nullable: true, description: 'Product module.' })
  @Column({ type: 'text', nullable: true })
  module: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the problem occurred.' })
  @Column({ type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Field(() => OccurrenceFrequency, { nullable: true })
  @Column({ type: 'enum', enum: OccurrenceFrequency, enumName: 'occurrence_frequency', nullable: true })
  frequency: OccurrenceFrequency | null;

  @Field(() => String, { nullable: true, description: 'Steps that lead to the problem.' })
  @Column({ type: 'text', nullable: true })
  steps: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  errorText: string | null;

  @Field(() => TicketPriority)
  @Column({ type: 'enum', enum: TicketPriority, enumName: 'ticket_priority' })
  priority: TicketPriority;

  @Field(() => TicketStatus)
  @Column({ type: 'enum', enum: TicketStatus, enumName: 'ticket_status', default: TicketStatus.NEW })
  status: TicketStatus;

  @Field(() => SupportTier)
  @Column({ type: 'enum', enum: SupportTier, enumName: 'support_tier', default: SupportTier.FIRST_LINE })
  tier: SupportTier;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  /** The SLA policy the clocks were started under. */
  @Column({ type: 'uuid' })
  slaPolicyId: string;

  /** The remaining issue an escalation to R&D opened on the project. */
  @Column({ type: 'uuid', nullable: true })
  remainingIssueId: string | null;

  @Field(() => String, { nullable: true, description: 'The solution given to the customer at RESOLVED.' })
  @Column({ type: 'text', nullable: true })
  solution: string | null;

  /** The closing write-up (cause, solution, steps, lessons): staff only, source of a knowledge article. */
  @Column({ type: 'text', nullable: true })
  closingCause: string | null;

  /** The solution as written up for the record at CLOSE (the customer keeps `solution`). */
  @Column({ type: 'text', nullable: true })
  closingSolution: string | null;

  @Column({ type: 'text', nullable: true })
  closingSteps: string | null;

  @Column({ type: 'text', nullable: true })
  closingLessons: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer confirmed the solution.' })
  @Column({ type: 'timestamptz', nullable: true })
  customerConfirmedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  reopenCount: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
