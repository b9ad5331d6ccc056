import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentKind } from '../documents/document.enums';
import { Project } from '../projects/project.entity';

/**
 * 第五十二条: a manager may simplify a project's process by waiving steps; the waiver is on
 * record so that, when a problem arises, the skipped steps and who skipped them come first.
 */
@ObjectType({ description: 'A step of the process waived for one project by a manager (第五十二条).' })
@Entity('waiver')
@Index('uq_waiver_step', ['projectId', 'step'], { unique: true })
export class Waiver {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => DocumentKind, { description: 'The document step that is skipped.' })
  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  step: DocumentKind;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  /** The manager who waived it answers for it. */
  @Column({ type: 'uuid' })
  waivedById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
