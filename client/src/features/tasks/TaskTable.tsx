import { useMutation } from '@apollo/client/react';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { PromptDialog } from '../../app/forms/PromptDialog';
import { useChange } from '../../app/forms/change';
import type { ProjectTaskItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { isOverdue, TASK_KIND_COLOR, TASK_STATUS_COLOR } from './task-meta';
import { COMPLETE_PROJECT_TASK } from './tasks.operations';
import './tasks.css';

type Task = ProjectTaskItemFragment & { project?: { id: string; name: string } | null };

interface Props {
  tasks: readonly Task[];
  /** The viewer's own tasks across projects: each names its project, and all are the viewer's. */
  mine: boolean;
  loading?: boolean;
  emptyText: string;
  /** After a task is completed (or the attempt refused): reload the list. */
  onChanged(): void;
}

/** Tasks with their due day (overdue ones marked), state and result; the assignee completes an open one here. */
export function TaskTable({ tasks, mine, loading = false, emptyText, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const [completing, setCompleting] = useState<Task | null>(null);
  const change = useChange(onChanged, t('tasks.conflict'));
  const [complete, { loading: saving }] = useMutation(COMPLETE_PROJECT_TASK, { refetchQueries: ['MyTasks'] });

  const project: TableColumnsType<Task>[number] = {
    key: 'project',
    title: t('tasks.project'),
    width: 200,
    render: (_, task) => (task.project ? <Link to={`/projects/${task.project.id}?tab=tasks`}>{task.project.name}</Link> : t('tasks.projectHidden')),
  };
  const assignee: TableColumnsType<Task>[number] = { key: 'assignee', title: t('tasks.assignee'), width: 100, render: (_, task) => task.assignee.name };
  const columns: TableColumnsType<Task> = [
    {
      key: 'kind',
      title: t('tasks.kind'),
      width: 110,
      render: (_, task) => <Tag color={TASK_KIND_COLOR[task.kind]}>{t(`taskKind.${task.kind}`)}</Tag>,
    },
    ...(mine ? [project] : []),
    {
      key: 'description',
      title: t('tasks.description'),
      render: (_, task) => (
        <div>
          <div className="task-table__text">{task.description}</div>
          <Typography.Text type="secondary">{t('tasks.askedBy', { name: task.createdBy.name, at: formatDateTime(task.createdAt) })}</Typography.Text>
        </div>
      ),
    },
    ...(mine ? [] : [assignee]),
    {
      key: 'dueOn',
      title: t('tasks.dueOn'),
      width: 180,
      render: (_, task) =>
        isOverdue(task) ? (
          <span className="task-table__overdue" data-testid={`task-overdue-${task.id}`}>
            {task.dueOn} <Tag color="error">{t('tasks.overdue')}</Tag>
          </span>
        ) : (
          (task.dueOn ?? t('app.none'))
        ),
    },
    {
      key: 'status',
      title: t('tasks.status'),
      width: 220,
      render: (_, task) => (
        <div className="task-table__status" data-testid={`task-status-${task.id}`} data-status={task.status}>
          <Tag color={TASK_STATUS_COLOR[task.status]}>{t(`taskStatus.${task.status}`)}</Tag>
          {task.result && <div className="task-table__text">{task.result}</div>}
          {task.status === 'OPEN' && task.assignee.id === me.id && (
            <Button size="small" type="primary" onClick={() => setCompleting(task)} data-testid={`task-complete-${task.id}`}>
              {t('tasks.complete')}
            </Button>
          )}
        </div>
      ),
    },
  ];

  return (
    <>
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...tasks]}
        loading={loading}
        pagination={false}
        rowClassName={(task) => (isOverdue(task) ? 'task-table__row--overdue' : '')}
        locale={{ emptyText }}
      />
      {completing && (
        <PromptDialog
          name="complete-task"
          title={t('tasks.completeTitle', { kind: t(`taskKind.${completing.kind}`) })}
          intro={completing.description}
          label={t('tasks.result')}
          placeholder={t('tasks.resultPlaceholder')}
          field="result"
          submitLabel={t('tasks.complete')}
          loading={saving}
          onSubmit={(result) => change(() => complete({ variables: { input: { taskId: completing.id, expectedVersion: completing.version, result } } }), t('tasks.completed'))}
          onClose={() => setCompleting(null)}
        />
      )}
    </>
  );
}
