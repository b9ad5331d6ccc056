import { Breadcrumb, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TicketIntakeForm } from '../tickets/TicketIntakeForm';
import { PortalContactField } from './PortalContactField';
import './portal.css';

/** A customer files a ticket for their organisation; articles that may already answer it are shown while they describe it. */
export function PortalNewTicketPage() {
  const { t } = useTranslation();
  return (
    <div className="portal-page">
      <Breadcrumb className="portal-page__breadcrumb" items={[{ title: <Link to="/portal">{t('nav.portal')}</Link> }, { title: t('portal.newTitle') }]} />
      <Card title={t('portal.newTitle')}>
        <TicketIntakeForm
          portal
          whoFields={<PortalContactField />}
          ticketPath={(id) => `/portal/tickets/${id}`}
          suggestionsTitle={t('portal.suggestionsTitle')}
          suggestionsHint={t('portal.suggestionsHint')}
        />
      </Card>
    </div>
  );
}
