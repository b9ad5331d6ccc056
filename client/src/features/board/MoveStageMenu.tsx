import { SwapOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectCardFragment, ProjectStage } from '../../gql/graphql';
import { STAGE_COLOR } from './project-meta';

interface Props {
  project: ProjectCardFragment;
  moving: boolean;
  onMove(to: ProjectStage): void;
  /** Show the word next to the icon (the project page); cards show the icon only. */
  withLabel?: boolean;
}

/** The stages the server says the viewer may move the project to now; nothing when there are none. */
export function MoveStageMenu({ project, moving, onMove, withLabel = false }: Props) {
  const { t } = useTranslation();
  const stages = project.viewerCan.nextStages;
  if (stages.length === 0) return null;
  return (
    <Dropdown
      trigger={['click']}
      destroyOnHidden
      menu={{
        items: [
          {
            type: 'group',
            label: t('board.moveTo'),
            children: stages.map((stage) => ({
              key: stage,
              label: (
                <span data-testid={`move-to-${stage}`}>
                  <Badge color={STAGE_COLOR[stage].accent} text={t(`stage.${stage}`)} />
                </span>
              ),
            })),
          },
        ],
        onClick: ({ key }) => {
          const stage = stages.find((candidate) => candidate === key);
          if (stage) onMove(stage);
        },
      }}
    >
      <Button
        size="small"
        type={withLabel ? 'default' : 'text'}
        icon={<SwapOutlined />}
        loading={moving}
        title={t('board.move')}
        aria-label={t('board.move')}
        data-testid={`move-${project.id}`}
      >
        {withLabel && t('board.move')}
      </Button>
    </Dropdown>
  );
}
