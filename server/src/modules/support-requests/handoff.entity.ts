import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportRequest } from './support-request.entity';

/** 转第二售前: the second handles only this event, then reports to the first (cc the manager). */
@ObjectType({ description: 'A hand-off (转第二售前) stating content, time and scope.' })
@Entity('handoff')
@Index('ix_handoff_request', ['requestId'])
export class Handoff {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => SupportRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: SupportRequest;

  @Column({ type: 'uuid' })
  fromId: string;

  @Column({ type: 'uuid' })
  toId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  content: string;

  @Field(() => String)
  @Column({ type: 'text' })
  scope: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  handoffAt: Date;

  @Field(() => String, { nullable: true, description: "The second's report of the result to the first." })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  resolved: boolean | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
