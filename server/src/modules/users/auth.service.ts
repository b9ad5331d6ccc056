import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { inTransaction } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, invalid } from '../../platform/graphql/errors';
import { LoginFailure } from '../../platform/auth/login-attempt.entity';
import { verifyPassword } from '../../platform/auth/password';
import { Session } from '../../platform/auth/session.entity';
import { hashSessionToken, newSessionToken } from '../../platform/auth/session-token';
import { AuthErrorCode } from './auth.errors';
import { User } from './user.entity';

export const SESSION_ENDED = 'SESSION_ENDED';

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly config: Pick<Config, 'sessionTtlHours' | 'loginMaxFailuresPerAccount' | 'loginMaxFailuresPerIp' | 'loginWindowMinutes'>,
  ) {}

  /**
   * Checks the password. Failures are counted per account and per client IP in PostgreSQL;
   * past either limit every attempt is refused, right or wrong, until the window passes.
   * Each aliased `login` in one request is its own attempt.
   */
  async login(emailInput: string, password: string, ip: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    if (!email || !password) throw invalid({ ...(email ? {} : { email: 'REQUIRED' }), ...(password ? {} : { password: 'REQUIRED' }) });
    // The attempt is recorded as a failure before anything is checked, and only then counted:
    // of any number of parallel guesses, at most the limit see a count within it.
    const failures = this.dataSource.getRepository(LoginFailure);
    const attempt = (await failures.insert({ account: email, ip })).identifiers[0] as { id: string };
    if (await this.overLimit(email, ip)) {
      await failures.delete(attempt.id); // refused attempts do not extend the lock-out
      throw new AppError(AuthErrorCode.RATE_LIMITED, 'Too many failed sign-ins; wait a few minutes and try again.', {
        retryAfterMinutes: this.config.loginWindowMinutes,
      });
    }

    const user = await this.dataSource.getRepository(User).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) throw new AppError(AuthErrorCode.BAD_CREDENTIALS, 'Wrong e-mail or password.');
    await failures.delete(attempt.id);

    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await this.dataSource.getRepository(Session).insert({ tokenHash: hashSessionToken(token), userId: user.id, expiresAt });
    return { user, token, expiresAt };
  }

  /** Ends the session; every instance then closes that session's sockets (see ws-server). */
  async logout(tokenHash: string, userId: string): Promise<void> {
    await inTransaction(this.dataSource, this.bus, async (unit) => {
      await unit.manager.delete(Session, { tokenHash });
      await unit.record({ type: SESSION_ENDED, projectId: null, entityType: 'session', entityId: tokenHash, actorId: userId });
    });
  }

  /** For each session still valid (not expired, user active), its user: one query for any number of sessions. */
  async usersOfLiveSessions(tokenHashes: readonly string[]): Promise<Map<string, User>> {
    const rows = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(Session, 's', 's.user_id = u.id')
      .addSelect('s.token_hash', 'token_hash')
      .where('s.token_hash = ANY(:tokenHashes) AND s.expires_at > now() AND u.active', { tokenHashes })
      .getRawAndEntities();
    return new Map(rows.raw.map((row: { token_hash: string; u_id: string }) => [row.token_hash, rows.entities.find((user) => user.id === row.u_id)!]));
  }

  /** The signed-in user for a cookie token, or null when it is unknown, expired or the user is inactive. */
  async userForToken(token: string | undefined): Promise<{ user: User; tokenHash: string } | null> {
    if (!token) return null;
    const tokenHash = hashSessionToken(token);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(Session, 's', 's.user_id = u.id')
      .where('s.token_hash = :tokenHash AND s.expires_at > now() AND u.active', { tokenHash })
      .getOne();
    return user ? { user, tokenHash } : null;
  }

  private async overLimit(account: string, ip: string): Promise<boolean> {
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE account = $1)::int AS account_failures,
              count(*) FILTER (WHERE ip = $2)::int AS ip_failures
         FROM login_failure
        WHERE at > now() - make_interval(mins => $3::int) AND (account = $1 OR ip = $2)`,
      [account, ip, this.config.loginWindowMinutes],
    )) as { account_failures: number; ip_failures: number }[];
    // Counts include this attempt, hence "greater than".
    return counts.account_failures > this.config.loginMaxFailuresPerAccount || counts.ip_failures > this.config.loginMaxFailuresPerIp;
  }
}
