import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildUser, PASSWORD } from '../helpers/factories';
import { ApiClient, codes, connected } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const ME = '{ me { id name roles } }';

describe('login, logout and sessions', () => {
  const suite = serverSuite({ trustProxy: 1, loginMaxFailuresPerAccount: 3, loginMaxFailuresPerIp: 5 });
  const { as } = suite;

  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await buildUser(suite.server.dataSource, [Role.SALES]);
    const client = new ApiClient(suite.server);
    const response = await client.login(user.email.toUpperCase(), PASSWORD);
    expect(response.errors).toBeUndefined();
    const cookie = (response as { setCookie: string | null }).setCookie ?? '';
    expect(cookie).toMatch(/^liaison_session=[\w-]{20,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; behind TLS (X-Forwarded-Proto) it is set
    const me = await client.request<{ me: { id: string; roles: string[] } }>(ME);
    expect(me.data?.me).toMatchObject({ id: user.id, roles: ['SALES'] });
  });

  it('marks the cookie Secure when the trusted proxy says the request came over https', async () => {
    const user = await buildUser(suite.server.dataSource, [Role.SALES]);
    const response = await fetch(`${suite.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: `mutation { login(email: "${user.email}", password: "${PASSWORD}") { id } }` }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password with BAD_CREDENTIALS and no cookie', async () => {
    const user = await buildUser(suite.server.dataSource, [Role.SALES]);
    const client = new ApiClient(suite.server);
    const response = await client.login(user.email, 'wrong password');
    expect(codes(response)).toEqual(['BAD_CREDENTIALS']);
    expect(client.cookie).toBeUndefined();
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const response = await new ApiClient(suite.server).login('nobody@test.liaison', 'whatever');
    expect(codes(response)).toEqual(['BAD_CREDENTIALS']);
  });

  it('rejects empty credentials with VALIDATION', async () => {
    const response = await new ApiClient(suite.server).login('  ', '');
    expect(codes(response)).toEqual(['VALIDATION']);
    expect(response.errors?.[0].extensions).toMatchObject({ fields: { email: 'REQUIRED', password: 'REQUIRED' } });
  });

  it('logout ends the session: the cookie no longer works', async () => {
    const user = await buildUser(suite.server.dataSource, [Role.PRESALES]);
    const client = await as(user);
    const stolenCookie = client.cookie;
    const response = await client.request('mutation { logout }');
    expect(response.data).toEqual({ logout: true });
    const replay = new ApiClient(suite.server);
    replay.cookie = stolenCookie;
    expect((await replay.request(ME)).data).toEqual({ me: null });
  });

  it('logout without a session is UNAUTHENTICATED', async () => {
    expect(codes(await new ApiClient(suite.server).request('mutation { logout }'))).toEqual(['UNAUTHENTICATED']);
  });

  it("logout closes that session's WebSockets, and only that session's", async () => {
    const user = await buildUser(suite.server.dataSource, [Role.SALES]);
    const tabA = await as(user);
    const tabB = await as(user);
    const socketA = tabA.ws();
    const socketB = tabB.ws();
    await Promise.all([connected(socketA.client), connected(socketB.client)]);
    await tabA.request('mutation { logout }');
    const closed = await Promise.race([socketA.closed, new Promise((r) => setTimeout(() => r('still open'), 5000))]);
    expect(closed).toMatchObject({ code: 4401 });
    const stillOpen = await Promise.race([socketB.closed, new Promise((r) => setTimeout(() => r('still open'), 300))]);
    expect(stillOpen).toBe('still open');
    await socketB.client.dispose();
  });

  describe('rate limit', () => {
    it('locks an account after too many failures, even for the right password', async () => {
      const user = await buildUser(suite.server.dataSource, [Role.SALES]);
      const client = new ApiClient(suite.server, '10.0.0.1');
      for (let attempt = 0; attempt < 3; attempt += 1) expect(codes(await client.login(user.email, 'nope'))).toEqual(['BAD_CREDENTIALS']);
      expect(codes(await client.login(user.email, PASSWORD))).toEqual(['RATE_LIMITED']);
      // from another address too: the limit is per account
      expect(codes(await new ApiClient(suite.server, '10.0.0.2').login(user.email, PASSWORD))).toEqual(['RATE_LIMITED']);
    });

    it('counts aliased logins inside one request as separate attempts', async () => {
      const user = await buildUser(suite.server.dataSource, [Role.SALES]);
      const attempts = Array.from({ length: 6 }, (_, i) => `a${i}: login(email: "${user.email}", password: "guess${i}") { id }`).join('\n');
      const response = await new ApiClient(suite.server, '10.0.1.1').request(`mutation { ${attempts} }`);
      expect(codes(response)).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    });

    it('holds against guesses sent in parallel', async () => {
      const user = await buildUser(suite.server.dataSource, [Role.SALES]);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => new ApiClient(suite.server, `10.0.3.${i + 1}`).login(user.email, `guess${i}`)));
      const outcome = results.map((result) => codes(result)[0]);
      expect(outcome.filter((code) => code === 'BAD_CREDENTIALS').length).toBeLessThanOrEqual(3);
      expect(outcome.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(17);
    });

    it('limits one IP address across many accounts', async () => {
      const client = new ApiClient(suite.server, '10.0.2.1');
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(codes(await client.login(`someone${attempt}@test.liaison`, 'nope'))).toEqual(['BAD_CREDENTIALS']);
      }
      const user = await buildUser(suite.server.dataSource, [Role.SALES]);
      expect(codes(await client.login(user.email, PASSWORD))).toEqual(['RATE_LIMITED']);
      expect((await new ApiClient(suite.server, '10.0.2.2').login(user.email, PASSWORD)).errors).toBeUndefined();
    });
  });
});
