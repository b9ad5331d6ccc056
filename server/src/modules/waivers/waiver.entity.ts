import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { DocumentKind } from '../documents/document.enums';
import { ProjectRecord } from '../projects/project-record.entity';

/**
 * 第五十二条: a manager may simplify a project's process by waiving steps; the waiver is on
 * record so that, when a problem arises, the skipped steps and who skipped them come first.
 */
@ObjectType({ description: 'A step of the process waived for one project by a manager (第五十二条).' })
@Entity('waiver')
@Index('uq_waiver_step', ['projectId', 'step'], { unique: true })
export class Waiver extends ProjectRecord {
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
