import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { RemainingIssueRowFragment } from '../../gql/graphql';

type Attempt = RemainingIssueRowFragment['attempts'][number];

/** Every attempt on record, oldest first: what was tried, how it ended, who and when. */
export function IssueAttempts({ attempts }: { attempts: readonly Attempt[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<Attempt> = [
    { key: 'whatWasTried', title: t('remainingIssues.whatWasTried'), className: 'issue-card__text', dataIndex: 'whatWasTried' },
    { key: 'result', title: t('remainingIssues.result'), className: 'issue-card__text', dataIndex: 'result' },
    {
      key: 'succeeded',
      title: t('remainingIssues.outcome'),
      width: 90,
      render: (_, attempt) => <Tag color={attempt.succeeded ? 'success' : 'error'}>{t(attempt.succeeded ? 'remainingIssues.succeeded' : 'remainingIssues.failed')}</Tag>,
    },
    {
      key: 'triedBy',
      title: t('remainingIssues.triedBy'),
      width: 190,
      render: (_, attempt) => (
        <div>
          <div>{attempt.triedBy.name}</div>
          <Typography.Text type="secondary">{formatDateTime(attempt.createdAt)}</Typography.Text>
        </div>
      ),
    },
  ];
  if (attempts.length === 0) return <Typography.Paragraph type="secondary" className="issue-card__section">{t('remainingIssues.noAttempts')}</Typography.Paragraph>;
  return (
    <div className="issue-card__section">
      <Typography.Text type="secondary">{t('remainingIssues.attempts', { count: attempts.length })}</Typography.Text>
      <Table size="small" rowKey="id" className="issue-card__attempts" columns={columns} dataSource={[...attempts]} pagination={false} />
    </div>
  );
}
