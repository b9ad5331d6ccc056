import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';

describe('config', () => {
  it('has sensible defaults: port 4000, embedded database with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, seedDemoData: true, redisUrl: undefined, nodeEnv: 'development' });
  });

  it('does not seed demo data into a real database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/liaison' }).seedDemoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/liaison', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('reports every bad value at once, by name', () => {
    const bad = { PORT: 'eighty', DATABASE_URL: 'mysql://x/y', REDIS_URL: 'not a url', TRUST_PROXY: 'maybe', ALLOWED_ORIGINS: 'https://ok.example,https://bad.example/path', NODE_ENV: 'staging' };
    let problems: string[] = [];
    try {
      loadConfig(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['ALLOWED_ORIGINS', 'DATABASE_URL', 'NODE_ENV', 'PORT', 'REDIS_URL', 'TRUST_PROXY']);
  });
});
