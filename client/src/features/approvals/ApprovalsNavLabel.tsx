import { useTranslation } from 'react-i18next';
import { CountedNavLink } from '../../app/shell/CountedNavLink';
import { useLiveApprovalsInbox } from './useLiveApprovalsInbox';

/** The header's link to the inbox, with how many approvals wait for the viewer, live. */
export function ApprovalsNavLabel() {
  const { t } = useTranslation();
  const { data } = useLiveApprovalsInbox();
  return <CountedNavLink to="/approvals" name="approvals" label={t('nav.approvals')} count={data?.approvalsInbox.length ?? 0} />;
}
