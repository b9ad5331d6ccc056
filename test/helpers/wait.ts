/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Waits until the notification dispatcher has passed every event but its own: its background
 * statements would otherwise count in a test that measures statements.
 */
export async function untilDispatched(dataSource: { query(sql: string): Promise<unknown> }, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = (await dataSource.query(
      "SELECT (SELECT last_seq FROM notification_cursor) >= COALESCE((SELECT max(seq) FROM event WHERE type <> 'NOTIFIED'), 0) AS done",
    )) as { done: boolean }[];
    if (row?.done) return;
    if (Date.now() > deadline) throw new Error('timed out waiting for the notification dispatcher');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
