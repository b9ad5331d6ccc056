import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far the event log has been turned into notifications. One row, locked by whichever
 * instance dispatches (SKIP LOCKED: the others let it), and advanced in the same transaction
 * as the notifications it wrote, so each event is dispatched exactly once.
 */
@Entity('notification_cursor')
export class NotificationCursor {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  lastSeq: number;
}
