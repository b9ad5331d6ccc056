import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SupportType } from '../projects/support-type';

/**
 * 技术支持部(售前工程师)工作流程: a sales applies for pre-sales support before the project
 * has an engineer; SALES_DIRECTOR then PRESALES_MANAGER approve, and the manager's approval
 * names the engineer and initiates the project.
 */
@ObjectType({ description: 'A pre-sales support application (售前技术支持申请); approved, it becomes a project.' })
@Entity('presales_application')
@Index('ix_presales_application_requester', ['requestedById', 'createdAt'])
export class PresalesApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  projectName: string;

  @Field(() => [SupportType])
  @Column({ type: 'enum', enum: SupportType, enumName: 'support_type', array: true })
  supportTypes: SupportType[];

  @Field(() => String)
  @Column({ type: 'text' })
  requirements: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  wantedStart: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  wantedEnd: string | null;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'uuid', nullable: true })
  approvalId: string | null;

  /** Set when the final approval initiated the project. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedPresalesId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
