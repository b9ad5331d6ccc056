import { Role } from '../../users/role.enum';
import type { SlaAttainment } from '../dashboard.types';
import { DASHBOARD_MANAGERS, scopedFilter, serviceDeskFigures } from '../service-desk-figures';
import { filterFromParams } from './dashboard-params';
import { dashboardTable } from './dashboard-table';
import { priorityLabel } from './screen-labels';

/** The SLA attainment table of the service-desk dashboard. */
export const slaAttainmentTable = dashboardTable<SlaAttainment>({
  name: 'sla-attainment',
  title: { zh: 'SLA 达成率', en: 'SLA attainment' },
  covers: 'period',
  roles: [Role.PRESALES, ...DASHBOARD_MANAGERS],
  columns: [
    { header: { zh: '优先级', en: 'Priority' }, format: 'text', value: (row, language) => priorityLabel(language, row.priority) },
    { header: { zh: '工单数', en: 'Tickets' }, format: 'integer', value: (row) => row.tickets },
    { header: { zh: '响应达标', en: 'Response met' }, format: 'integer', value: (row) => row.responseMet },
    { header: { zh: '响应超时', en: 'Response breached' }, format: 'integer', value: (row) => row.responseBreached },
    { header: { zh: '响应达成率', en: 'Response rate' }, format: 'percent', value: (row) => row.responseRate },
    { header: { zh: '解决达标', en: 'Resolution met' }, format: 'integer', value: (row) => row.resolutionMet },
    { header: { zh: '解决超时', en: 'Resolution breached' }, format: 'integer', value: (row) => row.resolutionBreached },
    { header: { zh: '解决达成率', en: 'Resolution rate' }, format: 'percent', value: (row) => row.resolutionRate },
  ],
  rows: async (services, viewer, params) => (await serviceDeskFigures(services.dataSource, scopedFilter(viewer, filterFromParams(params)))).slaAttainment,
});
