import type { DataSource } from 'typeorm';
import { oneByKey } from '../../platform/graphql/loader';
import { PresalesApplication } from './presales-application.entity';

export const createPresalesApplicationLoaders = (dataSource: DataSource) => ({
  presalesApplicationById: oneByKey<string, PresalesApplication>(
    (ids) => dataSource.getRepository(PresalesApplication).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(),
    (application) => application.id,
  ),
});
