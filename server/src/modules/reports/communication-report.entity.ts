import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../users/user.entity';
import { CommunicationMethod, ReportChannel, ReportResult } from './report.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/** 沟通汇报 (第十二–十六条): filed to the responsible sales after a customer communication. */
@ObjectType({ description: 'A communication report (沟通汇报) to the responsible sales.' })
@Entity('communication_report')
@Index('ix_communication_report_project', ['projectId', 'createdAt'])
@Index('ix_communication_report_author', ['authorId', 'createdAt'])
export class CommunicationReport extends ProjectRecord {
  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Field(() => String, { description: '客户沟通-{项目名}-{技服人员名}' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => ReportResult)
  @Column({ type: 'enum', enum: ReportResult, enumName: 'report_result' })
  result: ReportResult;

  @Field(() => CommunicationMethod)
  @Column({ type: 'enum', enum: CommunicationMethod, enumName: 'communication_method' })
  method: CommunicationMethod;

  @Field(() => ReportChannel)
  @Column({ type: 'enum', enum: ReportChannel, enumName: 'report_channel' })
  channel: ReportChannel;

  @Field(() => String, { description: 'Who was spoken to at the customer.' })
  @Column({ type: 'text' })
  communicator: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  communicatedAt: Date;

  @Field(() => [String], { description: 'Each specific problem handled.' })
  @Column({ type: 'text', array: true })
  problemsHandled: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  remainingProblems: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the sales asked for a written report in place of a phone one.' })
  @Column({ type: 'timestamptz', nullable: true })
  writtenRequestedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
