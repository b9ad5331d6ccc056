import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Customer } from '../customers/customer.entity';
import { ProjectStage } from './project-stage';

@ObjectType({ description: 'A customer project record (项目) that sales, pre-sales, R&D and testers share.' })
@Entity('project')
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Index('ix_project_customer')
  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

  @Field(() => ProjectStage)
  @Index('ix_project_stage')
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage', default: ProjectStage.INITIATED })
  stage: ProjectStage;

  /** Bumped by every change; clients send it back so that no edit silently overwrites another. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageChangedAt: Date;

  /** The product version the project uses (第二十条). */
  @Column({ type: 'uuid', nullable: true })
  productVersionId: string | null;
}
