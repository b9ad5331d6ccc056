import { Breadcrumb, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { StaffIntakeFields } from './StaffIntakeFields';
import { TicketIntakeForm } from './TicketIntakeForm';
import './tickets.css';

/**
 * Intake (受理) by an engineer: a request taken by phone, email, chat or on site becomes a ticket
 * with its SLA clocks running. Opened from a project (?customerId=…&projectId=…), the customer
 * and the project are chosen already.
 */
export function TicketIntakePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const preset = { customerId: searchParams.get('customerId') ?? undefined, projectId: searchParams.get('projectId') ?? undefined };
  return (
    <div className="ticket-page">
      <Breadcrumb className="ticket-page__breadcrumb" items={[{ title: <Link to="/tickets">{t('nav.tickets')}</Link> }, { title: t('tickets.intake.pageTitle') }]} />
      <Card title={t('tickets.intake.pageTitle')}>
        <TicketIntakeForm
          portal={false}
          whoFields={<StaffIntakeFields />}
          ticketPath={(id) => `/tickets/${id}`}
          suggestionsTitle={t('tickets.knowledge.staffTitle')}
          suggestionsHint={t('tickets.knowledge.staffHint')}
          preset={preset}
        />
      </Card>
    </div>
  );
}
