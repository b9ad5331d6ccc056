import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KNOWN_ENV_VARS } from '../../server/src/config';

const root = path.resolve(import.meta.dirname, '../..');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, unknown> | string[];
}

describe('docker-compose.yml (read, since no Docker engine runs here)', async () => {
  const compose = parse(await readFile(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;
  const apps = Object.entries(services).filter(([, service]) => service.build);

  it('describes PostgreSQL, Redis, two server replicas, a reverse proxy and a mail catcher', () => {
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.redis.image).toMatch(/^redis:/);
    expect(apps.map(([name]) => name).sort()).toEqual(['app-1', 'app-2']);
    expect(services.proxy.image).toMatch(/^nginx:/);
    expect(services.mail.image).toMatch(/mailpit/);
  });

  it('sets only environment variables that config.ts knows, and points them at the other services', () => {
    for (const [name, app] of apps) {
      const env = app.environment ?? {};
      expect(Object.keys(env).filter((key) => !(KNOWN_ENV_VARS as readonly string[]).includes(key)), name).toEqual([]);
      expect(new URL(env.DATABASE_URL).hostname).toBe('postgres');
      expect(new URL(env.REDIS_URL).hostname).toBe('redis');
      expect(new URL(env.SMTP_URL).hostname).toBe('mail');
      expect(env.TRUST_PROXY).toBe('1');
      expect(env.SEED_DEMO_DATA).toBeUndefined(); // no well-known demo passwords on a real deployment
    }
  });

  it('builds the app from a Dockerfile that exists, and the proxy forwards WebSockets to both replicas', async () => {
    for (const [, app] of apps) await expect(readFile(path.join(root, app.build!.context, app.build!.dockerfile), 'utf8')).resolves.toMatch(/dist\/server\/main\.js/);
    const mount = services.proxy.volumes?.[0] ?? '';
    const nginx = await readFile(path.join(root, mount.split(':')[0]), 'utf8');
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    expect(nginx).toMatch(/proxy_set_header Connection \$connection_upgrade/);
    // The port must survive, or the server's same-origin WebSocket check fails behind the proxy.
    expect(nginx).toMatch(/proxy_set_header Host \$http_host/);
    for (const [name] of apps) expect(nginx).toContain(`server ${name}:4000`);
  });
});
