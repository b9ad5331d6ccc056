import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MailStatus } from './notification.enums';

/**
 * One mail for one event, in one language (the recipients' setting): written in the transaction
 * that creates the notifications, sent by a job. Its id is the Message-ID, so a receiver can
 * tell a retry from a new mail.
 */
@ObjectType({ description: 'A mail of the outbox (sent through SMTP_URL, or kept for the ADMIN when there is none).' })
@Entity('outgoing_mail')
@Index('ix_outgoing_mail_status', ['status', 'createdAt'])
export class OutgoingMail {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The event it tells of; null for mail that is not about one event (a digest, a survey invitation). */
  @Field(() => Float, { nullable: true })
  @Column({ type: 'bigint', nullable: true, transformer: { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) } })
  eventSeq: number | null;

  @Field(() => String)
  @Column({ type: 'text' })
  rule: string;

  @Field(() => String)
  @Column({ type: 'text' })
  language: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  to: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  cc: string[];

  @Field(() => String)
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => MailStatus)
  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status' })
  status: MailStatus;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** When an instance last claimed it for sending. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
