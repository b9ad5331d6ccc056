import { CloudUploadOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectMemberRole, ProjectStage, ProjectTaskItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { TabHead } from '../projects/TabHead';
import { RequestTaskModal } from './RequestTaskModal';
import { mayRequestInfo, mayRequestUpgrade } from './task-meta';
import { TaskTable } from './TaskTable';

interface TasksTabProps {
  project: { id: string; stage: ProjectStage };
  tasks: readonly ProjectTaskItemFragment[];
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  reload(): void;
}

/** The project's tasks, newest first: information requests to the sales and after-sales upgrades. */
export function TasksTab({ project, tasks, members, reload }: TasksTabProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [asking, setAsking] = useState<'INFO' | 'UPGRADE' | null>(null);

  return (
    <div data-testid="project-tasks">
      <TabHead summary={t('tasks.count', { count: tasks.length })}>
        {mayRequestInfo(members, me.id) && (
          <Button icon={<QuestionCircleOutlined />} onClick={() => setAsking('INFO')} data-testid="request-info">
            {t('tasks.requestInfo')}
          </Button>
        )}
        {mayRequestUpgrade(project.stage, members, me) && (
          <Button icon={<CloudUploadOutlined />} onClick={() => setAsking('UPGRADE')} data-testid="request-upgrade">
            {t('tasks.requestUpgrade')}
          </Button>
        )}
      </TabHead>
      <TaskTable tasks={tasks} mine={false} emptyText={t('tasks.empty')} onChanged={reload} />
      {asking && <RequestTaskModal projectId={project.id} ask={asking} onClose={() => setAsking(null)} onRequested={reload} />}
    </div>
  );
}
