import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RecipientRole } from './notification.enums';

/** One person told of one event by a rule of the regulation: the bell's entries. */
@ObjectType({ description: 'A notification: an event someone is told of, as `TO` or copied (`CC`).' })
@Entity('notification')
@Index('uq_notification_user_event', ['userId', 'eventSeq'], { unique: true })
@Index('ix_notification_user_unread', ['userId', 'readAt', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => Float, { description: 'The event it tells of.' })
  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  eventSeq: number;

  @Field(() => String, { description: 'The rule that sent it (NOTIFICATION_RULES key).' })
  @Column({ type: 'text' })
  rule: string;

  @Field(() => RecipientRole)
  @Column({ type: 'enum', enum: RecipientRole, enumName: 'recipient_role' })
  recipientRole: RecipientRole;

  @Field(() => String, { description: "In the recipient's language." })
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String, { description: 'Where in the app the record is, e.g. /projects/<id>.' })
  @Column({ type: 'text' })
  link: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Waiting for the recipient's daily digest mail (their choice for this rule). */
  @Column({ type: 'boolean', default: false })
  forDigest: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
