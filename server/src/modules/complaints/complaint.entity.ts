import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ComplaintStatus } from './complaint.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/** 投诉 (第十三–十四条): a sales complains to the PRESALES_MANAGER, copied to the TECH_DIRECTOR. */
@ObjectType({ description: 'A complaint (投诉) about a communication without a report.' })
@Entity('complaint')
@Index('ix_complaint_respondent', ['respondentId', 'status', 'createdAt'])
export class Complaint extends ProjectRecord {
  @Column({ type: 'uuid' })
  complainantId: string;

  /** The tech-support engineer complained about. */
  @Column({ type: 'uuid' })
  respondentId: string;

  @Field(() => String, { description: '投诉-{项目名}沟通问题' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => ComplaintStatus)
  @Column({ type: 'enum', enum: ComplaintStatus, enumName: 'complaint_status', default: ComplaintStatus.FILED })
  status: ComplaintStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionComment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
