import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last ticket number issued per year. Incremented by an upsert in the ticket's own
 * transaction: the row lock serialises concurrent intakes and a rollback returns the number,
 * so numbers are consecutive with no gaps.
 */
@Entity('ticket_counter')
export class TicketCounter {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  last: number;
}
