import { useSyncExternalStore } from 'react';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { type Client, createClient } from 'graphql-ws';
import { reportSessionEnded } from './session-events';

/** `connecting` until the first connection; `reconnecting` whenever it was lost since. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** The server closes with 4403 when the socket opens without a session and 4401 when the session ends. */
const SESSION_CLOSE_CODES = new Set([4401, 4403]);
const KEEP_ALIVE_MS = 15_000;
/** A ping left unanswered this long means a dead connection (sleep, network change): drop it and retry. */
const PONG_TIMEOUT_MS = 5_000;
/** The socket closes with this when a pong is overdue; graphql-ws retries on it. */
const CLOSE_PONG_TIMEOUT = 4408;

const closeCode = (event: unknown): number | undefined =>
  typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;

/** Reconnect quickly at first, then at most every 10 s, with jitter so clients do not stampede. */
const backoff = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000) * (0.5 + Math.random() / 2)));

/**
 * The one graphql-ws connection of the signed-in user. It is created when the user is
 * signed in (the socket authenticates by the session cookie during the handshake) and
 * disposed at sign-out, so the next sign-in opens a socket with the new cookie.
 */
class LiveConnection {
  private current: { client: Client; link: GraphQLWsLink } | null = null;
  /** Tells the event handlers of a disposed client apart from the current one's. */
  private generation = 0;
  private status: LiveStatus = 'connecting';
  private readonly statusListeners = new Set<() => void>();
  private readonly connectedListeners = new Set<() => void>();

  /** The Apollo link of the current connection, opening it if needed. */
  link(): GraphQLWsLink {
    if (!this.current) {
      const client = this.open(++this.generation);
      this.current = { client, link: new GraphQLWsLink(client) };
    }
    return this.current.link;
  }

  start(): void {
    this.link();
  }

  stop(): void {
    this.generation++;
    void this.current?.client.dispose();
    this.current = null;
    this.setStatus('connecting');
  }

  getStatus = (): LiveStatus => this.status;

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** Called on every (re)connection: the moment to ask the server what was missed. */
  onConnected(listener: () => void): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  private open(generation: number): Client {
    const current = () => generation === this.generation;
    let socket: WebSocket | null = null;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    return createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: false,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: backoff,
      keepAlive: KEEP_ALIVE_MS,
      // Failures are handled by the `closed` listener below.
      onNonLazyError: () => undefined,
      on: {
        connecting: (isRetry) => {
          if (current() && isRetry) this.setStatus('reconnecting');
        },
        connected: (connectedSocket) => {
          if (!current()) return;
          socket = connectedSocket instanceof WebSocket ? connectedSocket : null;
          this.setStatus('live');
          for (const listener of [...this.connectedListeners]) listener();
        },
        ping: (received) => {
          if (received) return;
          pongTimer = setTimeout(() => {
            if (socket?.readyState === WebSocket.OPEN) socket.close(CLOSE_PONG_TIMEOUT, 'Pong timeout');
          }, PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
        closed: (event) => {
          clearTimeout(pongTimer);
          if (!current()) return;
          if (SESSION_CLOSE_CODES.has(closeCode(event) ?? 0)) {
            this.stop();
            reportSessionEnded();
            return;
          }
          if (this.status === 'live') this.setStatus('reconnecting');
        },
      },
    });
  }

  private setStatus(status: LiveStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of [...this.statusListeners]) listener();
  }
}

export const liveConnection = new LiveConnection();

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(liveConnection.subscribeStatus, liveConnection.getStatus);
}
