import { useQuery } from '@apollo/client/react';
import { Badge, Breadcrumb, Card, Col, Descriptions, Row, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { RecordPending } from '../../app/RecordPending';
import { ApprovalsTab } from '../approvals/ApprovalsTab';
import { MoveStageMenu } from '../board/MoveStageMenu';
import { StageTag } from '../board/ProjectTags';
import { useLiveBoard } from '../board/useLiveBoard';
import { useMoveStage } from '../board/useMoveStage';
import { DocumentsTab } from '../documents/DocumentsTab';
import { PROJECT_DOCUMENTS } from '../documents/documents.operations';
import { PresenceBar } from '../presence/PresenceBar';
import { RemainingIssuesTab } from '../remaining-issues/RemainingIssuesTab';
import { ReportsTab } from '../reports/ReportsTab';
import { RndTab } from '../rnd/RndTab';
import { PROJECT_RND } from '../rnd/rnd.operations';
import { SupportTab } from '../support-requests/SupportTab';
import { TasksTab } from '../tasks/TasksTab';
import { ProjectTicketsTab } from '../tickets/ProjectTicketsTab';
import { WaiverList } from '../waivers/WaiverList';
import { WaiveStepButton } from '../waivers/WaiveStepButton';
import { InitiationDetails } from './InitiationDetails';
import { MembersTab } from './MembersTab';
import { PROJECT_PAGE } from './project.operations';
import { ProjectMembers } from './ProjectMembers';
import { ProjectTimeline } from './ProjectTimeline';
import { useLiveProjectRecord } from './useLiveProjectRecord';
import './projects.css';

const TABS = ['overview', 'members', 'support', 'tickets', 'reports', 'documents', 'tasks', 'remaining', 'rnd', 'approvals', 'timeline'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab === value);

/**
 * The shared project record: the header, then tabs for the overview (initiation form and
 * members), members and their duties, support requests, service-desk tickets, communication
 * reports, documents, tasks, remaining issues, R&D (version, R&D cost, improvement requests,
 * work orders), approvals and the timeline (waived steps pinned on top). The open tab is in
 * the address (?tab=reports). Everything on it stays live while the page is open.
 */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const formatDateTime = useFormatDateTime();
  const { data, error, refetch } = useQuery(PROJECT_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const documents = useQuery(PROJECT_DOCUMENTS, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const rnd = useQuery(PROJECT_RND, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useLiveBoard(data?.latestSeq);
  const liveReload = useLiveProjectRecord(id, () => Promise.all([refetch(), documents.refetch(), rnd.refetch()]));
  const { move, movingId } = useMoveStage();

  if (!data) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t('project.notFoundTitle')}
        notFoundText={t('project.notFoundText')}
        loadFailed={t('project.loadFailed')}
        onRetry={() => void refetch()}
        notFoundTestId="project-not-found"
      />
    );
  }

  const { project } = data;
  const requestedTab = searchParams.get('tab');
  const activeTab: TabKey = isTab(requestedTab) ? requestedTab : 'overview';
  const openIssues = project.remainingIssues.filter((issue) => issue.status === 'OPEN').length;
  const openRequests = project.supportRequests.filter((request) => request.status !== 'DONE').length;
  const pendingApprovals = project.approvals.filter((approval) => approval.status === 'PENDING').length;
  const openTasks = project.tasks.filter((task) => task.status === 'OPEN').length;
  const projectDocuments = documents.data?.project.documents;
  const underReview = projectDocuments?.filter((document) => document.status === 'SUBMITTED').length ?? 0;
  // The viewer's own changes reload through the live record: the push of such a change is then
  // already on screen and not reloaded a second time (sender echo).
  const reload = liveReload;
  const reloadDocuments = liveReload;
  const reloadRnd = liveReload;
  /** A remaining issue sent to R&D changes both the record and the R&D side. */
  const reloadWithRnd = () => {
    reload();
    reloadRnd();
  };
  const tabLabel = (key: TabKey, text: string, count = 0) => (
    <span data-testid={`tab-${key}`}>
      {text}
      {count > 0 && <Badge count={count} size="small" className="project-page__tab-count" />}
    </span>
  );
  return (
    <div className="project-page" data-testid={`project-${project.id}`} data-stage={project.stage}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/">{t('nav.board')}</Link> }, { title: project.name }]}
      />
      <Card className="project-page__header">
        <div className="project-page__title">
          <Typography.Title level={3}>{project.name}</Typography.Title>
          <StageTag stage={project.stage} />
          <PresenceBar recordType="PROJECT" recordId={project.id} />
          <Space className="project-page__move">
            <WaiveStepButton project={project} waivers={project.waivers} onWaived={reload} />
            <MoveStageMenu project={project} moving={movingId === project.id} onMove={(to) => void move(project, to)} withLabel />
          </Space>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'customer',
              label: t('project.customer'),
              children: (
                <Link to={`/customers/${project.customer.id}`} data-testid="project-customer">
                  {project.customer.name}
                </Link>
              ),
            },
            { key: 'version', label: t('project.version'), children: project.version },
            { key: 'stageChangedAt', label: t('project.stageChangedAt'), children: formatDateTime(project.stageChangedAt) },
            { key: 'createdAt', label: t('project.createdAt'), children: formatDateTime(project.createdAt) },
          ]}
        />
      </Card>
      <Tabs
        className="project-page__tabs"
        activeKey={activeTab}
        onChange={(key) => setSearchParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'overview',
            label: tabLabel('overview', t('project.tabOverview')),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={16}>
                  <InitiationDetails initiation={project.initiation} />
                </Col>
                <Col xs={24} lg={8}>
                  <ProjectMembers members={project.members} />
                </Col>
              </Row>
            ),
          },
          {
            key: 'members',
            label: tabLabel('members', t('project.tabMembers')),
            children: <MembersTab project={project} members={project.members} approvals={project.approvals} reload={reload} />,
          },
          {
            key: 'support',
            label: tabLabel('support', t('project.tabSupport'), openRequests),
            children: <SupportTab projectId={project.id} requests={project.supportRequests} members={project.members} reload={reload} />,
          },
          {
            key: 'tickets',
            label: tabLabel('tickets', t('project.tabTickets'), project.counters.openTickets),
            children: <ProjectTicketsTab project={project} />,
          },
          {
            key: 'reports',
            label: tabLabel('reports', t('project.tabReports')),
            children: <ReportsTab projectId={project.id} reports={project.reports} members={project.members} />,
          },
          {
            key: 'documents',
            label: tabLabel('documents', t('project.tabDocuments'), underReview),
            children: (
              <DocumentsTab
                projectId={project.id}
                supportTypes={project.supportTypes}
                members={project.members}
                documents={projectDocuments}
                loadError={documents.error}
                reload={reloadDocuments}
              />
            ),
          },
          {
            key: 'tasks',
            label: tabLabel('tasks', t('project.tabTasks'), openTasks),
            children: <TasksTab project={project} tasks={project.tasks} members={project.members} reload={reload} />,
          },
          {
            key: 'remaining',
            label: tabLabel('remaining', t('project.tabRemaining'), openIssues),
            children: <RemainingIssuesTab projectId={project.id} issues={project.remainingIssues} members={project.members} reload={reloadWithRnd} />,
          },
          {
            key: 'rnd',
            label: tabLabel('rnd', t('project.tabRnd'), project.counters.openWorkOrders),
            children: <RndTab project={project} members={project.members} rnd={rnd.data?.project} loadError={rnd.error} reload={reloadWithRnd} />,
          },
          {
            key: 'approvals',
            label: tabLabel('approvals', t('project.tabApprovals'), pendingApprovals),
            children: <ApprovalsTab approvals={project.approvals} reload={reload} />,
          },
          {
            key: 'timeline',
            label: tabLabel('timeline', t('project.tabTimeline')),
            children: (
              <>
                <WaiverList waivers={project.waivers} hasOpenProblem={project.hasOpenProblem} />
                <ProjectTimeline events={project.timeline} approvals={project.approvals} />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
