import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ProjectRecord } from '../projects/project-record.entity';
import { ImprovementStatus } from './improvement.enums';

/** 产品改进申请单 (第十九–二十二条): one of the two forms through which R&D takes work. */
@ObjectType({ description: 'A product improvement request (产品改进申请单) on a project.' })
@Entity('improvement_request')
@Index('uq_improvement_request_sequence', ['projectId', 'sequence'], { unique: true })
@Index('ix_improvement_request_status', ['status', 'createdAt'])
@Index('ix_improvement_request_created', ['createdAt'])
export class ImprovementRequest extends ProjectRecord {
  @Field(() => Int, { description: "The project's nth request; from the third on only the PRESALES_MANAGER issues them." })
  @Column({ type: 'integer' })
  sequence: number;

  /** The remaining issue it takes to R&D, if any. */
  @Column({ type: 'uuid', nullable: true })
  remainingIssueId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => ImprovementStatus)
  @Column({ type: 'enum', enum: ImprovementStatus, enumName: 'improvement_status' })
  status: ImprovementStatus;

  @Column({ type: 'uuid' })
  issuedById: string;

  @Column({ type: 'uuid', nullable: true })
  salesAgreedById: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the sales agreed (the first two requests need it).' })
  @Column({ type: 'timestamptz', nullable: true })
  salesAgreedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => String, { nullable: true, description: "The RND_MANAGER's reason or advice." })
  @Column({ type: 'text', nullable: true })
  decisionComment: string | null;

  @Index('ix_improvement_request_lead')
  @Column({ type: 'uuid', nullable: true })
  rndLeadId: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
