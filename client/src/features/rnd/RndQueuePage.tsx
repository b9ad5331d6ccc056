import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../app/ListPage';
import { useCurrentUser } from '../auth/current-user';
import { ImprovementTable } from '../improvements/ImprovementTable';
import { WorkOrderTable } from '../work-orders/WorkOrderTable';
import { useLiveRndQueue } from './useLiveRndQueue';
import './rnd.css';

/**
 * R&D's live queue (研发队列): for the RND_MANAGER every fault work order R&D holds and the
 * improvement requests to review or in progress; for an engineer the orders open for claiming
 * and their own work. Each is reviewed, claimed or worked right here.
 */
export function RndQueuePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, error, loading, refetch } = useLiveRndQueue();
  const reload = () => void refetch().catch(() => undefined);
  const manages = me.roles.includes('RND_MANAGER');
  const waiting = !data && loading;

  return (
    <ListPage
      wide
      title={t('rnd.title')}
      extra={data && <Typography.Text type="secondary">{t('rnd.count', { count: data.rndQueue.length + data.improvementQueue.length })}</Typography.Text>}
      hint={t(manages ? 'rnd.managerHint' : 'rnd.engineerHint')}
      loadFailed={t('rnd.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <div data-testid="rnd-queue">
        <Typography.Title level={5}>{t('rnd.workOrders')}</Typography.Title>
        <div data-testid="rnd-work-orders" className="rnd-queue__section">
          <WorkOrderTable orders={data?.rndQueue ?? []} showProject loading={waiting} emptyText={t('rnd.noWorkOrders')} onChanged={reload} />
        </div>
        <Typography.Title level={5}>{t('rnd.improvements')}</Typography.Title>
        <div data-testid="rnd-improvements">
          <ImprovementTable requests={data?.improvementQueue ?? []} showProject responsibleSales={false} loading={waiting} emptyText={t('rnd.noImprovements')} onChanged={reload} />
        </div>
      </div>
    </ListPage>
  );
}
