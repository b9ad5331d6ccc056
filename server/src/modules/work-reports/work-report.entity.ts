import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WorkReportScope } from './work-report.enums';
import type { WorkReportContent } from './work-report.types';

/**
 * 工作报告 (seed 004, 工作记录与报告): a month's work of one engineer or of the support department,
 * for the managers. One row per month and engineer, and one per month for the TEAM (the two
 * partial unique indexes: a plain unique index would let any number of TEAM rows through, their
 * engineer_id being null). `figures`, `problems` and `members` are resolved from `content`.
 */
@ObjectType({ description: "A monthly work report (工作报告): one engineer's month, or the support department's (TEAM)." })
@Entity('work_report')
@Index('uq_work_report_engineer_month', ['month', 'engineerId'], { unique: true, where: '"engineer_id" IS NOT NULL' })
@Index('uq_work_report_team_month', ['month'], { unique: true, where: '"engineer_id" IS NULL' })
@Check('ck_work_report_scope_engineer', `("scope" = 'TEAM') = ("engineer_id" IS NULL)`)
export class WorkReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'YYYY-MM, company time.' })
  @Column({ type: 'text' })
  month: string;

  @Field(() => WorkReportScope)
  @Column({ type: 'enum', enum: WorkReportScope, enumName: 'work_report_scope' })
  scope: WorkReportScope;

  @Field(() => ID, { nullable: true, description: 'Null for TEAM.' })
  @Column({ type: 'uuid', nullable: true })
  engineerId: string | null;

  @Column({ type: 'jsonb' })
  content: WorkReportContent;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  generatedAt: Date;

  /** Null when the monthly job generated it. */
  @Column({ type: 'uuid', nullable: true })
  generatedById: string | null;
}
