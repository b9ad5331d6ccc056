import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { Initiation } from './initiation.entity';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';
import { visibleProjectCondition } from './project.policy';
import type { User } from '../users/user.entity';

export const createProjectLoaders = (dataSource: DataSource, viewer: Pick<User, 'id' | 'roles'> | null) => ({
  /** Projects by id, as far as the viewer may see them (others resolve to null). */
  visibleProjectById: oneByKey<string, Project>(async (ids) => {
    if (!viewer) return [];
    const visible = visibleProjectCondition('p', viewer);
    return dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .getMany();
  }, (project) => project.id),
  membersByProject: manyByKey<string, ProjectMember>(
    (ids) =>
      dataSource
        .getRepository(ProjectMember)
        .createQueryBuilder('m')
        .where('m.project_id = ANY(:ids)', { ids })
        .orderBy('m.added_at')
        .getMany(),
    (member) => member.projectId,
  ),
  /** The current (highest) revision of each project's initiation form. */
  initiationByProject: oneByKey<string, Initiation>(
    (ids) =>
      dataSource
        .getRepository(Initiation)
        .createQueryBuilder('i')
        .distinctOn(['i.project_id'])
        .where('i.project_id = ANY(:ids)', { ids })
        .orderBy('i.project_id')
        .addOrderBy('i.revision', 'DESC')
        .getMany(),
    (initiation) => initiation.projectId,
  ),
});
