import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../app/LoadFailed';
import { useCurrentUser } from '../auth/current-user';
import { CalendarsCard } from './CalendarsCard';
import { PoliciesCard } from './PoliciesCard';
import { SLA_ADMIN } from './sla-admin.operations';
import { mayAdministerSla } from './sla-admin-meta';
import './sla-admin.css';

/**
 * SLA settings (SPEC §7): the business calendars clocks count on and the policies with their
 * targets per priority. The administrator keeps them; other staff may read them.
 */
export function SlaAdminPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const editable = mayAdministerSla(me.roles);
  const { data, error, loading, refetch } = useQuery(SLA_ADMIN, { fetchPolicy: 'cache-and-network' });
  const reload = () => void refetch().catch(() => undefined);
  const calendars = data?.businessCalendars ?? [];

  return (
    <div className="sla-admin" data-testid="sla-admin" data-editable={editable}>
      <Typography.Title level={3}>{t('slaAdmin.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{editable ? t('slaAdmin.hint') : t('slaAdmin.readOnlyHint')}</Typography.Paragraph>
      {error && <LoadFailed title={t('slaAdmin.loadFailed')} error={error} onRetry={reload} />}
      <PoliciesCard policies={data?.slaPolicies ?? []} calendars={calendars} loading={loading && !data} editable={editable} onChanged={reload} />
      <CalendarsCard calendars={calendars} loading={loading && !data} editable={editable} onChanged={reload} />
    </div>
  );
}
