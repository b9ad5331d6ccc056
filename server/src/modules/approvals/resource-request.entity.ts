import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ProjectRecord } from '../projects/project-record.entity';

/** 第四–五条: anyone but the first and second pre-sales supports a project only through this. */
@ObjectType({ description: 'A request for an additional pre-sales on a project (资源申请).' })
@Entity('resource_request')
@Index('ix_resource_request_project', ['projectId'])
export class ResourceRequest extends ProjectRecord {
  @Column({ type: 'uuid' })
  requestedById: string;

  /** The engineer who would join as additional pre-sales. */
  @Column({ type: 'uuid' })
  candidateId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  approvalId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
