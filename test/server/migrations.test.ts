import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDataSource } from '../../server/src/platform/db/data-source';
import { pendingSchemaChanges } from '../../server/src/platform/db/schema-drift';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

describe('migrations', () => {
  it('bring the database exactly to what the entities describe (run `npm run migration:generate -- Name`)', async () => {
    const dataSource = createDataSource(inject('databaseUrl'));
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false); // none pending
      const { up } = await pendingSchemaChanges(dataSource);
      expect(up).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('never let TypeORM synchronize the schema', async () => {
    const source = await readFile(path.resolve(import.meta.dirname, '../../server/src/platform/db/data-source.ts'), 'utf8');
    expect(source).toMatch(/synchronize: false/);
    expect(createDataSource('postgres://localhost/none').options.synchronize).toBe(false);
  });
});
