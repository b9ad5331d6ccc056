import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../app/ListPage';
import { EMPTY_QUEUE_FILTER, type QueueFilter, toTicketFilter } from './queue-filter';
import { TicketFilters } from './TicketFilters';
import { TicketTable } from './TicketTable';
import { useLiveTickets } from './useLiveTickets';
import './tickets.css';

/**
 * The engineers' ticket queue (工单队列): the tickets the viewer may work, open ones unless the
 * filter says otherwise, at-risk SLAs first, each with its clocks counting down live; new
 * tickets (from the portal too) and every change arrive without a reload.
 */
export function TicketQueuePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QueueFilter>(EMPTY_QUEUE_FILTER);
  const serverFilter = useMemo(() => toTicketFilter(filter), [filter]);
  const { data, error, loading, refetch } = useLiveTickets(serverFilter);
  const reload = () => void refetch().catch(() => undefined);

  return (
    <ListPage
      wide
      title={t('tickets.queueTitle')}
      extra={
        <div className="ticket-queue__extra">
          {data && <Typography.Text type="secondary">{t('tickets.count', { count: data.tickets.length })}</Typography.Text>}
          <Link to="/tickets/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-ticket">
              {t('tickets.newTicket')}
            </Button>
          </Link>
        </div>
      }
      hint={t('tickets.queueHint')}
      loadFailed={t('tickets.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <TicketFilters value={filter} onChange={setFilter} />
      <div data-testid="ticket-queue">
        <TicketTable tickets={data?.tickets ?? []} loading={loading && !data} emptyText={t('tickets.empty')} />
      </div>
    </ListPage>
  );
}
