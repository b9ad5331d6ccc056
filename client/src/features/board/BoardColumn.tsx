import { Empty } from 'antd';
import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '../../gql/graphql';
import { STAGE_COLOR } from './project-meta';

interface Props {
  stage: ProjectStage;
  count: number;
  /** A card being dragged may move here (the server listed this stage in its nextStages). */
  dropTarget: boolean;
  onDrop(): void;
  children: ReactNode;
}

export function BoardColumn({ stage, count, dropTarget, onDrop, children }: Props) {
  const { t } = useTranslation();
  const accent = STAGE_COLOR[stage].accent;

  const allowDrop = (event: DragEvent) => {
    if (!dropTarget) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const drop = (event: DragEvent) => {
    if (!dropTarget) return;
    event.preventDefault();
    onDrop();
  };

  return (
    <section
      className={`board-column${dropTarget ? ' board-column--drop-target' : ''}`}
      style={{ borderTopColor: accent, ...(dropTarget && { outlineColor: accent }) }}
      data-testid={`column-${stage}`}
      onDragOver={allowDrop}
      onDrop={drop}
    >
      <header className="board-column__head">
        <span className="board-column__dot" style={{ background: accent }} />
        <span className="board-column__title">{t(`stage.${stage}`)}</span>
        <span className="board-column__count" data-testid={`count-${stage}`}>
          {count}
        </span>
      </header>
      <div className="board-column__body">
        {count === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.emptyColumn')} /> : children}
      </div>
    </section>
  );
}
