import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/errors';

interface Props {
  /** Why it failed to load; undefined when it is simply not there (or not the organisation's). */
  error: unknown;
  onRetry(): void;
}

/** A ticket the portal cannot show: not the organisation's or not there, or it failed to load; each with the way back to the list. */
export function PortalTicketNotFound({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const back = (
    <Link key="back" to="/portal">
      <Button type="primary">{t('portal.backToList')}</Button>
    </Link>
  );
  if (!error) return <Result status="404" title={t('tickets.notFoundTitle')} subTitle={t('portal.notFoundText')} extra={back} data-testid="ticket-not-found" />;
  return (
    <Result
      status="error"
      title={t('tickets.loadFailed')}
      subTitle={describeError(t, error)}
      extra={[
        <Button key="retry" onClick={onRetry}>
          {t('app.retry')}
        </Button>,
        back,
      ]}
    />
  );
}
