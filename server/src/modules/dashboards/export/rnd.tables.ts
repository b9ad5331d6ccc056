import type { Services } from '../../../context';
import { Role } from '../../users/role.enum';
import type { User } from '../../users/user.entity';
import { checkRndFilter, RND_DASHBOARD_MANAGERS, rndFigures, rndScopeOf } from '../rnd-figures';
import type { RndFigures, RndFilter, RndProjectCost, WorkOrderStateFigure } from '../rnd-figures.types';
import { bonusLabel, workOrderStatusLabel } from './screen-labels';
import { dashboardTable, type ExportParams } from './dashboard-table';

/** The RndFilter of an export's query string, checked as the GraphQL argument is. */
function rndFilterFromParams(params: ExportParams): RndFilter {
  const filter: RndFilter = { from: params.from ?? '', to: params.to ?? '', projectId: params.projectId || null, leadId: params.leadId || null };
  checkRndFilter(filter);
  return filter;
}

/** What `rndFigures` shows the viewer for the export's filter: the same checks and scoping. */
const figuresFor = (services: Services, viewer: User, params: ExportParams): Promise<RndFigures> =>
  rndFigures(services.dataSource, rndScopeOf(viewer, rndFilterFromParams(params)), services.config.rndCostFlagHours);

/** The R&D dashboard's work orders by status. */
export const rndWorkOrdersTable = dashboardTable<WorkOrderStateFigure>({
  name: 'rnd-work-orders',
  title: { zh: '故障处理工作单（按状态）', en: 'Fault work orders by status' },
  covers: 'period',
  roles: [Role.RND, ...RND_DASHBOARD_MANAGERS],
  columns: [
    { header: { zh: '状态', en: 'State' }, format: 'text', value: (row, language) => workOrderStatusLabel(language, row.status) },
    { header: { zh: '数量', en: 'Count' }, format: 'integer', value: (row) => row.count },
    { header: { zh: '平均停留（天）', en: 'Average age (days)' }, format: 'decimal', value: (row) => row.averageAgeDays },
    { header: { zh: '最长停留（天）', en: 'Oldest (days)' }, format: 'decimal', value: (row) => row.oldestAgeDays },
  ],
  rows: async (services, viewer, params) => (await figuresFor(services, viewer, params)).workOrdersByState,
});

/** The R&D dashboard's cost per project; bonus-related, so managers only (an RND engineer's screen shows none either). */
export const rndProjectCostsTable = dashboardTable<RndProjectCost>({
  name: 'rnd-project-costs',
  title: { zh: '项目研发成本', en: 'R&D cost per project' },
  covers: 'period',
  roles: RND_DASHBOARD_MANAGERS,
  columns: [
    { header: { zh: '项目', en: 'Project' }, format: 'text', value: (row) => row.projectName },
    { header: { zh: '改进申请', en: 'Improvement requests' }, format: 'integer', value: (row) => row.improvementRequests },
    { header: { zh: '未完成改进申请', en: 'Open improvement requests' }, format: 'integer', value: (row) => row.openImprovementRequests },
    { header: { zh: '研发工时（小时）', en: 'R&D hours' }, format: 'decimal', value: (row) => row.rndHours },
    { header: { zh: '工时阈值（小时）', en: 'Threshold hours' }, format: 'integer', value: (row) => row.thresholdHours },
    { header: { zh: '奖金', en: 'Bonus' }, format: 'text', value: (row, language) => bonusLabel(language, row.bonusAfterRndCost) },
  ],
  rows: async (services, viewer, params) => (await figuresFor(services, viewer, params)).projectCosts,
});
