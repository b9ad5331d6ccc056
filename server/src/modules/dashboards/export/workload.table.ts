import { Role } from '../../users/role.enum';
import { DASHBOARD_MANAGERS, scopedFilter } from '../service-desk-figures';
import { workloadFigures } from '../workload-figures';
import type { EngineerWorkload } from '../workload-figures.types';
import { filterFromParams } from './dashboard-params';
import { dashboardTable } from './dashboard-table';

/** The workload dashboard's table, one row per engineer by name, as `workloadFigures` shows it to the viewer. */
export const workloadTable = dashboardTable<EngineerWorkload>({
  name: 'workload',
  title: { zh: '工程师工作量', en: 'Workload per engineer' },
  covers: 'period',
  roles: [Role.PRESALES, ...DASHBOARD_MANAGERS],
  columns: [
    { header: { zh: '工程师', en: 'Engineer' }, format: 'text', value: (row) => row.engineerName },
    { header: { zh: '未关闭工单', en: 'Open tickets' }, format: 'integer', value: (row) => row.openTickets },
    { header: { zh: '第一售前项目', en: 'First pre-sales projects' }, format: 'integer', value: (row) => row.firstPresalesProjects },
    { header: { zh: '第二售前项目', en: 'Second pre-sales projects' }, format: 'integer', value: (row) => row.secondPresalesProjects },
    { header: { zh: '跟踪表条目', en: 'Tracking entries' }, format: 'integer', value: (row) => row.trackingEntries },
    { header: { zh: '沟通汇报', en: 'Reports filed' }, format: 'integer', value: (row) => row.reportsFiled },
    { header: { zh: '迟交汇报', en: 'Late reports' }, format: 'integer', value: (row) => row.reportsLate },
    { header: { zh: '要求补发书面汇报', en: 'Written reports asked for' }, format: 'integer', value: (row) => row.reportsMissing },
    { header: { zh: '投诉', en: 'Complaints' }, format: 'integer', value: (row) => row.complaintsFiled },
    { header: { zh: '投诉成立', en: 'Complaints upheld' }, format: 'integer', value: (row) => row.complaintsUpheld },
    { header: { zh: '绩效等级', en: 'Performance level' }, format: 'integer', value: (row) => row.performanceLevel },
  ],
  rows: (services, viewer, params) => workloadFigures(services.dataSource, services.config, scopedFilter(viewer, filterFromParams(params))),
});
