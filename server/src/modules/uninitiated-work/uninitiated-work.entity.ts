import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UninitiatedWorkStatus } from './uninitiated-work.enums';

/**
 * 第十一条: support given to a project that has not been initiated. The record keeps the
 * reminders to the sales; once one is on record the pre-sales may stop, and the record then
 * says the sales is responsible for any delay.
 */
@ObjectType({ description: 'Support on a project not yet initiated, with the reminders to its sales (第十一条).' })
@Entity('uninitiated_work')
@Index('ix_uninitiated_work_presales', ['presalesId'])
@Index('ix_uninitiated_work_sales', ['salesId'])
export class UninitiatedWork {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  projectName: string;

  /** The sales who should initiate it. */
  @Column({ type: 'uuid' })
  salesId: string;

  /** The pre-sales who is involved and recorded it. */
  @Column({ type: 'uuid' })
  presalesId: string;

  @Field(() => String, { description: 'What the pre-sales has done or been asked to do.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => UninitiatedWorkStatus)
  @Column({ type: 'enum', enum: UninitiatedWorkStatus, enumName: 'uninitiated_work_status', default: UninitiatedWorkStatus.INVOLVED })
  status: UninitiatedWorkStatus;

  @Field(() => Int, { description: 'Reminders to the sales on record.' })
  @Column({ type: 'integer', default: 0 })
  reminders: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastRemindedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;

  /** The project, once the sales initiated it. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
