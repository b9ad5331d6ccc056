import type { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { companyDayOf } from '../../platform/company-calendar';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { CustomerContract } from '../customers/customer-contract.entity';
import { Ticket } from '../tickets/ticket.entity';
import { AppError } from '../../platform/graphql/errors';
import type { TicketPriority } from '../tickets/ticket.enums';
import { addBusinessMinutes, type Pause } from './business-calendar';
import { BusinessCalendar, calendarRules } from './business-calendar.entity';
import { SlaErrorCode } from './sla.errors';
import { SlaClock, type StoredPause } from './sla-clock.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaClockKind, SlaClockState, type SlaPauseReason } from './sla.enums';
import { SLA_BREACHED, SLA_WARNING, TICKET_ESCALATED, ticketEventPayload } from '../tickets/ticket.events';

const WARNING_QUEUE = 'sla-warning';
const BREACH_QUEUE = 'sla-breach';

/** What a warning or breach job carries: the clock and the due instant it was planned for. */
interface ClockJob {
  clockId: string;
  dueAt: string;
}

/** Stored pauses as the calendar arithmetic takes them. */
export const toPauses = (stored: readonly StoredPause[]): Pause[] => stored.map((pause) => ({ from: new Date(pause.from), to: pause.to ? new Date(pause.to) : null }));

/** addBusinessMinutes, with a calendar too thin for the target reported as a coded error, not a crash. */
export type CalendarLike = Pick<BusinessCalendar, 'id' | 'name' | 'timeZone' | 'periods' | 'workingWeekdays' | 'holidays' | 'makeUpWorkdays'>;

export function dueInstant(calendar: CalendarLike, from: Date, minutes: number, pauses: readonly StoredPause[] = []): Date | null {
  try {
    return addBusinessMinutes(calendarRules(calendar), from, minutes, toPauses(pauses));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new AppError(SlaErrorCode.SLA_TARGET_UNREACHABLE, `The calendar "${calendar.name}" has too little working time for a target of ${minutes} business minutes.`, { calendarId: calendar.id });
  }
}

/**
 * SLA clocks (SPEC §7): started at intake under the customer's contract policy (else the default),
 * paused with a reason, stopped when met. Warnings and breaches are pg-boss jobs planned for an
 * exact `dueAt`; a job whose clock has since moved (paused, resumed, stopped) does nothing, and
 * each fires at most once because its effect is a compare-and-set on the clock row.
 */
export class SlaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly jobs: JobQueue,
  ) {}

  async start(): Promise<void> {
    await this.jobs.work<ClockJob>(WARNING_QUEUE, (job) => this.warn(job));
    await this.jobs.work<ClockJob>(BREACH_QUEUE, (job) => this.breach(job));
  }

  /** The customer's contract policy in force today, else the default policy. */
  async policyFor(manager: EntityManager, customerId: string, at: Date): Promise<SlaPolicy> {
    const today = companyDayOf(at);
    const contract = await manager
      .getRepository(CustomerContract)
      .createQueryBuilder('c')
      .where('c.customer_id = :customerId AND c.sla_policy_id IS NOT NULL AND c.starts_on <= :today AND c.service_expires_on >= :today', { customerId, today })
      .orderBy('c.service_expires_on', 'DESC')
      .getOne();
    const policies = manager.getRepository(SlaPolicy);
    const policy = contract?.slaPolicyId ? await policies.findOneBy({ id: contract.slaPolicyId }) : null;
    return policy ?? (await policies.findOneByOrFail({ isDefault: true }));
  }

  /** Starts the response and resolution clocks of a new ticket. */
  async startClocks(unit: UnitOfWork, ticket: Ticket, policy: SlaPolicy, at: Date): Promise<void> {
    const target = policy.targets.find((candidate) => candidate.priority === ticket.priority);
    if (!target) throw new Error(`SLA policy ${policy.id} has no target for ${ticket.priority}`);
    const calendar = await unit.manager.getRepository(BusinessCalendar).findOneByOrFail({ id: policy.calendarId });
    for (const [kind, minutes] of [
      [SlaClockKind.RESPONSE, target.responseMinutes],
      [SlaClockKind.RESOLUTION, target.resolutionMinutes],
    ] as const) {
      const clock = unit.manager.create(SlaClock, {
        ticketId: ticket.id,
        kind,
        state: SlaClockState.RUNNING,
        pauseReason: null,
        calendarId: calendar.id,
        targetMinutes: minutes,
        warnAtShare: policy.warnAtShare,
        startedAt: at,
        pauses: [],
        dueAt: dueInstant(calendar, at, minutes),
        warnedAt: null,
        breachedAt: null,
        stoppedAt: null,
      });
      await unit.manager.save(clock);
      await this.plan(unit.manager, clock, calendar);
    }
  }

  /**
   * Stops a clock: the promise is kept (MET), or was broken (BREACHED). A stop after the due
   * instant whose breach job has not run yet records the breach itself, as the job would have.
   */
  async stop(unit: UnitOfWork, ticketId: string, kind: SlaClockKind, at: Date): Promise<void> {
    const [clock] = await this.lockClocks(unit.manager, { ticketId, kind });
    if (!clock || clock.stoppedAt) return;
    const breachedNow = clock.state === SlaClockState.RUNNING && clock.dueAt !== null && clock.dueAt <= at;
    const late = breachedNow || clock.state === SlaClockState.BREACHED;
    await unit.manager.update(SlaClock, { id: clock.id }, {
      state: late ? SlaClockState.BREACHED : SlaClockState.MET,
      breachedAt: late ? (clock.breachedAt ?? clock.dueAt) : null,
      pauses: closePauses(clock.pauses, at),
      pauseReason: null,
      stoppedAt: at,
    });
    if (breachedNow) await this.recordBreach(unit, ticketId, clock.kind, clock.dueAt!.toISOString());
  }

  /**
   * Pauses the running clocks of a ticket, with the reason shown to everyone. A clock already past
   * its due instant (its breach job not yet run) is breached now instead: a pause must not hide a breach.
   */
  async pause(unit: UnitOfWork, ticketId: string, reason: SlaPauseReason, at: Date): Promise<void> {
    const clocks = await this.lockClocks(unit.manager, { ticketId, state: SlaClockState.RUNNING });
    for (const clock of clocks) {
      if (clock.dueAt && clock.dueAt <= at) {
        await unit.manager.update(SlaClock, { id: clock.id }, { state: SlaClockState.BREACHED, breachedAt: clock.dueAt });
        await this.recordBreach(unit, ticketId, clock.kind, clock.dueAt.toISOString());
        continue;
      }
      await unit.manager.update(SlaClock, { id: clock.id }, {
        state: SlaClockState.PAUSED,
        pauseReason: reason,
        pauses: [...clock.pauses, { from: at.toISOString(), to: null, reason }],
        dueAt: null,
      });
    }
  }

  /** Resumes paused clocks; their new due instant leaves the paused time out. */
  async resume(unit: UnitOfWork, ticketId: string, at: Date): Promise<void> {
    const clocks = await this.lockClocks(unit.manager, { ticketId, state: SlaClockState.PAUSED });
    for (const clock of clocks) await this.run(unit.manager, clock, closePauses(clock.pauses, at));
  }

  /**
   * A reopened ticket's resolution clock runs again; the time the customer spent verifying is a
   * pause, and it may warn again. A clock that was breached stays breached.
   */
  async reopen(unit: UnitOfWork, ticketId: string, reason: SlaPauseReason, at: Date): Promise<void> {
    const [clock] = await this.lockClocks(unit.manager, { ticketId, kind: SlaClockKind.RESOLUTION });
    if (!clock?.stoppedAt) return;
    const pauses = [...clock.pauses, { from: clock.stoppedAt.toISOString(), to: at.toISOString(), reason }];
    if (clock.state === SlaClockState.BREACHED) {
      await unit.manager.update(SlaClock, { id: clock.id }, { pauses, stoppedAt: null });
      return;
    }
    await this.run(unit.manager, { ...clock, warnedAt: null }, pauses);
  }

  /**
   * New targets for a ticket whose priority changed: the clocks not yet stopped keep their start
   * and pauses and run against the new budget (a warning may come again).
   */
  async retarget(unit: UnitOfWork, ticketId: string, policy: SlaPolicy, priority: TicketPriority): Promise<void> {
    const target = policy.targets.find((candidate) => candidate.priority === priority);
    if (!target) throw new Error(`SLA policy ${policy.id} has no target for ${priority}`);
    for (const clock of await this.lockClocks(unit.manager, { ticketId })) {
      if (clock.stoppedAt || clock.state === SlaClockState.BREACHED) continue;
      const targetMinutes = clock.kind === SlaClockKind.RESPONSE ? target.responseMinutes : target.resolutionMinutes;
      await unit.manager.update(SlaClock, { id: clock.id }, { targetMinutes, warnedAt: null });
      if (clock.state === SlaClockState.RUNNING) await this.run(unit.manager, { ...clock, targetMinutes, warnedAt: null }, clock.pauses);
    }
  }

  /** A calendar changed: its running clocks get their due instants again under the new rules. */
  async replanCalendar(manager: EntityManager, calendarId: string): Promise<void> {
    for (const clock of await this.lockClocks(manager, { calendarId, state: SlaClockState.RUNNING })) await this.run(manager, clock, clock.pauses);
  }

  /** Clocks locked for this transaction, so a breach job and a step never both decide a clock's fate. */
  private lockClocks(manager: EntityManager, where: FindOptionsWhere<SlaClock>): Promise<SlaClock[]> {
    return manager.getRepository(SlaClock).find({ where, lock: { mode: 'pessimistic_write' }, order: { kind: 'ASC' } });
  }

  /** Sets a clock running with `pauses` and plans its warning and breach. */
  private async run(manager: EntityManager, clock: SlaClock, pauses: StoredPause[]): Promise<void> {
    const calendar = await manager.getRepository(BusinessCalendar).findOneByOrFail({ id: clock.calendarId });
    const dueAt = dueInstant(calendar, clock.startedAt, clock.targetMinutes, pauses);
    await manager.update(SlaClock, { id: clock.id }, { state: SlaClockState.RUNNING, pauseReason: null, pauses, dueAt, stoppedAt: null, warnedAt: clock.warnedAt });
    await this.plan(manager, { ...clock, pauses, dueAt }, calendar);
  }

  /** Queues the warning (unless already given) and the breach for the clock's current `dueAt`. */
  private async plan(manager: EntityManager, clock: SlaClock, calendar: BusinessCalendar): Promise<void> {
    if (!clock.dueAt) return;
    const job: ClockJob = { clockId: clock.id, dueAt: clock.dueAt.toISOString() };
    if (!clock.warnedAt && clock.warnAtShare > 0 && clock.warnAtShare < 1) {
      const warnAt = dueInstant(calendar, clock.startedAt, clock.targetMinutes * clock.warnAtShare, clock.pauses);
      if (warnAt) await this.jobs.sendAt(manager, WARNING_QUEUE, job, warnAt);
    }
    await this.jobs.sendAt(manager, BREACH_QUEUE, job, clock.dueAt);
  }

  /** A warning that comes too late (the clock already breached, say after an outage) is dropped. */
  private async warn(job: ClockJob): Promise<void> {
    await inTransaction(this.dataSource, this.bus, async (unit) => {
      const [row] = await this.claim(
        unit.manager,
        `UPDATE sla_clock SET warned_at = now() WHERE id = $1 AND state = 'RUNNING' AND due_at = $2 AND warned_at IS NULL RETURNING ticket_id, kind`,
        job,
      );
      if (row) await this.recordClockEvent(unit, row.ticket_id, SLA_WARNING, { kind: row.kind, dueAt: job.dueAt });
    });
  }

  /** A breach is recorded once, and escalates the ticket to the manager (SPEC §7). */
  private async breach(job: ClockJob): Promise<void> {
    await inTransaction(this.dataSource, this.bus, async (unit) => {
      const [row] = await this.claim(
        unit.manager,
        `UPDATE sla_clock SET state = 'BREACHED', breached_at = due_at WHERE id = $1 AND state = 'RUNNING' AND due_at = $2 AND due_at <= now() RETURNING ticket_id, kind`,
        job,
      );
      if (row) await this.recordBreach(unit, row.ticket_id, row.kind, job.dueAt);
    });
  }

  /** A breach escalates the ticket to the manager's tier (once; a second breached clock only records its breach). */
  private async recordBreach(unit: UnitOfWork, ticketId: string, kind: SlaClockKind, dueAt: string): Promise<void> {
    await this.recordClockEvent(unit, ticketId, SLA_BREACHED, { kind, dueAt });
    const [, escalated] = (await unit.manager.query(`UPDATE ticket SET tier = 'MANAGER', version = version + 1 WHERE id = $1 AND tier <> 'MANAGER'`, [ticketId])) as [unknown, number];
    if (escalated === 1) await this.recordClockEvent(unit, ticketId, TICKET_ESCALATED, { kind, to: 'MANAGER', reason: 'SLA_BREACHED' });
  }

  private async claim(manager: EntityManager, sql: string, job: ClockJob): Promise<{ ticket_id: string; kind: SlaClockKind }[]> {
    const [rows] = (await manager.query(sql, [job.clockId, job.dueAt])) as [{ ticket_id: string; kind: SlaClockKind }[], number];
    return rows;
  }

  private async recordClockEvent(unit: UnitOfWork, ticketId: string, type: string, extra: Record<string, string>): Promise<void> {
    const ticket = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticketId });
    await unit.record({ type, projectId: ticket.projectId, entityType: 'Ticket', entityId: ticketId, actorId: null, payload: { ...ticketEventPayload(ticket), ...extra } });
  }

}

function closePauses(pauses: readonly StoredPause[], at: Date): StoredPause[] {
  return pauses.map((pause) => (pause.to === null ? { ...pause, to: at.toISOString() } : pause));
}
