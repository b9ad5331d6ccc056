import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../client/codegen';

const root = path.resolve(import.meta.dirname, '../..');

describe('client generated types', () => {
  it('match schema/schema.graphql and the client operations (run `npm run codegen`)', async () => {
    const files = await generate({ ...config, cwd: root, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const onDisk = await readFile(path.resolve(root, file.filename), 'utf8').catch(() => '(missing)');
      expect(onDisk, file.filename).toBe(file.content);
    }
  });
});
