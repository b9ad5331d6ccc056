import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, invalid, notFound } from '../../platform/graphql/errors';
import type { User } from '../users/user.entity';
import { BusinessCalendar } from './business-calendar.entity';
import type { SaveBusinessCalendarInput, SaveSlaPolicyInput } from './sla-admin.inputs';
import { checkCalendar, checkPolicy, type Problems } from './sla-admin.validation';
import { SlaPolicy } from './sla-policy.entity';
import { SlaErrorCode } from './sla.errors';
import { type CalendarLike, dueInstant, type SlaService } from './sla.service';

export const BUSINESS_CALENDAR_CHANGED = 'BUSINESS_CALENDAR_CHANGED';
export const SLA_POLICY_CHANGED = 'SLA_POLICY_CHANGED';

type Actor = Pick<User, 'id'>;

/**
 * The administrator's side of SLA (SPEC §1, §7): business calendars and SLA policies. Changes
 * are compare-and-set on `version`. A policy change applies to clocks started afterwards:
 * running clocks keep the budget they were started with. A calendar change moves the due
 * instants of the clocks running on it, in the same transaction. Neither may leave a target
 * the calendar can never reach (it would stop every intake under it).
 */
export class SlaAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly sla: SlaService,
  ) {}

  async saveCalendar(actor: Actor, input: SaveBusinessCalendarInput): Promise<BusinessCalendar> {
    if (input.id) await this.requireRow(BusinessCalendar, input.id, 'Business calendar');
    const { problems, calendar } = checkCalendar(input);
    this.throwIfAny({ ...problems, ...this.versionProblem(input) });
    if (input.id) {
      const policies = await this.dataSource.getRepository(SlaPolicy).findBy({ calendarId: input.id });
      const longest = Math.max(0, ...policies.flatMap((policy) => policy.targets.map((target) => target.resolutionMinutes)));
      if (!reachable({ id: input.id, ...calendar, periods: [...calendar.periods], workingWeekdays: [...calendar.workingWeekdays], holidays: [...calendar.holidays], makeUpWorkdays: [...calendar.makeUpWorkdays] }, longest)) this.throwIfAny({ periods: 'TARGETS_UNREACHABLE' });
    }
    const values = {
      name: calendar.name,
      timeZone: calendar.timeZone,
      periods: [...calendar.periods],
      workingWeekdays: [...calendar.workingWeekdays],
      holidays: [...calendar.holidays],
      makeUpWorkdays: [...calendar.makeUpWorkdays],
    };
    return this.save(actor, BusinessCalendar, input, values, { event: BUSINESS_CALENDAR_CHANGED, entityType: 'BusinessCalendar', what: 'This business calendar' }, (manager, id) =>
      this.sla.replanCalendar(manager, id),
    );
  }

  async savePolicy(actor: Actor, input: SaveSlaPolicyInput): Promise<SlaPolicy> {
    if (input.id) await this.requireRow(SlaPolicy, input.id, 'SLA policy');
    const { problems, targets } = checkPolicy(input);
    const calendar = isUuid(input.calendarId) ? await this.dataSource.getRepository(BusinessCalendar).findOneBy({ id: input.calendarId }) : null;
    this.throwIfAny({ ...problems, ...(calendar ? {} : { calendarId: 'NOT_FOUND' }), ...this.versionProblem(input) });
    targets.forEach((target, index) => {
      if (!reachable(calendar!, target.resolutionMinutes)) problems[`targets.${index}.resolutionMinutes`] = 'UNREACHABLE';
    });
    this.throwIfAny(problems);
    const values = { name: input.name.trim(), calendarId: input.calendarId, targets, warnAtShare: input.warnAtShare };
    // New policies are never the default; which policy is the default is not changed here.
    return this.save(actor, SlaPolicy, input, input.id ? values : { ...values, isDefault: false }, { event: SLA_POLICY_CHANGED, entityType: 'SlaPolicy', what: 'This SLA policy' });
  }

  /** Inserts, or updates where the row is still at `expectedVersion` (else CONFLICT); records the change. */
  private save<T extends ObjectLiteral & { id: string; version: number }>(
    actor: Actor,
    entity: EntityTarget<T>,
    input: { id?: string | null; expectedVersion?: number | null },
    values: QueryDeepPartialEntity<T>,
    meta: { event: string; entityType: string; what: string },
    afterwards?: (manager: EntityManager, id: string) => Promise<void>,
  ): Promise<T> {
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const id = input.id ? await this.update(manager, entity, input.id, input.expectedVersion!, values, meta.what) : await this.insert(manager, entity, values);
      await afterwards?.(manager, id);
      await record({ type: meta.event, projectId: null, entityType: meta.entityType, entityId: id, actorId: actor.id, payload: { action: input.id ? 'UPDATED' : 'CREATED' } });
      return manager.getRepository(entity).createQueryBuilder('r').where('r.id = :id', { id }).getOneOrFail();
    });
  }

  private async update<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string, version: number, values: QueryDeepPartialEntity<T>, what: string): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw conflict(what);
    return id;
  }

  private async insert<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, values: QueryDeepPartialEntity<T>): Promise<string> {
    const inserted = await manager.createQueryBuilder().insert().into(entity).values(values).returning('id').execute();
    return (inserted.raw as { id: string }[])[0].id;
  }

  private async requireRow<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string, label: string): Promise<void> {
    const exists = isUuid(id) && (await this.dataSource.getRepository(entity).createQueryBuilder('r').where('r.id = :id', { id }).getExists());
    if (!exists) throw notFound(label);
  }

  private versionProblem(input: { id?: string | null; expectedVersion?: number | null }): Problems {
    return input.id && (input.expectedVersion === null || input.expectedVersion === undefined) ? { expectedVersion: 'REQUIRED' } : {};
  }

  private throwIfAny(problems: Problems): void {
    if (Object.keys(problems).length > 0) throw invalid(problems);
  }
}

/** Whether `minutes` business minutes fit in the calendar (within the arithmetic's search horizon). */
function reachable(calendar: CalendarLike, minutes: number): boolean {
  try {
    dueInstant(calendar, new Date(), minutes);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === SlaErrorCode.SLA_TARGET_UNREACHABLE) return false;
    throw error;
  }
}
