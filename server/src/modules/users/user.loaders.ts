import type { DataSource } from 'typeorm';
import { notFound } from '../../platform/graphql/errors';
import { oneByKey } from '../../platform/graphql/loader';
import { User } from './user.entity';

export const createUserLoaders = (dataSource: DataSource) => ({
  userById: oneByKey<string, User>(
    (ids) => dataSource.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany(),
    (user) => user.id,
  ),
});

/** A user that must exist (a foreign key points at it), loaded through the request's batch. */
export async function loadUserOrFail(loaders: { userById: ReturnType<typeof createUserLoaders>['userById'] }, id: string): Promise<User> {
  const user = await loaders.userById.load(id);
  if (!user) throw notFound('User');
  return user;
}
