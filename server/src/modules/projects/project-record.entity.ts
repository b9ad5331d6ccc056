import { Field, ID, ObjectType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from './project.entity';

/**
 * What every record that belongs to one project starts with: its id and its project (deleted
 * with it). Its @ObjectType only lends the `id` field to the subclasses' types; nothing returns
 * it, so it is not in the schema.
 */
@ObjectType()
export abstract class ProjectRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
}
