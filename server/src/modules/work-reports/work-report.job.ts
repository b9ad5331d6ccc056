import type { DataSource } from 'typeorm';
import { COMPANY_TIME_ZONE, companyDayOf } from '../../platform/company-calendar';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { BusinessCalendar, calendarRules } from '../sla/business-calendar.entity';
import { previousMonth, reachedFirstWorkingDay } from './first-working-day';
import type { WorkReportService } from './work-report.service';

const MONTHLY_QUEUE = 'work-report-monthly';
/** Every day at 08:00 company time; nothing happens before the month's first working day. */
const MONTHLY_CRON = '0 8 * * *';

/**
 * 定期提交工作报告: on the first working day of a month (the default SLA policy's calendar, so
 * holidays and make-up workdays count), the previous month's reports of every engineer and of
 * the TEAM are generated. Each later day checks again, so a morning when every instance was down
 * is made up the next day; reports made after the month ended are kept (a retry or a second
 * instance stores nothing twice), reports made during it are replaced by the whole month's.
 */
export class MonthlyWorkReportJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: WorkReportService,
  ) {}

  schedule(jobs: JobQueue): Promise<void> {
    return jobs.onSchedule(MONTHLY_QUEUE, MONTHLY_CRON, COMPANY_TIME_ZONE, async () => void (await this.runOn(companyDayOf(new Date()))));
  }

  /** The job for the company day `today` (YYYY-MM-DD): how many reports it stored (0 before the month's first working day, and once they are all there). */
  async runOn(today: string): Promise<number> {
    const calendar = await this.dataSource
      .getRepository(BusinessCalendar)
      .createQueryBuilder('c')
      .where('c.id = (SELECT p.calendar_id FROM sla_policy p WHERE p.is_default)')
      .getOneOrFail();
    if (!reachedFirstWorkingDay(calendarRules(calendar), today)) return 0;
    return this.reports.generateMissing(previousMonth(today));
  }
}
