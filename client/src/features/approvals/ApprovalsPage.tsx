import { Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../app/ListPage';
import { needsAssignee } from './approval-meta';
import { ApprovalCard } from './ApprovalCard';
import { DecideButtons } from './DecideButtons';
import { useLiveApprovalsInbox } from './useLiveApprovalsInbox';
import './approvals.css';

/** Every approval waiting for the viewer, oldest first, live; each decided right here. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useLiveApprovalsInbox();
  const approvals = data?.approvalsInbox ?? [];
  const reload = () => void refetch().catch(() => undefined);

  return (
    <ListPage
      title={t('approvals.title')}
      extra={data && <Typography.Text type="secondary">{t('approvals.count', { count: approvals.length })}</Typography.Text>}
      hint={t('approvals.hint')}
      loadFailed={t('approvals.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <div data-testid="approvals-inbox">
        {!data && loading ? (
          <Spin description={t('app.loading')} className="list-page__loading" />
        ) : approvals.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approvals.empty')} data-testid="approvals-empty" />
        ) : (
          approvals.map((approval) => (
            <ApprovalCard key={approval.id} approval={approval} showProject actions={<DecideButtons approval={approval} assigns={needsAssignee(approval)} onSettled={reload} />} />
          ))
        )}
      </div>
    </ListPage>
  );
}
