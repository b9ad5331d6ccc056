/**
 * Every setting Liaison reads from the environment, parsed and validated once.
 * Nothing else in the server reads process.env.
 */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Unset: subscriptions fan out in-process only. */
  redisUrl: string | undefined;
  /** Unset: mail stays in the outbox table (used by the notifications feature). */
  smtpUrl: string | undefined;
  /** Browser origins allowed to open a WebSocket; the server's own origin is always allowed. */
  allowedOrigins: string[];
  /**
   * How many reverse proxies stand in front (0: none). Only that many X-Forwarded-For hops are
   * believed, so a client cannot choose its own IP for the login rate limit.
   */
  trustProxy: number;
  sessionTtlHours: number;
  seedDemoData: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  graphqlMaxDepth: number;
  graphqlMaxAliases: number;
  graphqlMaxCost: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  /** 第十四条: upheld complaints in one month that cost one level of that month's pay. */
  complaintsPerMonthlyLevel: number;
  /** 第十四条: upheld complaints in total that cost one level for good. */
  complaintsPerPermanentLevel: number;
  /** 第十二条 asks for the report right after the talk: one filed more than this many hours after it counts as late (workload dashboard). */
  reportLateAfterHours: number;
  /** 第二十二条: net R&D hours on a project's improvement requests past which its sales bonus is computed after R&D cost. */
  rndCostFlagHours: number;
  /** Largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /** How often each instance asks pg-boss for due jobs (SLA warnings and breaches, mail), in ms. */
  jobPollMs: number;
  /** Where the app is reached, for the links in mail. */
  publicUrl: string;
  /** The From of Liaison's mail. */
  mailFrom: string;
}

/** The names config.ts understands; a test checks docker-compose.yml against it. */
export const KNOWN_ENV_VARS = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'REDIS_URL',
  'SMTP_URL',
  'ALLOWED_ORIGINS',
  'TRUST_PROXY',
  'SESSION_TTL_HOURS',
  'SEED_DEMO_DATA',
  'LOG_LEVEL',
  'GRAPHQL_MAX_DEPTH',
  'GRAPHQL_MAX_ALIASES',
  'GRAPHQL_MAX_COST',
  'LOGIN_MAX_FAILURES_PER_ACCOUNT',
  'LOGIN_MAX_FAILURES_PER_IP',
  'LOGIN_WINDOW_MINUTES',
  'COMPLAINTS_PER_MONTHLY_LEVEL',
  'COMPLAINTS_PER_PERMANENT_LEVEL',
  'REPORT_LATE_AFTER_HOURS',
  'RND_COST_FLAG_HOURS',
  'ATTACHMENT_MAX_BYTES',
  'JOB_POLL_MS',
  'PUBLIC_URL',
  'MAIL_FROM',
] as const;

type Env = Partial<Record<string, string>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = (name: (typeof KNOWN_ENV_VARS)[number]): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const integer = (name: (typeof KNOWN_ENV_VARS)[number], fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const boolean = (name: (typeof KNOWN_ENV_VARS)[number], fallback: boolean): boolean => {
    const raw = read(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };

  const url = (name: (typeof KNOWN_ENV_VARS)[number], protocols: string[]): string | undefined => {
    const raw = read(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${parsed.protocol}//…"`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const oneOf = <T extends string>(name: (typeof KNOWN_ENV_VARS)[number], values: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
    return fallback;
  };

  const proxyHops = (): number => {
    const raw = read('TRUST_PROXY')?.toLowerCase();
    if (raw === 'true') return 1;
    if (raw === 'false') return 0;
    return integer('TRUST_PROXY', 0, 0, 10);
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const allowedOrigins = (read('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    try {
      if (new URL(origin).origin !== origin) problems.push(`ALLOWED_ORIGINS entry "${origin}" must be a bare origin like https://liaison.example.com`);
    } catch {
      problems.push(`ALLOWED_ORIGINS entry "${origin}" is not a valid origin`);
    }
  }

  const config: Config = {
    nodeEnv,
    host: read('HOST') ?? '0.0.0.0',
    port: integer('PORT', 4000, 0, 65535),
    databaseUrl,
    dataDir: read('DATA_DIR') ?? '.data',
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    allowedOrigins,
    trustProxy: proxyHops(),
    sessionTtlHours: integer('SESSION_TTL_HOURS', 24 * 7, 1, 24 * 365),
    // Demo data only makes sense on the throw-away embedded database, unless asked for.
    seedDemoData: boolean('SEED_DEMO_DATA', databaseUrl === undefined),
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    graphqlMaxDepth: integer('GRAPHQL_MAX_DEPTH', 10, 2, 50),
    graphqlMaxAliases: integer('GRAPHQL_MAX_ALIASES', 15, 1, 500),
    graphqlMaxCost: integer('GRAPHQL_MAX_COST', 5000, 10, 1_000_000),
    loginMaxFailuresPerAccount: integer('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerIp: integer('LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100_000),
    loginWindowMinutes: integer('LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    complaintsPerMonthlyLevel: integer('COMPLAINTS_PER_MONTHLY_LEVEL', 2, 1, 100),
    complaintsPerPermanentLevel: integer('COMPLAINTS_PER_PERMANENT_LEVEL', 4, 1, 1000),
    // One day; at most 30 days.
    reportLateAfterHours: integer('REPORT_LATE_AFTER_HOURS', 24, 1, 720),
    // One working week.
    rndCostFlagHours: integer('RND_COST_FLAG_HOURS', 40, 1, 10_000),
    attachmentMaxBytes: integer('ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    // pg-boss polls no faster than every 500 ms.
    jobPollMs: integer('JOB_POLL_MS', 2000, 500, 60_000),
    publicUrl: (url('PUBLIC_URL', ['http:', 'https:']) ?? 'http://localhost:4000').replace(/\/+$/, ''),
    mailFrom: read('MAIL_FROM') ?? 'Liaison <liaison@localhost>',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
