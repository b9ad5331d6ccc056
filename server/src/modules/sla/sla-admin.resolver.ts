import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Role } from '../users/role.enum';
import { BusinessCalendar } from './business-calendar.entity';
import { SaveBusinessCalendarInput, SaveSlaPolicyInput } from './sla-admin.inputs';
import { SlaPolicy } from './sla-policy.entity';


/** SPEC §1: the administrator keeps the SLA policies and business calendars. */
@Resolver()
export class SlaAdminResolver {
  @SignedIn(Role.ADMIN)
  @Mutation(() => BusinessCalendar, {
    description:
      'Creates a business calendar (no id) or changes one (id + expectedVersion; CONFLICT when stale). VALIDATION: timeZone UNKNOWN_TIME_ZONE, periods REQUIRED/OVERLAP, periods.N.start|end INVALID_TIME, periods.N.end NOT_AFTER_START, workingWeekdays REQUIRED, workingWeekdays.N OUT_OF_RANGE/DUPLICATE, holidays.N/makeUpWorkdays.N INVALID_DATE, makeUpWorkdays.N ALSO_HOLIDAY. Running clocks on the calendar follow the new hours from their next recomputation.',
  })
  saveBusinessCalendar(@Ctx() context: Context, @Arg('input', () => SaveBusinessCalendarInput) input: SaveBusinessCalendarInput): Promise<BusinessCalendar> {
    return context.services.slaAdmin.saveCalendar(requireUser(context), input);
  }

  @SignedIn(Role.ADMIN)
  @Mutation(() => SlaPolicy, {
    description:
      'Creates a (non-default) SLA policy (no id) or changes one (id + expectedVersion; CONFLICT when stale). VALIDATION: targets ONE_PER_PRIORITY, targets.N.responseMinutes|resolutionMinutes NOT_POSITIVE_INTEGER, targets.N.resolutionMinutes LESS_THAN_RESPONSE, warnAtShare OUT_OF_RANGE, calendarId NOT_FOUND. Clocks already started keep the targets they were started with; only tickets filed afterwards get the new ones.',
  })
  saveSlaPolicy(@Ctx() context: Context, @Arg('input', () => SaveSlaPolicyInput) input: SaveSlaPolicyInput): Promise<SlaPolicy> {
    return context.services.slaAdmin.savePolicy(requireUser(context), input);
  }
}
