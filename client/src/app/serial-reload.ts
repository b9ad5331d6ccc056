import { useCallback, useEffect, useRef } from 'react';

/** Events of one change (a report and its remaining issues) arrive together: one reload covers them. */
const SETTLE_MS = 50;

/**
 * Reloads at most one at a time; a request while one is running reloads once more after it,
 * so the last reload always starts after the last change it was asked for.
 */
export function useSerialReload(reload: () => Promise<unknown>): () => void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const state = useRef({ running: false, again: false });
  return useCallback(() => {
    const current = state.current;
    if (current.running) {
      current.again = true;
      return;
    }
    current.running = true;
    void (async () => {
      do {
        current.again = false;
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        await latest.current().catch(() => undefined);
      } while (current.again);
      current.running = false;
    })();
  }, []);
}
