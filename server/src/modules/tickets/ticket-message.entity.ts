import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from './ticket.entity';

/** The ticket's conversation; internal notes are for staff only and never reach a customer. */
@ObjectType({ description: 'A message on a ticket: a reply in the conversation, or an internal note.' })
@Entity('ticket_message')
@Index('ix_ticket_message_ticket', ['ticketId', 'createdAt'])
export class TicketMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  /** Null for messages the system writes (status changes told to the customer). */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Boolean, { description: 'An internal note: staff only.' })
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
