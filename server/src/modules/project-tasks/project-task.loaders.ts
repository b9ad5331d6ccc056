import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { ProjectTask } from './project-task.entity';

export const createProjectTaskLoaders = (dataSource: DataSource) => ({
  taskById: oneByKey<string, ProjectTask>(
    (ids) => dataSource.getRepository(ProjectTask).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany(),
    (task) => task.id,
  ),
  tasksByProject: manyByKey<string, ProjectTask>(
    (ids) => dataSource.getRepository(ProjectTask).createQueryBuilder('t').where('t.project_id = ANY(:ids)', { ids }).orderBy('t.created_at', 'DESC').getMany(),
    (task) => task.projectId,
  ),
});
