import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../app/ListPage';
import { TaskTable } from './TaskTable';
import { useMyTasks } from './useMyTasks';

/** The viewer's open tasks across their projects, soonest due first; each completed right here. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useMyTasks();
  const reload = () => void refetch().catch(() => undefined);

  return (
    <ListPage
      title={t('tasks.myTitle')}
      extra={data && <Typography.Text type="secondary">{t('tasks.openCount', { count: data.myTasks.length })}</Typography.Text>}
      hint={t('tasks.myHint')}
      loadFailed={t('tasks.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <div data-testid="my-tasks">
        <TaskTable tasks={data?.myTasks ?? []} mine loading={loading && !data} emptyText={t('tasks.myEmpty')} onChanged={reload} />
      </div>
    </ListPage>
  );
}
