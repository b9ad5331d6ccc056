import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { KnowledgeArticleDetailFragment } from '../../gql/graphql';

/** Every saved text of the article, newest on top: its number, who saved it and when. */
export function ArticleRevisions({ revisions }: { revisions: KnowledgeArticleDetailFragment['revisions'] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const newestFirst = [...revisions].sort((a, b) => b.number - a.number);
  return (
    <Card size="small" title={t('knowledge.revisions')} data-testid="knowledge-revisions">
      {newestFirst.length === 0 ? (
        <Typography.Text type="secondary">{t('knowledge.noRevisions')}</Typography.Text>
      ) : (
        <Timeline
          items={newestFirst.map((revision) => ({
            key: revision.id,
            content: (
              <div data-testid={`knowledge-revision-${revision.number}`}>
                <Typography.Text strong>{t('knowledge.revisionNumber', { number: revision.number })}</Typography.Text>{' '}
                <Typography.Text type="secondary">{formatDateTime(revision.createdAt)}</Typography.Text>
                <div>{t('knowledge.revisionBy', { name: revision.editedBy.name, title: revision.title })}</div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
