import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, createBrowserRouter } from 'react-router';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { BoardPage } from '../features/board/BoardPage';
import { ComplaintsPage } from '../features/complaints/ComplaintsPage';
import { TestingPage } from '../features/bug-feedback/TestingPage';
import { ApplicationsPage } from '../features/presales-applications/ApplicationsPage';
import { ProjectPage } from '../features/projects/ProjectPage';
import { RndQueuePage } from '../features/rnd/RndQueuePage';
import { MyTasksPage } from '../features/tasks/MyTasksPage';
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
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
