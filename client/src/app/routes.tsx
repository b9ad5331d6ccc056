import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, createBrowserRouter } from 'react-router';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { BoardPage } from '../features/board/BoardPage';
import { ComplaintsPage } from '../features/complaints/ComplaintsPage';
import { CustomerPage } from '../features/customers/CustomerPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { DashboardGate, DashboardsIndex, DashboardsLayout } from '../features/dashboards/DashboardsLayout';
import { RndDashboardPage } from '../features/dashboards/RndDashboardPage';
import { SatisfactionPage } from '../features/dashboards/SatisfactionPage';
import { ServiceDeskDashboardPage } from '../features/dashboards/ServiceDeskDashboardPage';
import { WorkloadPage } from '../features/dashboards/WorkloadPage';
import { WorkReportsPage } from '../features/dashboards/WorkReportsPage';
import { KnowledgeArticlePage } from '../features/knowledge/KnowledgeArticlePage';
import { KnowledgeListPage } from '../features/knowledge/KnowledgeListPage';
import { KnowledgeNewPage } from '../features/knowledge/KnowledgeNewPage';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { OutboxPage } from '../features/notifications/OutboxPage';
import { TestingPage } from '../features/bug-feedback/TestingPage';
import { PortalNewTicketPage } from '../features/portal/PortalNewTicketPage';
import { PortalOnly } from '../features/portal/PortalOnly';
import { PortalTicketPage } from '../features/portal/PortalTicketPage';
import { PortalTicketsPage } from '../features/portal/PortalTicketsPage';
import { StaffOnly } from '../features/portal/StaffOnly';
import { ApplicationsPage } from '../features/presales-applications/ApplicationsPage';
import { ProjectPage } from '../features/projects/ProjectPage';
import { RndQueuePage } from '../features/rnd/RndQueuePage';
import { SlaAdminPage } from '../features/sla-admin/SlaAdminPage';
import { SurveyLinkPage } from '../features/survey-link/SurveyLinkPage';
import { MyTasksPage } from '../features/tasks/MyTasksPage';
import { TicketIntakePage } from '../features/tickets/TicketIntakePage';
import { TicketPage } from '../features/tickets/TicketPage';
import { TicketQueuePage } from '../features/tickets/TicketQueuePage';
import { TrackingPage } from '../features/tracking/TrackingPage';
import { UninitiatedWorkPage } from '../features/uninitiated-work/UninitiatedWorkPage';
import { WorkOrderPage } from '../features/work-orders/WorkOrderPage';
import { AppShell } from './shell/AppShell';

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('app.pageNotFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backToBoard')}</Button>
        </Link>
      }
    />
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The satisfaction survey mailed to a ticket's contact: public, the token alone lets them answer.
  { path: '/survey/:token', element: <SurveyLinkPage /> },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      // A customer in the portal has the portal's pages only; staff never land there.
      {
        path: 'portal',
        element: <PortalOnly />,
        children: [
          { index: true, element: <PortalTicketsPage /> },
          { path: 'new', element: <PortalNewTicketPage /> },
          { path: 'tickets/:id', element: <PortalTicketPage /> },
        ],
      },
      {
        element: <StaffOnly />,
        children: [
          { index: true, element: <BoardPage /> },
          { path: 'board', element: <BoardPage /> },
          { path: 'projects/:id', element: <ProjectPage /> },
          { path: 'tasks', element: <MyTasksPage /> },
          { path: 'tracking', element: <TrackingPage /> },
          { path: 'approvals', element: <ApprovalsPage /> },
          { path: 'applications', element: <ApplicationsPage /> },
          { path: 'uninitiated', element: <UninitiatedWorkPage /> },
          { path: 'complaints', element: <ComplaintsPage /> },
          { path: 'rnd', element: <RndQueuePage /> },
          { path: 'testing', element: <TestingPage /> },
          { path: 'work-orders/:id', element: <WorkOrderPage /> },
          { path: 'tickets', element: <TicketQueuePage /> },
          { path: 'tickets/new', element: <TicketIntakePage /> },
          { path: 'tickets/:id', element: <TicketPage /> },
          { path: 'knowledge', element: <KnowledgeListPage /> },
          { path: 'knowledge/new', element: <KnowledgeNewPage /> },
          { path: 'knowledge/:id', element: <KnowledgeArticlePage /> },
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/:id', element: <CustomerPage /> },
          {
            path: 'dashboards',
            element: <DashboardsLayout />,
            children: [
              { index: true, element: <DashboardsIndex /> },
              { path: 'service-desk', element: <DashboardGate page="service-desk"><ServiceDeskDashboardPage /></DashboardGate> },
              { path: 'satisfaction', element: <DashboardGate page="satisfaction"><SatisfactionPage /></DashboardGate> },
              { path: 'workload', element: <DashboardGate page="workload"><WorkloadPage /></DashboardGate> },
              { path: 'rnd', element: <DashboardGate page="rnd"><RndDashboardPage /></DashboardGate> },
              { path: 'work-reports', element: <DashboardGate page="work-reports"><WorkReportsPage /></DashboardGate> },
            ],
          },
          { path: 'admin/sla', element: <SlaAdminPage /> },
          { path: 'admin/outbox', element: <OutboxPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'settings/notifications', element: <NotificationSettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
