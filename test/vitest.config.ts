import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  resolve: {
    // graphql ships CJS and ESM builds; without this, vite's ESM import and the CJS
    // `require` inside type-graphql and Apollo load two copies and the schema is "from another realm".
    alias: { graphql: path.resolve(import.meta.dirname, '../node_modules/graphql/index.js') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // One shared PostgreSQL; files run one after another, each test on fresh rows.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
