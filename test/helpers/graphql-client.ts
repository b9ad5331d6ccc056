import { expect } from 'vitest';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Error codes of a response, in order. */
export const codes = (response: GraphQLResponse): (string | undefined)[] => (response.errors ?? []).map((error) => error.extensions?.code);

/** The data under `key` of a response that must have no errors. */
export const ok = <K extends string, T>(response: GraphQLResponse<Record<K, T>>, key: K): T => {
  expect(response.errors).toBeUndefined();
  return response.data![key];
};

/** The field codes of the VALIDATION error the request must answer with (anything else fails the test). */
export async function validationFields(client: ApiClient, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await client.request(query, variables);
  expect(codes(response)).toEqual(['VALIDATION']);
  return response.errors![0].extensions!.fields;
}

/** A browser-like API user: keeps the session cookie between HTTP requests and uses it for WebSockets. */
export class ApiClient {
  cookie: string | undefined;

  constructor(
    private readonly server: Pick<TestServer, 'url' | 'port'>,
    private readonly ip?: string,
  ) {}

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { status: number; setCookie: string | null }> {
    const response = await fetch(`http://127.0.0.1:${this.server.port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.ip ? { 'x-forwarded-for': this.ip } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status, setCookie };
  }

  async login(email: string, password: string): Promise<GraphQLResponse> {
    return this.request('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }', { email, password });
  }

  /** A graphql-ws client that sends this user's cookie (and Origin, when given) on the handshake. */
  ws(options: { origin?: string } = {}): { client: Client; closed: Promise<{ code: number; reason: string }> } {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (options.origin) headers.origin = options.origin;
    let resolveClosed: (value: { code: number; reason: string }) => void = () => {};
    const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const client = createClient({
      url: `ws://127.0.0.1:${this.server.port}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
      lazy: false,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          resolveClosed({ code, reason: String(reason) });
        },
      },
      onNonLazyError: () => {},
    });
    return { client, closed };
  }
}

/** Collects what a subscription pushes. */
export function collect<T>(client: Client, query: string): { items: T[]; errors: unknown[]; next(count?: number, timeoutMs?: number): Promise<T[]>; stop(): void } {
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const stop = client.subscribe<T>(
    { query },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) items.push(value.data as T);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => {
        errors.push(error);
        for (const wake of waiters.splice(0)) wake();
      },
      complete: () => {},
    },
  );
  return {
    items,
    errors,
    stop,
    async next(count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (items.length < count && errors.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} pushed result(s), got ${items.length} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, left);
        });
      }
      return items;
    },
  };
}

/** Resolves once the graphql-ws client is connected and acknowledged. */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offConnected();
      offClosed();
      resolve();
    });
    const offClosed = client.on('closed', (event) => {
      offConnected();
      offClosed();
      reject(new Error(`closed before connecting: ${(event as { code: number }).code}`));
    });
  });
}
