import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveApprovalsInbox } from './useLiveApprovalsInbox';
import './approvals.css';

/** The header's link to the inbox, with how many approvals wait for the viewer, live. */
export function ApprovalsNavLabel() {
  const { t } = useTranslation();
  const { data } = useLiveApprovalsInbox();
  const count = data?.approvalsInbox.length ?? 0;
  return (
    <Link to="/approvals" data-testid="nav-approvals" data-count={count}>
      {t('nav.approvals')}
      <Badge count={count} size="small" className="approvals-nav__count" data-testid="approvals-count" />
    </Link>
  );
}
