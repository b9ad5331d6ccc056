import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TicketPriority } from '../tickets/ticket.enums';

@ObjectType({ description: 'Response and resolution targets for one priority, in business minutes.' })
export class SlaTarget {
  @Field(() => TicketPriority)
  priority: TicketPriority;

  @Field(() => Float)
  responseMinutes: number;

  @Field(() => Float)
  resolutionMinutes: number;
}

/** Targets per priority over a calendar; a contract may name its own, else the default applies. */
@ObjectType({ description: 'An SLA policy: targets per priority over a business calendar.' })
@Entity('sla_policy')
@Index('uq_sla_policy_default', ['isDefault'], { unique: true, where: '"is_default"' })
export class SlaPolicy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid' })
  calendarId: string;

  @Field(() => [SlaTarget])
  @Column({ type: 'jsonb' })
  targets: SlaTarget[];

  @Field(() => Float, { description: 'Share of the budget after which a warning fires, e.g. 0.8.' })
  @Column({ type: 'double precision', default: 0.8 })
  warnAtShare: number;

  @Field(() => Boolean, { description: 'Applies to tickets whose customer has no contract naming a policy.' })
  @Column({ type: 'boolean', default: false })
  isDefault: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}
