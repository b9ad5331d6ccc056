import { useMutation } from '@apollo/client/react';
import { Alert, Breadcrumb, Button, Card, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useChange } from '../../app/forms/change';
import { useDialogForm } from '../../app/forms/dialog-form';
import { type ArticleFormValues, articleInput, placeArticleProblem } from './article-form';
import { ArticleFields } from './ArticleFields';
import { CREATE_KNOWLEDGE_ARTICLE } from './knowledge.operations';
import './knowledge.css';

/** A new article, written as a draft (revision 1); once saved its page opens, where it is reviewed and published. */
export function KnowledgeNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The page stays until the new article's page replaces it.
  const { form, formError, settle } = useDialogForm<ArticleFormValues>(placeArticleProblem, () => undefined);
  const change = useChange(() => undefined);
  const [create, { loading }] = useMutation(CREATE_KNOWLEDGE_ARTICLE, { refetchQueries: ['KnowledgeArticles'] });

  const write = async (values: ArticleFormValues) => {
    const { data } = await create({ variables: { input: articleInput(values) } });
    if (data) void navigate(`/knowledge/${data.createKnowledgeArticle.id}`);
  };

  return (
    <div className="knowledge-new">
      <Breadcrumb
        className="knowledge-page__breadcrumb"
        items={[{ title: <Link to="/knowledge">{t('nav.knowledge')}</Link> }, { title: t('knowledge.newTitle') }]}
      />
      <Card title={t('knowledge.newTitle')}>
        <Typography.Paragraph type="secondary">{t('knowledge.newIntro')}</Typography.Paragraph>
        {formError && <Alert type="error" showIcon title={formError} className="knowledge-new__error" />}
        <Form
          form={form}
          name="new-article"
          layout="vertical"
          requiredMark="optional"
          onFinish={(values) => void settle(change(() => write(values), t('knowledge.created')))}
          data-testid="new-article-form"
        >
          <ArticleFields />
          <Space className="knowledge-new__footer">
            <Button onClick={() => void navigate('/knowledge')}>{t('app.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="new-article-submit">
              {t('knowledge.create')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
