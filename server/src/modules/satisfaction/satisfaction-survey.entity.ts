import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 满意度 (SPEC §7): opened when a ticket closes; the customer answers once. */
@ObjectType({ description: 'A satisfaction survey on a closed ticket (满意度).' })
@Entity('satisfaction_survey')
@Index('uq_satisfaction_survey_ticket', ['ticketId'], { unique: true })
@Index('uq_satisfaction_survey_token', ['tokenHash'], { unique: true })
@Index('ix_satisfaction_survey_engineer', ['engineerId', 'answeredAt'])
@Index('ix_satisfaction_survey_answered', ['answeredAt'])
export class SatisfactionSurvey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  /** Whom it was sent to. */
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  /** The engineer the ticket was closed by or assigned to: the results count for them. */
  @Column({ type: 'uuid', nullable: true })
  engineerId: string | null;

  /** SHA-256 of the link token sent by email; the link answers without signing in. */
  @Column({ type: 'text' })
  tokenHash: string;

  @Field(() => Int, { nullable: true, description: '1–5' })
  @Column({ type: 'smallint', nullable: true })
  responseSpeed: number | null;

  @Field(() => Int, { nullable: true, description: '1–5' })
  @Column({ type: 'smallint', nullable: true })
  resolution: number | null;

  @Field(() => Int, { nullable: true, description: '1–5' })
  @Column({ type: 'smallint', nullable: true })
  professionalism: number | null;

  @Field(() => Int, { nullable: true, description: '1–5' })
  @Column({ type: 'smallint', nullable: true })
  attitude: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
