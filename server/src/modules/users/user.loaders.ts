import type { DataSource } from 'typeorm';
import { oneByKey } from '../../platform/graphql/loader';
import { User } from './user.entity';

export const createUserLoaders = (dataSource: DataSource) => ({
  userById: oneByKey<string, User>(
    (ids) => dataSource.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany(),
    (user) => user.id,
  ),
});
