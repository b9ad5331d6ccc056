import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { RemainingIssueRowFragment } from '../../gql/graphql';
import { ISSUE_STATUS_COLOR } from './report-meta';
import './reports.css';

/** The project's remaining issues (遗留问题), which its first pre-sales must drive. */
export function RemainingIssuesTab({ issues }: { issues: readonly RemainingIssueRowFragment[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<RemainingIssueRowFragment> = [
    { key: 'description', title: t('remainingIssues.description'), dataIndex: 'description', className: 'remaining-issues__description' },
    {
      key: 'status',
      title: t('remainingIssues.status'),
      width: 110,
      render: (_, issue) => <Tag color={ISSUE_STATUS_COLOR[issue.status]}>{t(`remainingStatus.${issue.status}`)}</Tag>,
    },
    { key: 'owner', title: t('remainingIssues.owner'), width: 160, render: (_, issue) => issue.owner.name },
    { key: 'createdAt', title: t('remainingIssues.createdAt'), width: 200, render: (_, issue) => formatDateTime(issue.createdAt) },
  ];
  return (
    <div data-testid="remaining-issues">
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...issues]}
        pagination={false}
        locale={{ emptyText: t('remainingIssues.empty') }}
      />
    </div>
  );
}
