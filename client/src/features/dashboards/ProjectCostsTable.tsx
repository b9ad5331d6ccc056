import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RndDashboardQuery } from '../../gql/graphql';
import { useFigureFormat } from './useFigureFormat';

type ProjectCost = RndDashboardQuery['rndFigures']['projectCosts'][number];

/** Whether the project's bonus is counted after its R&D cost (its R&D hours passed the threshold). */
function BonusTag({ afterRndCost }: { afterRndCost: boolean }) {
  const { t } = useTranslation();
  return afterRndCost ? <Tag color="orange">{t('dashboard.rnd.bonusAfterRndCost')}</Tag> : <Tag>{t('dashboard.rnd.bonusNormal')}</Tag>;
}

/** Each project's improvement requests and R&D hours against its threshold, and how its bonus is counted. */
export function ProjectCostsTable({ rows, loading }: { rows: readonly ProjectCost[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <Table<ProjectCost>
      data-testid="rnd-costs-table"
      size="small"
      pagination={false}
      loading={loading}
      rowKey="projectId"
      dataSource={[...rows]}
      locale={{ emptyText: t('dashboard.empty') }}
      columns={[
        { key: 'project', title: t('dashboard.rnd.projectName'), render: (_, row) => <Link to={`/projects/${row.projectId}`}>{row.projectName}</Link> },
        { key: 'improvementRequests', title: t('dashboard.rnd.improvementRequests'), dataIndex: 'improvementRequests' },
        { key: 'openImprovementRequests', title: t('dashboard.rnd.openImprovementRequests'), dataIndex: 'openImprovementRequests' },
        { key: 'rndHours', title: t('dashboard.rnd.rndHours'), render: (_, row) => format.decimal(row.rndHours) },
        { key: 'thresholdHours', title: t('dashboard.rnd.thresholdHours'), dataIndex: 'thresholdHours' },
        { key: 'bonus', title: t('dashboard.rnd.bonus'), render: (_, row) => <BonusTag afterRndCost={row.bonusAfterRndCost} /> },
      ]}
    />
  );
}
