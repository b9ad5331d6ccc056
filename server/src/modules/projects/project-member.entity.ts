import { Field, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Project } from './project.entity';
import { ProjectMemberRole } from './project-member-role';

@ObjectType({ description: 'A person with a duty on a project (项目成员).' })
@Entity('project_member')
@Index('ix_project_member_user', ['userId', 'projectId'])
export class ProjectMember {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Field(() => ProjectMemberRole)
  @PrimaryColumn({ type: 'enum', enum: ProjectMemberRole, enumName: 'project_member_role' })
  role: ProjectMemberRole;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
