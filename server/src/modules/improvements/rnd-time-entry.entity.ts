import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ProjectRecord } from '../projects/project-record.entity';

/** Net R&D time on an improvement request; a project's sum decides its bonus flag (第二十二条). */
@ObjectType({ description: 'Net R&D time logged on an improvement request.' })
@Entity('rnd_time_entry')
@Index('ix_rnd_time_entry_project', ['projectId'])
@Index('ix_rnd_time_entry_worked', ['workedOn'])
@Index('ix_rnd_time_entry_request', ['improvementRequestId'])
export class RndTimeEntry extends ProjectRecord {
  @Column({ type: 'uuid' })
  improvementRequestId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  minutes: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  workedOn: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
