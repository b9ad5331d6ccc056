import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CommunicationReport } from './communication-report.entity';
import { SupportRole } from './report.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/**
 * A row of a first pre-sales' 项目跟踪表, the basis of project bonuses. Every report filed on
 * the project adds one, in the first pre-sales' table whoever did the support (第十六条).
 */
@ObjectType({ description: 'A row of a pre-sales tracking table (项目跟踪表).' })
@Entity('tracking_entry')
@Index('ix_tracking_entry_owner_date', ['ownerId', 'entryDate'])
export class TrackingEntry extends ProjectRecord {
  /** The first pre-sales whose table this row is in. */
  @Column({ type: 'uuid' })
  ownerId: string;


  @Column({ type: 'uuid' })
  supporterId: string;

  @Field(() => SupportRole, { description: "FIRST for the owner's own support; SECOND or ADDITIONAL marks another engineer's." })
  @Column({ type: 'enum', enum: SupportRole, enumName: 'support_role' })
  supportRole: SupportRole;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => CommunicationReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: CommunicationReport;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  entryDate: string;

  @Field(() => String)
  @Column({ type: 'text' })
  content: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
