import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkloadDashboardQuery } from '../../gql/graphql';
import { PerformanceLevelTag } from './PerformanceLevelTag';

export type EngineerWorkload = WorkloadDashboardQuery['workloadFigures'][number];

/** A count that should be zero (late or missing reports): in red when it is not. */
function Flagged({ count }: { count: number }) {
  return count > 0 ? (
    <Typography.Text type="danger" strong>
      {count}
    </Typography.Text>
  ) : (
    <>{count}</>
  );
}

/** Each engineer's workload over the period: tickets, projects, tracking, reports, complaints and performance level. */
export function WorkloadTable({ rows, loading }: { rows: readonly EngineerWorkload[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<EngineerWorkload>
      data-testid="workload-table"
      size="small"
      pagination={false}
      loading={loading}
      rowKey="engineerId"
      dataSource={[...rows]}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dashboard.empty') }}
      columns={[
        { key: 'engineer', title: t('dashboard.engineer'), dataIndex: 'engineerName', fixed: 'left' },
        { key: 'openTickets', title: t('dashboard.workload.openTickets'), dataIndex: 'openTickets' },
        { key: 'firstPresalesProjects', title: t('dashboard.workload.firstPresalesProjects'), dataIndex: 'firstPresalesProjects' },
        { key: 'secondPresalesProjects', title: t('dashboard.workload.secondPresalesProjects'), dataIndex: 'secondPresalesProjects' },
        { key: 'trackingEntries', title: t('dashboard.workload.trackingEntries'), dataIndex: 'trackingEntries' },
        { key: 'reportsFiled', title: t('dashboard.workload.reportsFiled'), dataIndex: 'reportsFiled' },
        { key: 'reportsLate', title: t('dashboard.workload.reportsLate'), render: (_, row) => <Flagged count={row.reportsLate} /> },
        { key: 'reportsMissing', title: t('dashboard.workload.reportsMissing'), render: (_, row) => <Flagged count={row.reportsMissing} /> },
        { key: 'complaintsFiled', title: t('dashboard.workload.complaintsFiled'), dataIndex: 'complaintsFiled' },
        { key: 'complaintsUpheld', title: t('dashboard.workload.complaintsUpheld'), dataIndex: 'complaintsUpheld' },
        { key: 'performanceLevel', title: t('dashboard.workload.performanceLevel'), render: (_, row) => <PerformanceLevelTag level={row.performanceLevel} /> },
      ]}
    />
  );
}
