import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../gql/graphql';
import { ARTICLE_STATUS_COLOR } from './knowledge-meta';

/** Where an article stands (draft, reviewed, published); `data-status` carries it for tests. */
export function ArticleStatusTag({ status, testId }: { status: ArticleStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ARTICLE_STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`articleStatus.${status}`)}
    </Tag>
  );
}
