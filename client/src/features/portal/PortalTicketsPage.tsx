import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../app/ListPage';
import type { TicketFilter } from '../../gql/graphql';
import { TICKET_STATUSES } from '../tickets/ticket-meta';
import { useLiveTickets } from '../tickets/useLiveTickets';
import { PortalTicketTable } from './PortalTicketTable';
import './portal.css';

type Shown = 'open' | 'all';

/** The customer portal's home: the organisation's tickets (open ones, or all), following their status live; a new one is filed from here. */
export function PortalTicketsPage() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>('open');
  const filter = useMemo<TicketFilter>(() => (shown === 'all' ? { statuses: [...TICKET_STATUSES] } : {}), [shown]);
  const { data, error, loading, refetch } = useLiveTickets(filter);

  return (
    <ListPage
      title={t('portal.title')}
      extra={
        <Link to="/portal/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="portal-new-ticket">
            {t('portal.newTicket')}
          </Button>
        </Link>
      }
      hint={t('portal.hint')}
      loadFailed={t('tickets.loadFailed')}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      <Segmented<Shown>
        className="portal-page__shown"
        value={shown}
        onChange={setShown}
        options={[
          { value: 'open', label: t('portal.shownOpen') },
          { value: 'all', label: t('portal.shownAll') },
        ]}
      />
      <div data-testid="portal-tickets">
        <PortalTicketTable tickets={data?.tickets ?? []} loading={loading && !data} emptyText={t('portal.empty')} />
      </div>
    </ListPage>
  );
}
