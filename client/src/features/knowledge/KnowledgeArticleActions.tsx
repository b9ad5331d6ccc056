import { CheckOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOneClickChange } from '../../app/forms/change';
import type { KnowledgeArticleDetailFragment } from '../../gql/graphql';
import { EditArticleDrawer } from './EditArticleDrawer';
import { PUBLISH_KNOWLEDGE_ARTICLE, REVIEW_KNOWLEDGE_ARTICLE } from './knowledge.operations';

interface Props {
  article: KnowledgeArticleDetailFragment;
  /** After any change (or a refusal, or someone else's change first): reload the article. */
  onChanged(): void;
}

/** Exactly what the server says the viewer may do now (`viewerCan`): edit, review (four eyes), publish. */
export function KnowledgeArticleActions({ article, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const oneClick = useOneClickChange(onChanged, t('knowledge.conflict'));
  const [review, reviewing] = useMutation(REVIEW_KNOWLEDGE_ARTICLE);
  const [publish, publishing] = useMutation(PUBLISH_KNOWLEDGE_ARTICLE);
  const variables = { id: article.id, expectedVersion: article.version };
  const { viewerCan } = article;

  return (
    <Space wrap data-testid="knowledge-actions">
      {viewerCan.edit && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="knowledge-edit">
          {t('knowledge.edit')}
        </Button>
      )}
      {viewerCan.review && (
        <Popconfirm title={t('knowledge.reviewConfirm')} okText={t('knowledge.review')} cancelText={t('app.cancel')} onConfirm={() => oneClick(() => review({ variables }), t('knowledge.reviewed'))}>
          <Button type="primary" icon={<CheckOutlined />} loading={reviewing.loading} data-testid="knowledge-review">
            {t('knowledge.review')}
          </Button>
        </Popconfirm>
      )}
      {viewerCan.publish && (
        <Popconfirm title={t('knowledge.publishConfirm')} okText={t('knowledge.publish')} cancelText={t('app.cancel')} onConfirm={() => oneClick(() => publish({ variables }), t('knowledge.published'))}>
          <Button type="primary" icon={<SendOutlined />} loading={publishing.loading} data-testid="knowledge-publish">
            {t('knowledge.publish')}
          </Button>
        </Popconfirm>
      )}
      {editing && <EditArticleDrawer article={article} onClose={() => setEditing(false)} onSettled={onChanged} />}
    </Space>
  );
}
