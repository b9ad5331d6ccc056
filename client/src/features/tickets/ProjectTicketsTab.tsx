import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../../app/LoadFailed';
import { TabHead } from '../projects/TabHead';
import { ProjectTicketTable } from './ProjectTicketTable';
import { useLiveProjectTickets } from './useLiveProjectTickets';
import './tickets.css';

interface Props {
  project: { id: string; customer: { id: string } };
}

/**
 * The project's service-desk tickets (工单), newest first, with their live SLA clocks; read on
 * their own (beside the record, under the cost limit) once the tab opens, and live from then on.
 * A new ticket opens the intake form with the project and its customer chosen.
 */
export function ProjectTicketsTab({ project }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useLiveProjectTickets(project.id);
  const tickets = data?.project?.tickets;
  const intake = `/tickets/new?${new URLSearchParams({ projectId: project.id, customerId: project.customer.id }).toString()}`;
  return (
    <div data-testid="project-tickets">
      <TabHead summary={t('tickets.count', { count: tickets?.length ?? 0 })}>
        <Link to={intake}>
          <Button type="primary" icon={<PlusOutlined />} data-testid="project-new-ticket">
            {t('tickets.newTicket')}
          </Button>
        </Link>
      </TabHead>
      {error !== undefined && <LoadFailed title={t('tickets.loadFailed')} error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      <ProjectTicketTable tickets={tickets ?? []} loading={loading && !tickets} />
    </div>
  );
}
