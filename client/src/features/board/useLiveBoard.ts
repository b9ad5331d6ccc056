import { useApolloClient, useSubscription } from '@apollo/client/react';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { liveConnection } from '../../app/live-connection';
import { BOARD_CHANGED, CHANGES_SINCE } from './board.operations';
import { applyProjectChange, removeProject } from './board-cache';

/** Remembers `seq` as applied, once tracking has started. */
function advance(seen: RefObject<number | null>, seq: number): void {
  if (seen.current !== null && seq > seen.current) seen.current = seq;
}

/**
 * Keeps the cached projects live: applies each `boardChanged` push, and after every
 * (re)connection asks `changesSince` for what was missed while the socket was down.
 * `startSeq` is the `latestSeq` read together with the page's data.
 */
export function useLiveBoard(startSeq: number | undefined): void {
  const client = useApolloClient();
  /** The newest event already applied; null until the page's data has arrived. */
  const seen = useRef<number | null>(null);

  useSubscription(BOARD_CHANGED, {
    // Applied by hand below, so that an older snapshot never overwrites a newer one.
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ data }) => {
      const change = data.data?.boardChanged;
      if (!change) return;
      applyProjectChange(client.cache, change.project);
      advance(seen, change.seq);
    },
  });

  const catchUp = useCallback(
    async (from: number) => {
      try {
        let cursor = from;
        for (;;) {
          const { data } = await client.query({ query: CHANGES_SINCE, variables: { seq: cursor }, fetchPolicy: 'no-cache' });
          if (!data) return;
          for (const event of data.changesSince.events) {
            // Events of no project (queue tickets) do not touch the board.
            if (event.project) applyProjectChange(client.cache, event.project);
            else if (event.projectId) removeProject(client.cache, event.projectId);
          }
          cursor = data.changesSince.cursor;
          advance(seen, cursor);
          if (!data.changesSince.hasMore) return;
        }
      } catch {
        // Could not replay the missed changes: reload what is on screen instead.
        await client.refetchQueries({ include: 'active' }).catch(() => undefined);
      }
    },
    [client],
  );

  // Once the data is here, catch up from its seq: that covers anything committed between
  // reading the data and the subscription starting on the server.
  useEffect(() => {
    if (startSeq === undefined || seen.current !== null) return;
    seen.current = startSeq;
    void catchUp(startSeq);
  }, [startSeq, catchUp]);

  useEffect(
    () =>
      liveConnection.onConnected(() => {
        if (seen.current !== null) void catchUp(seen.current);
      }),
    [catchUp],
  );
}
