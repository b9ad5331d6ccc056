import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Small and flat: ids and values, never whole rows. */
export type EventPayload = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * The append-only log of every change. `seq` orders all events across the system; clients
 * remember the last `seq` they saw and ask `changesSince` after a disconnect.
 */
@Entity('event')
@Index('ix_event_project', ['projectId', 'seq'])
export class EventRecord {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb' })
  payload: EventPayload;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
