import { Role } from '../../users/role.enum';
import type { WorkReportFigures } from '../../work-reports/work-report.types';
import { DASHBOARD_MANAGERS } from '../service-desk-figures';
import { type ExportColumn, dashboardTable } from './dashboard-table';

interface WorkReportRow {
  engineerName: string | null;
  figures: WorkReportFigures;
}

const figure = (zh: string, en: string, key: Exclude<keyof WorkReportFigures, 'satisfactionAverage'>): ExportColumn<WorkReportRow> => ({
  header: { zh, en },
  format: 'integer',
  value: (row) => row.figures[key],
});

/**
 * A month's work report (工作报告) as a workbook: `month`, and `engineerId` for an engineer's (one
 * row) or none for the TEAM's (a row per engineer and a total row). The stored report, or what it
 * would say now when there is none (a download stores nothing), with the access rules of the workReport query.
 */
export const workReportTable = dashboardTable<WorkReportRow>({
  name: 'work-report',
  title: { zh: '工作报告', en: 'Work report' },
  covers: 'month',
  roles: [Role.PRESALES, ...DASHBOARD_MANAGERS],
  columns: [
    { header: { zh: '工程师', en: 'Engineer' }, format: 'text', value: (row) => row.engineerName },
    figure('分配工单', 'Tickets assigned', 'ticketsAssigned'),
    figure('解决工单', 'Tickets resolved', 'ticketsResolved'),
    figure('响应达成', 'Response met', 'responseMet'),
    figure('响应超时', 'Response breached', 'responseBreached'),
    figure('解决达成', 'Resolution met', 'resolutionMet'),
    figure('解决超时', 'Resolution breached', 'resolutionBreached'),
    figure('满意度答卷', 'Surveys answered', 'satisfactionAnswered'),
    { header: { zh: '满意度均分', en: 'Satisfaction average' }, format: 'decimal', value: (row) => row.figures.satisfactionAverage },
    figure('沟通汇报', 'Reports filed', 'reportsFiled'),
    figure('跟踪表条目', 'Tracking entries', 'trackingEntries'),
    figure('支持项目', 'Projects supported', 'projectsSupported'),
    figure('故障工作单', 'Work orders submitted', 'workOrdersSubmitted'),
    figure('改进申请', 'Improvement requests', 'improvementRequests'),
    figure('成立投诉', 'Complaints upheld', 'complaintsUpheld'),
    figure('绩效等级', 'Performance level', 'performanceLevel'),
  ],
  rows: async (services, viewer, params) => {
    const engineerId = params.engineerId ?? null;
    const { engineerName, figures, members } = await services.workReports.contentOf(viewer, params.month ?? '', engineerId);
    if (engineerId !== null) return [{ engineerName, figures }];
    return [...members, { engineerName: viewer.language === 'en' ? 'Total' : '合计', figures }];
  },
});
