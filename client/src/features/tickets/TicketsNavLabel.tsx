import { useTranslation } from 'react-i18next';
import { CountedNavLink } from '../../app/shell/CountedNavLink';

/** The header's link to the ticket queue, with how many open tickets are the viewer's or nobody's yet (see useWaitingTicketCount). */
export function TicketsNavLabel({ count }: { count: number }) {
  const { t } = useTranslation();
  return <CountedNavLink to="/tickets" name="tickets" label={t('nav.tickets')} count={count} />;
}
