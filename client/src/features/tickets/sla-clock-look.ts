import type { SlaClockItemFragment } from '../../gql/graphql';

/** How urgent a clock looks now: calm, warned (past its warning), late (past due or breached), or standing still. */
export type ClockTone = 'running' | 'warning' | 'late' | 'paused' | 'met';

export const CLOCK_TONE_COLOR: Record<ClockTone, string> = { running: 'processing', warning: 'warning', late: 'error', paused: 'default', met: 'success' };

/**
 * The tone of a clock at `now`: a running clock turns to warning once the server warned of it,
 * and to late once its due time has passed (before the server's breach arrives) or it breached.
 */
export function clockTone(clock: SlaClockItemFragment, now: number): ClockTone {
  switch (clock.state) {
    case 'MET':
      return 'met';
    case 'PAUSED':
      return 'paused';
    case 'BREACHED':
      return 'late';
    case 'RUNNING':
      if (clock.dueAt && Date.parse(clock.dueAt) <= now) return 'late';
      return clock.warnedAt && Date.parse(clock.warnedAt) <= now ? 'warning' : 'running';
  }
}
