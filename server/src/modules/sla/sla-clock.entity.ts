import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity';
import { SlaClockKind, SlaClockState, SlaPauseReason } from './sla.enums';

/** A stretch the clock stood still, as stored (ISO instants; `to` null while it still does). */
export interface StoredPause {
  from: string;
  to: string | null;
  reason: SlaPauseReason;
}

/**
 * One SLA promise on one ticket. `dueAt` is recomputed whenever the clock resumes; the jobs
 * that warn and breach carry the `dueAt` they were planned for and do nothing if it moved.
 */
@ObjectType({ description: 'An SLA clock on a ticket: running, paused (with its reason), met or breached.' })
@Entity('sla_clock')
@Index('uq_sla_clock_ticket_kind', ['ticketId', 'kind'], { unique: true })
@Index('ix_sla_clock_due', ['state', 'dueAt'])
export class SlaClock {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Field(() => SlaClockKind)
  @Column({ type: 'enum', enum: SlaClockKind, enumName: 'sla_clock_kind' })
  kind: SlaClockKind;

  @Field(() => SlaClockState)
  @Column({ type: 'enum', enum: SlaClockState, enumName: 'sla_clock_state', default: SlaClockState.RUNNING })
  state: SlaClockState;

  @Field(() => SlaPauseReason, { nullable: true, description: 'Why it stands still, while PAUSED.' })
  @Column({ type: 'enum', enum: SlaPauseReason, enumName: 'sla_pause_reason', nullable: true })
  pauseReason: SlaPauseReason | null;

  @Column({ type: 'uuid' })
  calendarId: string;

  @Field(() => Float, { description: 'The budget, in business minutes.' })
  @Column({ type: 'double precision' })
  targetMinutes: number;

  @Column({ type: 'double precision', default: 0.8 })
  warnAtShare: number;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  pauses: StoredPause[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it breaches if it keeps running; null while paused or stopped.' })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  warnedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  breachedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the promise was kept (or, after a breach, fulfilled late).' })
  @Column({ type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;
}
