// npm start: builds what is missing or older than its sources, then runs the server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Newest modification time of any file under the given paths. */
function newest(paths) {
  let latest = 0;
  const visit = (file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) if (entry !== 'node_modules') visit(path.join(file, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const p of paths) if (existsSync(p)) visit(p);
  return latest;
}

function ensureBuilt(output, sources, script) {
  const target = path.join(root, output);
  if (existsSync(target) && statSync(target).mtimeMs >= newest(sources.map((s) => path.join(root, s)))) return;
  console.log(`Building ${output} …`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureBuilt('dist/client/index.html', ['client', 'package-lock.json'], 'build:client');
ensureBuilt('dist/server/main.js', ['server/src', 'package-lock.json'], 'build:server');

process.env.NODE_ENV ??= 'production';
await import(path.join(root, 'dist/server/main.js'));
