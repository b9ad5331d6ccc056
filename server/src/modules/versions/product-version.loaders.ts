import type { DataSource } from 'typeorm';
import { oneByKey } from '../../platform/graphql/loader';
import { ProductVersion } from './product-version.entity';

export const createProductVersionLoaders = (dataSource: DataSource) => ({
  productVersionById: oneByKey<string, ProductVersion>(
    (ids) => dataSource.getRepository(ProductVersion).createQueryBuilder('v').where('v.id = ANY(:ids)', { ids }).getMany(),
    (version) => version.id,
  ),
});
