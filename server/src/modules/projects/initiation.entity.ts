import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { SupportType } from './support-type';
import { ProjectRecord } from './project-record.entity';

/**
 * The 技术支持立项单 (第九–十一条). Immutable once submitted: a change is a new revision,
 * so every revision stays on record.
 */
@ObjectType({ description: 'A project initiation form (技术支持立项单); each change is a new revision.' })
@Entity('initiation')
@Index('uq_initiation_revision', ['projectId', 'revision'], { unique: true })
export class Initiation extends ProjectRecord {
  @Field(() => Int)
  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'uuid' })
  customerId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  projectName: string;

  @Column({ type: 'uuid' })
  responsibleSalesId: string;

  @Column({ type: 'uuid' })
  firstPresalesId: string;

  @Column({ type: 'uuid', nullable: true })
  secondPresalesId: string | null;

  @Field(() => [SupportType])
  @Column({ type: 'enum', enum: SupportType, enumName: 'support_type', array: true })
  supportTypes: SupportType[];

  @Field(() => String, { description: 'Detailed support requirements.' })
  @Column({ type: 'text' })
  requirements: string;

  @Field(() => String, { nullable: true, description: 'Wanted start date, YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  wantedStart: string | null;

  @Field(() => String, { nullable: true, description: 'Wanted end date, YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  wantedEnd: string | null;

  @Column({ type: 'uuid' })
  submittedById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
