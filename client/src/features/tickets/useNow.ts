import { useSyncExternalStore } from 'react';

const TICK_MS = 1_000;

/** One timer for every live clock on the page: it runs while at least one clock is shown. */
const ticker = {
  now: Date.now(),
  listeners: new Set<() => void>(),
  timer: undefined as ReturnType<typeof setInterval> | undefined,
  subscribe(listener: () => void): () => void {
    ticker.listeners.add(listener);
    if (!ticker.timer) {
      ticker.timer = setInterval(() => {
        ticker.now = Date.now();
        for (const each of [...ticker.listeners]) each();
      }, TICK_MS);
    }
    return () => {
      ticker.listeners.delete(listener);
      if (ticker.listeners.size === 0) {
        clearInterval(ticker.timer);
        ticker.timer = undefined;
      }
    };
  },
  read: (): number => ticker.now,
};

/** The current time in milliseconds, renewed every second while the component is mounted. */
export function useNow(): number {
  return useSyncExternalStore(ticker.subscribe, ticker.read);
}
