import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Result, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import type { ProjectCardFragment, ProjectStage } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { InitiateProjectDrawer } from '../projects/InitiateProjectDrawer';
import { mayInitiate } from '../projects/initiation-roles';
import { BOARD } from './board.operations';
import { BoardColumn } from './BoardColumn';
import { STAGES } from './project-meta';
import { ProjectCard } from './ProjectCard';
import { useLiveBoard } from './useLiveBoard';
import { useMoveStage } from './useMoveStage';
import './board.css';

/** Projects per stage, the most recently moved first. */
const byStage = (projects: readonly ProjectCardFragment[]): Map<ProjectStage, ProjectCardFragment[]> =>
  new Map(
    STAGES.map((stage) => [
      stage,
      projects.filter((project) => project.stage === stage).sort((a, b) => b.stageChangedAt.localeCompare(a.stageChangedAt)),
    ]),
  );

export function BoardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, error, refetch } = useQuery(BOARD, { fetchPolicy: 'cache-and-network' });
  useLiveBoard(data?.latestSeq);
  const { move, movingId } = useMoveStage();
  const [dragged, setDragged] = useState<ProjectCardFragment | null>(null);
  const [initiating, setInitiating] = useState(false);
  const columns = useMemo(() => byStage(data?.projects ?? []), [data]);

  if (!data) {
    if (!error) return <Spin size="large" className="board-page__loading" description={t('app.loading')} />;
    return (
      <Result
        status="error"
        title={t('board.loadFailed')}
        subTitle={describeError(t, error)}
        extra={<Button onClick={() => void refetch()}>{t('app.retry')}</Button>}
      />
    );
  }

  return (
    <div className="board-page">
      <div className="board-page__head">
        <Typography.Title level={4} className="board-page__title">
          {t('board.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('board.total', { count: data.projects.length })}</Typography.Text>
        {dragged && <Typography.Text type="secondary">· {t('board.dropHint')}</Typography.Text>}
        {mayInitiate(me.roles) && (
          <Button type="primary" icon={<PlusOutlined />} className="board-page__new" onClick={() => setInitiating(true)} data-testid="new-project">
            {t('board.newProject')}
          </Button>
        )}
      </div>
      <div className="board" data-testid="board">
        {STAGES.map((stage) => {
          const projects = columns.get(stage) ?? [];
          return (
          <BoardColumn
            key={stage}
            stage={stage}
            count={projects.length}
            dropTarget={dragged?.viewerCan.nextStages.includes(stage) ?? false}
            onDrop={() => {
              if (dragged) void move(dragged, stage);
              setDragged(null);
            }}
          >
            {projects.map((project) => (
              <ProjectCard
                key={project.id}
                project={project}
                moving={movingId === project.id}
                onMove={(to) => void move(project, to)}
                onDragStart={() => setDragged(project)}
                onDragEnd={() => setDragged(null)}
              />
            ))}
          </BoardColumn>
          );
        })}
      </div>
      {initiating && <InitiateProjectDrawer mode="initiate" onClose={() => setInitiating(false)} />}
    </div>
  );
}
