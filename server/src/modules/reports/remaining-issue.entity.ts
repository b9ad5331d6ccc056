import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CommunicationReport } from './communication-report.entity';
import { RemainingIssueStatus } from './report.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/**
 * 遗留问题 (第八条): opened by an ISSUE_REMAINING report — or by a service-desk ticket escalated
 * to R&D — and driven by the responsible pre-sales.
 */
@ObjectType({ description: 'A remaining issue (遗留问题) the first pre-sales must drive.' })
@Entity('remaining_issue')
@Index('ix_remaining_issue_project', ['projectId', 'status'])
export class RemainingIssue extends ProjectRecord {
  /** The report that opened it; null when a ticket's escalation to R&D did. */
  @Column({ type: 'uuid', nullable: true })
  reportId: string | null;

  /** The ticket whose escalation to R&D opened it. */
  @Column({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @ManyToOne(() => CommunicationReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: CommunicationReport;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Index('ix_remaining_issue_owner')
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => RemainingIssueStatus)
  @Column({ type: 'enum', enum: RemainingIssueStatus, enumName: 'remaining_issue_status', default: RemainingIssueStatus.OPEN })
  status: RemainingIssueStatus;

  @Field(() => Boolean, { description: 'Marked an obvious severe bug: a fault work order needs no three failed attempts.' })
  @Column({ type: 'boolean', default: false })
  severeBug: boolean;

  @Field(() => String, { nullable: true, description: 'How support handled it, when it did.' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
