import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Role } from '../users/role.enum';
import { Approval } from './approval.entity';
import { StepStatus } from './approval.enums';

@ObjectType({ description: 'One approver in the chain: anyone holding a role.' })
@Entity('approval_step')
export class ApprovalStep {
  @PrimaryColumn({ type: 'uuid' })
  approvalId: string;

  @ManyToOne(() => Approval, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'approval_id' })
  approval?: Approval;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  approverRole: Role;

  @Field(() => StepStatus)
  @Column({ type: 'enum', enum: StepStatus, enumName: 'approval_step_status' })
  status: StepStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
