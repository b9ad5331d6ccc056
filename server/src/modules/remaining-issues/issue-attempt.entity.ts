import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RemainingIssue } from '../reports/remaining-issue.entity';

/** One try at a remaining issue inside support; failed ones open the fault work order's gate. */
@ObjectType({ description: 'One recorded attempt at a remaining issue: what was tried and how it ended.' })
@Entity('issue_attempt')
@Index('ix_issue_attempt_issue', ['issueId', 'createdAt'])
export class IssueAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  issueId: string;

  @ManyToOne(() => RemainingIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: RemainingIssue;

  @Column({ type: 'uuid' })
  triedById: string;

  @Field(() => String)
  @Column({ type: 'text' })
  whatWasTried: string;

  @Field(() => String)
  @Column({ type: 'text' })
  result: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
