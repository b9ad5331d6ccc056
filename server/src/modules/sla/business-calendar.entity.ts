import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BusinessCalendarRules } from './business-calendar';

@ObjectType({ description: 'A working period of the day, local wall-clock time.' })
export class WorkingPeriodType {
  @Field(() => String, { description: 'HH:MM' })
  start: string;

  @Field(() => String, { description: 'HH:MM (24:00 for midnight)' })
  end: string;
}

/** The business hours SLA budgets are counted in (SPEC §7). */
@ObjectType({ description: 'Working hours, weekdays, holidays and make-up workdays, in a time zone.' })
@Entity('business_calendar')
export class BusinessCalendar {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Asia/Shanghai.' })
  @Column({ type: 'text', default: 'Asia/Shanghai' })
  timeZone: string;

  @Field(() => [WorkingPeriodType])
  @Column({ type: 'jsonb' })
  periods: WorkingPeriodType[];

  @Field(() => [Int], { description: 'ISO weekdays worked: 1 = Monday … 7 = Sunday.' })
  @Column({ type: 'smallint', array: true })
  workingWeekdays: number[];

  @Field(() => [String], { description: 'Public holidays, YYYY-MM-DD.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  holidays: string[];

  @Field(() => [String], { description: 'Make-up workdays (调休), YYYY-MM-DD.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  makeUpWorkdays: string[];

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}

export const calendarRules = (calendar: Pick<BusinessCalendar, 'timeZone' | 'periods' | 'workingWeekdays' | 'holidays' | 'makeUpWorkdays'>): BusinessCalendarRules => ({
  timeZone: calendar.timeZone,
  periods: calendar.periods,
  workingWeekdays: calendar.workingWeekdays,
  holidays: calendar.holidays,
  makeUpWorkdays: calendar.makeUpWorkdays,
});
