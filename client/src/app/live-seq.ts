import { useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { graphql } from '../gql';
import { liveConnection } from './live-connection';

/** The newest seq of the event log; read just before a reload, it says how far the reloaded data goes. */
export const LATEST_SEQ = graphql(`
  query LatestSeq {
    latestSeq
  }
`);

/** Events of one change (a report and its remaining issues) arrive together: one reload covers them. */
const SETTLE_MS = 50;

/** What is on screen, reloaded when the server says it changed. */
export interface LiveReload {
  /** A push of the event `seq` (undefined: a push without one): reloads unless what is on screen already holds it. */
  pushed(seq: number | undefined): void;
  /** The viewer's own change, or a reconnection: reloads, with a reload that starts after this call. */
  reload(): void;
}

/** The `seq` of a push (`{ someChange: { seq } }`), if it has one. */
export function pushSeq(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  for (const value of Object.values(data)) {
    if (typeof value === 'object' && value !== null && 'seq' in value && typeof value.seq === 'number') return value.seq;
  }
  return undefined;
}

/**
 * Reloads one at a time, and knows how far the event log the data on screen goes: each reload
 * reads `latestSeq` first and the data after it, and since `seq` order is commit order (the
 * server appends events under a lock), the data then holds every change up to that seq. A push
 * whose seq is not newer is already on screen and is skipped: above all the echo of the tab's own
 * change, which it reloaded after its mutation answered (sender echo, issue 6). A reload asked
 * for while one waits to start is covered by it; asked for later, it runs once more.
 */
export function useLiveReload(reload: () => Promise<unknown>): LiveReload {
  const client = useApolloClient();
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const state = useRef({ running: false, forced: false, wanted: 0, have: 0 });

  return useMemo(() => {
    const current = state.current;
    const needed = () => current.forced || current.wanted > current.have;
    const readSeq = () =>
      client.query({ query: LATEST_SEQ, fetchPolicy: 'no-cache' }).then(
        ({ data }) => data?.latestSeq ?? null,
        () => null,
      );
    const run = () => {
      if (current.running || !needed()) return;
      current.running = true;
      void (async () => {
        while (needed()) {
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
          // A request from here on needs a reload that reads the seq after it: another round.
          current.forced = false;
          const seq = await readSeq();
          const loaded = await latest.current().then(
            () => true,
            () => false,
          );
          if (loaded && seq !== null) current.have = Math.max(current.have, seq);
          // Not loaded: the pushes waiting are dropped; the reconnection reloads anyway.
          if (!loaded) current.wanted = current.have;
        }
        current.running = false;
      })();
    };
    return {
      pushed: (seq) => {
        if (seq === undefined) current.forced = true;
        else current.wanted = Math.max(current.wanted, seq);
        run();
      },
      reload: () => {
        current.forced = true;
        run();
      },
    };
  }, [client]);
}

/** Reloads after every reconnection: pushes may have been missed while the socket was down. */
export function useReloadOnReconnect(live: LiveReload, skip = false): void {
  useEffect(() => (skip ? undefined : liveConnection.onConnected(live.reload)), [live, skip]);
}
