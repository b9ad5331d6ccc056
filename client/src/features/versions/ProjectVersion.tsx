import { SwapOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductVersionItemFragment } from '../../gql/graphql';
import { UseVersionDialog } from './UseVersionDialog';
import { VERSION_KIND_COLOR, versionName } from './version-meta';
import './versions.css';

interface Props {
  project: { id: string; name: string; version: number; viewerCan: { moveStage: boolean } };
  current: ProductVersionItemFragment | null | undefined;
  onChanged(): void;
}

/** The product version the project uses; those who drive its stages (the server's `moveStage`) choose another. */
export function ProjectVersion({ project, current, onChanged }: Props) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  return (
    <div className="project-version" data-testid="project-version" data-version={current?.id ?? ''}>
      <Typography.Text type="secondary">{t('versions.projectUses')}</Typography.Text>
      {current ? (
        <>
          <Typography.Text strong>{versionName(current)}</Typography.Text>
          <Tag color={VERSION_KIND_COLOR[current.kind]}>{t(`versionKind.${current.kind}`)}</Tag>
        </>
      ) : (
        <Typography.Text type="secondary">{t('versions.noVersion')}</Typography.Text>
      )}
      {project.viewerCan.moveStage && (
        <Button size="small" icon={<SwapOutlined />} onClick={() => setChoosing(true)} data-testid="use-version">
          {t('versions.use')}
        </Button>
      )}
      {choosing && <UseVersionDialog project={project} currentId={current?.id} onClose={() => setChoosing(false)} onChosen={onChanged} />}
    </div>
  );
}
