import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/platform/db/data-source';
import { Project } from '../../server/src/modules/projects/project.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import { User } from '../../server/src/modules/users/user.entity';
import { seedDemoData } from '../../server/src/seed/demo-seed';
import { truncateAll } from '../helpers/server';

describe('demo data', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createDataSource(inject('databaseUrl'));
    await dataSource.initialize();
    await truncateAll(dataSource);
  });
  afterAll(async () => {
    await truncateAll(dataSource);
    await dataSource.destroy();
  });

  it('gives a newcomer one person per role and a living board, once', async () => {
    const people = await seedDemoData(dataSource);
    const roles = new Set(people.flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    const stages = new Set((await dataSource.getRepository(Project).find()).map((project) => project.stage));
    expect(await dataSource.getRepository(Project).count()).toBeGreaterThanOrEqual(20);
    expect(stages.size).toBeGreaterThanOrEqual(8);

    const again = await seedDemoData(dataSource);
    expect(again.map((user) => user.email)).toEqual(people.map((user) => user.email));
    expect(await dataSource.getRepository(User).count()).toBe(people.length);
  });
});
