import type { Services } from '../../../context';
import { Role } from '../../users/role.enum';
import type { User } from '../../users/user.entity';
import { satisfactionFigures } from '../satisfaction-figures';
import type { EngineerSatisfaction, SatisfactionFigures, SatisfactionTrendPoint } from '../satisfaction-figures.types';
import { DASHBOARD_MANAGERS, scopedFilter } from '../service-desk-figures';
import { filterFromParams } from './dashboard-params';
import { type ExportColumn, type ExportParams, dashboardTable } from './dashboard-table';

/** What `satisfactionFigures` shows the viewer for the export's filter: the same checks and scoping. */
const figuresFor = (services: Services, viewer: User, params: ExportParams): Promise<SatisfactionFigures> =>
  satisfactionFigures(services.dataSource, scopedFilter(viewer, filterFromParams(params)));

type Scores = Pick<EngineerSatisfaction, 'answered' | 'responseSpeed' | 'resolution' | 'professionalism' | 'attitude' | 'overall'>;

/** The score columns both tables share, after their first column. */
const SCORE_COLUMNS: ExportColumn<Scores>[] = [
  { header: { zh: '已答问卷', en: 'Answered' }, format: 'integer', value: (row) => row.answered },
  { header: { zh: '响应速度', en: 'Response speed' }, format: 'decimal', value: (row) => row.responseSpeed },
  { header: { zh: '解决效果', en: 'Resolution' }, format: 'decimal', value: (row) => row.resolution },
  { header: { zh: '专业程度', en: 'Professionalism' }, format: 'decimal', value: (row) => row.professionalism },
  { header: { zh: '服务态度', en: 'Attitude' }, format: 'decimal', value: (row) => row.attitude },
  { header: { zh: '综合评分', en: 'Overall' }, format: 'decimal', value: (row) => row.overall },
];

/** The satisfaction dashboard's table per engineer, best first. */
export const satisfactionPerEngineerTable = dashboardTable<EngineerSatisfaction>({
  name: 'satisfaction-per-engineer',
  title: { zh: '满意度（按工程师）', en: 'Satisfaction per engineer' },
  covers: 'period',
  roles: [Role.PRESALES, ...DASHBOARD_MANAGERS],
  columns: [{ header: { zh: '工程师', en: 'Engineer' }, format: 'text', value: (row) => row.engineerName }, ...SCORE_COLUMNS],
  rows: async (services, viewer, params) => (await figuresFor(services, viewer, params)).perEngineer,
});

/** The satisfaction dashboard's months, oldest first. */
export const satisfactionTrendTable = dashboardTable<SatisfactionTrendPoint>({
  name: 'satisfaction-trend',
  title: { zh: '满意度（按月）', en: 'Satisfaction by month' },
  covers: 'period',
  roles: [Role.PRESALES, ...DASHBOARD_MANAGERS],
  columns: [{ header: { zh: '月份', en: 'Month' }, format: 'text', value: (row) => row.month }, ...SCORE_COLUMNS],
  rows: async (services, viewer, params) => (await figuresFor(services, viewer, params)).trend,
});
