import { SolutionOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../app/ListPage';
import { useCurrentUser } from '../auth/current-user';
import { InitiateProjectDrawer } from '../projects/InitiateProjectDrawer';
import { ApplicationCard } from './ApplicationCard';
import { mayApply } from './application-meta';
import { PRESALES_APPLICATIONS } from './presales-applications.operations';
import './presales-applications.css';

/** The approvers' decisions are not pushed to the applicant: the list is asked for again this often. */
const POLL_MS = 30_000;

/**
 * Pre-sales support applications (售前技术支持申请): a sales applies for an engineer before a
 * project has one and follows the approval (SALES_DIRECTOR → PRESALES_MANAGER, who assigns the
 * engineer and so initiates the project); the directors and managers see every application.
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [applying, setApplying] = useState(false);
  const { data, error, loading, refetch } = useQuery(PRESALES_APPLICATIONS, { fetchPolicy: 'cache-and-network', pollInterval: POLL_MS });
  const applications = data?.presalesApplications ?? [];
  const reload = () => void refetch().catch(() => undefined);

  return (
    <ListPage
      title={t('applications.title')}
      extra={
        mayApply(me.roles) && (
          <Button type="primary" icon={<SolutionOutlined />} onClick={() => setApplying(true)} data-testid="apply-for-support">
            {t('applications.apply')}
          </Button>
        )
      }
      hint={t('applications.hint')}
      loadFailed={t('applications.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <div data-testid="applications">
        {!data && loading ? (
          <Spin description={t('app.loading')} className="list-page__loading" />
        ) : applications.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.empty')} />
        ) : (
          applications.map((application) => <ApplicationCard key={application.id} application={application} />)
        )}
      </div>
      {applying && <InitiateProjectDrawer mode="apply" onClose={() => setApplying(false)} onApplied={reload} />}
    </ListPage>
  );
}
