import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStage, SupportType } from '../../gql/graphql';
import { STAGE_COLOR, SUPPORT_TYPES } from './project-meta';

export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLOR[stage].tag}>
      {t(`stage.${stage}`)}
    </Tag>
  );
}

/** Support types in their regulation order, whatever order the server sent. */
export function SupportTypeTags({ types }: { types: readonly SupportType[] }) {
  const { t } = useTranslation();
  return SUPPORT_TYPES.filter((type) => types.includes(type)).map((type) => (
    <Tag key={type} variant="filled">
      {t(`supportType.${type}`)}
    </Tag>
  ));
}
