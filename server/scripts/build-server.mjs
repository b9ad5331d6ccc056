// Bundles the server into dist/server/main.js (dependencies stay in node_modules).
// esbuild keeps the legacy decorators but emits no decorator metadata, which is why every
// @Field, @Arg and @Column names its type explicitly.
import { build } from 'esbuild';

await build({
  entryPoints: ['server/src/main.ts'],
  outfile: 'dist/server/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log('Built dist/server/main.js');
