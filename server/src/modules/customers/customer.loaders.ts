import type { DataSource } from 'typeorm';
import { oneByKey } from '../../platform/graphql/loader';
import { Customer } from './customer.entity';

export const createCustomerLoaders = (dataSource: DataSource) => ({
  customerById: oneByKey<string, Customer>(
    (ids) => dataSource.getRepository(Customer).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
    (customer) => customer.id,
  ),
});
