import { Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { STAFF_ROLES } from '../users/role.enum';
import { businessMinutesBetween } from './business-calendar';
import { BusinessCalendar, calendarRules } from './business-calendar.entity';
import { SlaClock } from './sla-clock.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaClockState } from './sla.enums';
import { toPauses } from './sla.service';

@Resolver(() => SlaPolicy)
export class SlaPolicyResolver {
  @SignedIn(...STAFF_ROLES)
  @Query(() => [SlaPolicy], { description: 'SLA policies, the default first.' })
  slaPolicies(@Ctx() context: Context): Promise<SlaPolicy[]> {
    return context.services.dataSource.getRepository(SlaPolicy).find({ order: { isDefault: 'DESC', name: 'ASC' } });
  }

  @SignedIn(...STAFF_ROLES)
  @Query(() => [BusinessCalendar], { description: 'Business calendars, by name.' })
  businessCalendars(@Ctx() context: Context): Promise<BusinessCalendar[]> {
    return context.services.dataSource.getRepository(BusinessCalendar).find({ order: { name: 'ASC' } });
  }

  @FieldResolver(() => BusinessCalendar)
  async calendar(@Root() policy: SlaPolicy, @Ctx() context: Context): Promise<BusinessCalendar> {
    return (await context.loaders.calendarById.load(policy.calendarId))!;
  }
}

@Resolver(() => SlaClock)
export class SlaClockResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Business minutes left before the target (negative once breached); null once stopped.',
  })
  async businessMinutesLeft(@Root() clock: SlaClock, @Ctx() context: Context): Promise<number | null> {
    if (clock.stoppedAt) return null;
    const calendar = await context.loaders.calendarById.load(clock.calendarId);
    if (!calendar) return null;
    const rules = calendarRules(calendar);
    const now = new Date();
    if (clock.state === SlaClockState.PAUSED) {
      return clock.targetMinutes - businessMinutesBetween(rules, clock.startedAt, now, toPauses(clock.pauses));
    }
    if (!clock.dueAt) return null;
    return clock.dueAt > now ? businessMinutesBetween(rules, now, clock.dueAt) : -businessMinutesBetween(rules, clock.dueAt, now);
  }

  @FieldResolver(() => Float, { description: 'Business minutes used so far (to the stop, if stopped).' })
  async businessMinutesUsed(@Root() clock: SlaClock, @Ctx() context: Context): Promise<number> {
    const calendar = await context.loaders.calendarById.load(clock.calendarId);
    if (!calendar) return 0;
    return businessMinutesBetween(calendarRules(calendar), clock.startedAt, clock.stoppedAt ?? new Date(), toPauses(clock.pauses));
  }
}
