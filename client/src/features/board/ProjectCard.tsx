import { BankOutlined, SolutionOutlined, UserOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectCardFragment, ProjectStage } from '../../gql/graphql';
import { MoveStageMenu } from './MoveStageMenu';
import { ProjectCounters } from './ProjectCounters';
import { SupportTypeTags } from './ProjectTags';

interface Props {
  project: ProjectCardFragment;
  moving: boolean;
  onMove(to: ProjectStage): void;
  onDragStart(): void;
  onDragEnd(): void;
}

export function ProjectCard({ project, moving, onMove, onDragStart, onDragEnd }: Props) {
  const { t } = useTranslation();
  const draggable = project.viewerCan.nextStages.length > 0 && !moving;
  const presales = [project.firstPresales.name, project.secondPresales?.name].filter(Boolean).join(' / ');

  const startDrag = (event: DragEvent) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', project.id);
    onDragStart();
  };

  return (
    <article
      className={`project-card${draggable ? ' project-card--draggable' : ''}`}
      data-testid={`card-${project.id}`}
      data-stage={project.stage}
      draggable={draggable}
      onDragStart={draggable ? startDrag : undefined}
      onDragEnd={onDragEnd}
    >
      <header className="project-card__head">
        <Link to={`/projects/${project.id}`} className="project-card__name" draggable={false}>
          {project.name}
        </Link>
        <MoveStageMenu project={project} moving={moving} onMove={onMove} />
      </header>
      <div className="project-card__line">
        <Tooltip title={t('board.customer')}>
          <BankOutlined />
        </Tooltip>
        <Typography.Text ellipsis>{project.customer.name}</Typography.Text>
      </div>
      <div className="project-card__line">
        <Tooltip title={t('board.sales')}>
          <UserOutlined />
        </Tooltip>
        <span>{project.responsibleSales.name}</span>
        <Tooltip title={t('board.presales')}>
          <SolutionOutlined className="project-card__presales-icon" />
        </Tooltip>
        <Typography.Text ellipsis>{presales}</Typography.Text>
      </div>
      <ProjectCounters project={project} />
      {project.supportTypes.length > 0 && (
        <div className="project-card__tags">
          <SupportTypeTags types={project.supportTypes} />
        </div>
      )}
    </article>
  );
}
