import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/errors';
import { useFormatDateTime } from '../../app/format';
import type { ComplaintRowFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { COMPLAINT_STATUS_COLOR, mayDecideComplaints, maySeePerformance } from './complaint-meta';
import { COMPLAINTS } from './complaints.operations';
import { DecideComplaintButtons } from './DecideComplaintButtons';
import { PerformanceCard } from './PerformanceCard';
import './complaints.css';

/** How a complaint was decided: by whom, when, and what they said. */
function Decision({ complaint }: { complaint: ComplaintRowFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!complaint.decidedBy || !complaint.decidedAt) return <Typography.Text type="secondary">{t('complaints.undecided')}</Typography.Text>;
  return (
    <div>
      <div>{complaint.decidedBy.name}</div>
      <Typography.Text type="secondary">{formatDateTime(complaint.decidedAt)}</Typography.Text>
      {complaint.decisionComment && <div className="complaints-page__comment">{complaint.decisionComment}</div>}
    </div>
  );
}

/**
 * Complaints (投诉, 第十三–十四条): managers and the GM see all, others those they filed or that
 * are about them; the PRESALES_MANAGER upholds or dismisses each once. Below, the performance
 * level that upheld complaints lead to.
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const { data, error, loading, refetch } = useQuery(COMPLAINTS, { fetchPolicy: 'cache-and-network' });
  const decides = mayDecideComplaints(me.roles);
  const reload = () => void refetch().catch(() => undefined);

  const columns: TableColumnsType<ComplaintRowFragment> = [
    {
      key: 'title',
      title: t('complaints.complaint'),
      render: (_, complaint) => (
        <div>
          <Typography.Text strong>{complaint.title}</Typography.Text>
          <div className="complaints-page__description">{complaint.description}</div>
        </div>
      ),
    },
    {
      key: 'project',
      title: t('complaints.project'),
      width: 200,
      render: (_, complaint) => (complaint.project ? <Link to={`/projects/${complaint.project.id}`}>{complaint.project.name}</Link> : t('complaints.projectHidden')),
    },
    { key: 'complainant', title: t('complaints.complainant'), width: 110, render: (_, complaint) => complaint.complainant.name },
    { key: 'respondent', title: t('complaints.respondent'), width: 110, render: (_, complaint) => complaint.respondent.name },
    { key: 'createdAt', title: t('complaints.createdAt'), width: 170, render: (_, complaint) => formatDateTime(complaint.createdAt) },
    {
      key: 'status',
      title: t('complaints.status'),
      width: 100,
      render: (_, complaint) => (
        <Tag color={COMPLAINT_STATUS_COLOR[complaint.status]} data-testid={`complaint-status-${complaint.id}`}>
          {t(`complaintStatus.${complaint.status}`)}
        </Tag>
      ),
    },
    {
      key: 'decision',
      title: t('complaints.decision'),
      width: 200,
      render: (_, complaint) =>
        decides && complaint.status === 'FILED' ? <DecideComplaintButtons complaint={complaint} onSettled={reload} /> : <Decision complaint={complaint} />,
    },
  ];

  return (
    <div className="complaints-page">
      <Card title={t('complaints.title')}>
        <Typography.Paragraph type="secondary">{t(decides ? 'complaints.hintManager' : 'complaints.hint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={t('complaints.loadFailed')} description={describeError(t, error)} style={{ marginBottom: 16 }} />}
        <div data-testid="complaints">
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data ? [...data.complaints] : []}
            loading={loading && !data}
            pagination={false}
            locale={{ emptyText: t('complaints.empty') }}
          />
        </div>
      </Card>
      {maySeePerformance(me.roles) && <PerformanceCard />}
    </div>
  );
}
