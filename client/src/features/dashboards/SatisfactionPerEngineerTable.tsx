import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SatisfactionDashboardQuery } from '../../gql/graphql';
import { useFigureFormat } from './useFigureFormat';

type EngineerSatisfaction = SatisfactionDashboardQuery['satisfactionFigures']['perEngineer'][number];

/** Each engineer's answered surveys and average scores over the period. */
export function SatisfactionPerEngineerTable({ rows, loading }: { rows: readonly EngineerSatisfaction[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <Table<EngineerSatisfaction>
      data-testid="satisfaction-table"
      size="small"
      pagination={false}
      loading={loading}
      rowKey="engineerId"
      dataSource={[...rows]}
      locale={{ emptyText: t('dashboard.empty') }}
      columns={[
        { key: 'engineer', title: t('dashboard.engineer'), dataIndex: 'engineerName' },
        { key: 'answered', title: t('dashboard.satisfactionPage.answered'), dataIndex: 'answered' },
        { key: 'responseSpeed', title: t('dashboard.satisfactionPage.responseSpeed'), render: (_, row) => format.score(row.responseSpeed) },
        { key: 'resolution', title: t('dashboard.satisfactionPage.resolution'), render: (_, row) => format.score(row.resolution) },
        { key: 'professionalism', title: t('dashboard.satisfactionPage.professionalism'), render: (_, row) => format.score(row.professionalism) },
        { key: 'attitude', title: t('dashboard.satisfactionPage.attitude'), render: (_, row) => format.score(row.attitude) },
        { key: 'overall', title: t('dashboard.satisfactionPage.overall'), render: (_, row) => format.score(row.overall) },
      ]}
    />
  );
}
