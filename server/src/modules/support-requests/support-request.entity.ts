import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { SupportRequestStatus } from './support-request.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/** A support request from the sales to the project's first pre-sales (第五–七条). */
@ObjectType({ description: 'A support request (支持请求) from the sales, with deferrals and hand-offs.' })
@Entity('support_request')
@Index('ix_support_request_project', ['projectId', 'createdAt'])
export class SupportRequest extends ProjectRecord {
  @Column({ type: 'uuid' })
  requestedById: string;

  @Field(() => String)
  @Column({ type: 'text' })
  content: string;

  @Field(() => SupportRequestStatus)
  @Column({ type: 'enum', enum: SupportRequestStatus, enumName: 'support_request_status', default: SupportRequestStatus.OPEN })
  status: SupportRequestStatus;

  @Field(() => GraphQLISODateTime, { description: 'Until when the current holder has the ball.' })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The later time a pre-sales proposed, while the sales decides.' })
  @Column({ type: 'timestamptz', nullable: true })
  proposedFor: Date | null;

  /** Set when a hand-off bounced back unresolved: the first pre-sales answers for it (第七条). */
  @Column({ type: 'uuid', nullable: true })
  responsibleForFailureId: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
