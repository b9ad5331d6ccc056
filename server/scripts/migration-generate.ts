/**
 * npm run migration:generate -- <Name>
 * Migrates a throw-away database (DATABASE_URL, or a fresh embedded one) and writes the SQL
 * that the entities still need as a new migration in server/src/migrations/.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/database';
import { pendingSchemaChanges } from '../src/platform/db/schema-drift';
import { createLogger } from '../src/platform/log';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'liaison-migration-'));
await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach it
const database = await openDatabase({ databaseUrl: loadConfig().databaseUrl, dataDir }, createLogger('warn'));
try {
  const { up, down } = await pendingSchemaChanges(database.dataSource);
  if (up.length === 0) {
    console.log('The migrations already match the entities; nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (query: string) => `    await queryRunner.query(${JSON.stringify(query)});`;
    const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(quote).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map(quote).join('\n')}
  }
}
`;
    const dir = path.resolve(import.meta.dirname, '../src/migrations');
    await writeFile(path.join(dir, `${timestamp}-${name}.ts`), file);
    const indexPath = path.join(dir, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    const withImport = `import { ${className} } from './${timestamp}-${name}';\n${index}`;
    await writeFile(indexPath, withImport.replace(/export const MIGRATIONS = \[(.*)\];/s, (_all, list: string) => {
      const items = list.split(',').map((item) => item.trim()).filter(Boolean);
      return `export const MIGRATIONS = [${[...items, className].join(', ')}];`;
    }));
    console.log(`Wrote server/src/migrations/${timestamp}-${name}.ts (${up.length} statements) and registered it.`);
  }
} finally {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
