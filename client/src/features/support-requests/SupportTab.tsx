import { CustomerServiceOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectMemberRole, SupportRequestItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { partiesOf } from './support-flow';
import { RequestSupportModal } from './RequestSupportModal';
import { SupportRequestCard } from './SupportRequestCard';
import './support-requests.css';

interface SupportTabProps {
  projectId: string;
  requests: readonly SupportRequestItemFragment[];
  members: readonly { role: ProjectMemberRole; user: { id: string; name: string } }[];
  /** Reloads the record: after a request is made, or when what is on screen turned out stale. */
  reload(): void;
}

/** The project's support requests (第五–七条), newest first, live for the sales and both pre-sales. */
export function SupportTab({ projectId, requests, members, reload }: SupportTabProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [requesting, setRequesting] = useState(false);
  const parties = partiesOf(members, me);

  return (
    <div className="support-tab" data-testid="support-requests">
      <div className="support-tab__head">
        <Typography.Text type="secondary">{t('support.count', { count: requests.length })}</Typography.Text>
        {parties.has('SALES') && (
          <Button type="primary" icon={<CustomerServiceOutlined />} onClick={() => setRequesting(true)} className="support-tab__request" data-testid="request-support">
            {t('support.request')}
          </Button>
        )}
      </div>
      {requests.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('support.empty')} />
      ) : (
        requests.map((request) => <SupportRequestCard key={request.id} request={request} members={members} parties={parties} onStale={reload} />)
      )}
      {requesting && <RequestSupportModal projectId={projectId} onClose={() => setRequesting(false)} onRequested={reload} />}
    </div>
  );
}
