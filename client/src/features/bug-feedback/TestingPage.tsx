import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { ListPage } from '../../app/ListPage';
import type { BugFeedbackItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { versionName } from '../versions/version-meta';
import { VersionsCard } from '../versions/VersionsCard';
import { FEEDBACK_KIND_COLOR, FEEDBACK_STATUS_COLOR } from './feedback-meta';
import { FeedbackActions } from './FeedbackActions';
import { useLiveBugFeedback } from './useLiveBugFeedback';
import './bug-feedback.css';

type Feedback = BugFeedbackItemFragment;

/**
 * The testers' live queue (测试队列) of internal bug feedback, oldest first, which every
 * pre-sales is copied on: testers reproduce, link the fix version and verify it here, and keep
 * the product versions (registering builds, confirming tested mainline builds).
 */
export function TestingPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const { data, error, loading, refetch } = useLiveBugFeedback();
  const reload = () => void refetch().catch(() => undefined);
  const testing = me.roles.includes('TESTER');
  const none = t('app.none');

  const columns: TableColumnsType<Feedback> = [
    {
      key: 'title',
      title: t('feedback.title'),
      render: (_, feedback) => (
        <div>
          <Tag color={FEEDBACK_KIND_COLOR[feedback.kind]}>{t(`feedbackKind.${feedback.kind}`)}</Tag>
          <Typography.Text strong>{feedback.title}</Typography.Text>
          <div className="feedback__text">{feedback.description}</div>
        </div>
      ),
    },
    {
      key: 'project',
      title: t('feedback.project'),
      width: 170,
      render: (_, feedback) => (feedback.project ? <Link to={`/projects/${feedback.project.id}`}>{feedback.project.name}</Link> : none),
    },
    {
      key: 'reportedBy',
      title: t('feedback.reportedBy'),
      width: 170,
      render: (_, feedback) => (
        <div>
          <div>{feedback.reportedBy.name}</div>
          <Typography.Text type="secondary">{formatDateTime(feedback.createdAt)}</Typography.Text>
        </div>
      ),
    },
    { key: 'foundIn', title: t('feedback.foundIn'), width: 150, render: (_, feedback) => (feedback.foundIn ? versionName(feedback.foundIn) : none) },
    {
      key: 'status',
      title: t('feedback.status'),
      width: 220,
      render: (_, feedback) => (
        <div className="feedback__status" data-testid={`feedback-status-${feedback.id}`} data-status={feedback.status}>
          <Tag color={FEEDBACK_STATUS_COLOR[feedback.status]}>{t(`feedbackStatus.${feedback.status}`)}</Tag>
          {feedback.fixVersion && <span>{t('feedback.fixedIn', { version: versionName(feedback.fixVersion) })}</span>}
          {feedback.testerNotes && (
            <Typography.Text type="secondary" className="feedback__text">
              {t('feedback.notesBy', { name: feedback.tester?.name ?? none, notes: feedback.testerNotes })}
            </Typography.Text>
          )}
        </div>
      ),
    },
  ];
  if (testing) columns.push({ key: 'actions', title: t('feedback.actions'), width: 200, render: (_, feedback) => <FeedbackActions feedback={feedback} onChanged={reload} /> });

  return (
    <ListPage
      wide
      title={t('feedback.queueTitle')}
      extra={data && <Typography.Text type="secondary">{t('feedback.count', { count: data.bugFeedback.length })}</Typography.Text>}
      hint={t(testing ? 'feedback.testerHint' : 'feedback.copiedHint')}
      loadFailed={t('feedback.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <div data-testid="testing-queue">
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data ? [...data.bugFeedback] : []}
          loading={loading && !data}
          pagination={false}
          locale={{ emptyText: t('feedback.empty') }}
        />
      </div>
      <VersionsCard testing={testing} />
    </ListPage>
  );
}
