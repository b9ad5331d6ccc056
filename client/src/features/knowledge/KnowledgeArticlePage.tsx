import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Card, Col, Descriptions, type DescriptionsProps, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { RecordPending } from '../../app/RecordPending';
import { useCurrentUser } from '../auth/current-user';
import { isPortalUser } from '../portal/portal-meta';
import { ArticleRevisions } from './ArticleRevisions';
import { ArticleSection } from './ArticleSection';
import { ArticleStatusTag } from './ArticleStatusTag';
import { KNOWLEDGE_ARTICLE } from './knowledge.operations';
import { KnowledgeArticleActions } from './KnowledgeArticleActions';
import './knowledge.css';

/**
 * One knowledge article: its text (cause, solution, steps; the internal lessons for staff),
 * where it stands, who wrote, reviewed and published it, the ticket it came from, every
 * revision, and the steps the server says the viewer may take.
 */
export function KnowledgeArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const { data, error, refetch } = useQuery(KNOWLEDGE_ARTICLE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const article = data?.knowledgeArticle;

  if (!article) {
    return (
      <RecordPending
        error={error}
        notFound={data !== undefined}
        notFoundTitle={t('knowledge.notFoundTitle')}
        notFoundText={t('knowledge.notFoundText')}
        loadFailed={t('knowledge.loadFailed')}
        onRetry={() => void refetch()}
        notFoundTestId="knowledge-not-found"
      />
    );
  }

  const reload = () => void refetch().catch(() => undefined);
  const none = t('app.none');
  const items: DescriptionsProps['items'] = [
    { key: 'product', label: t('knowledge.product'), children: article.product ?? none },
    { key: 'author', label: t('knowledge.author'), children: article.author.name },
    { key: 'reviewedBy', label: t('knowledge.reviewedBy'), children: <span data-testid="knowledge-reviewer">{article.reviewedBy?.name ?? none}</span> },
    { key: 'publishedAt', label: t('knowledge.publishedAt'), children: article.publishedAt ? formatDateTime(article.publishedAt) : none },
    { key: 'updatedAt', label: t('knowledge.updatedAt'), children: formatDateTime(article.updatedAt) },
    {
      key: 'sourceTicket',
      label: t('knowledge.sourceTicket'),
      children: article.sourceTicket ? (
        <Link to={`/tickets/${article.sourceTicket.id}`} data-testid="knowledge-source-ticket">
          {t('knowledge.ticketLabel', { number: article.sourceTicket.number, title: article.sourceTicket.title })}
        </Link>
      ) : (
        none
      ),
    },
  ];

  return (
    <div className="knowledge-page" data-testid={`knowledge-article-${article.id}`} data-status={article.status}>
      <Breadcrumb className="knowledge-page__breadcrumb" items={[{ title: <Link to="/knowledge">{t('nav.knowledge')}</Link> }, { title: article.title }]} />
      <Card className="knowledge-page__header">
        <div className="knowledge-page__title">
          <Typography.Title level={3} data-testid="knowledge-title">
            {article.title}
          </Typography.Title>
          <ArticleStatusTag status={article.status} testId="knowledge-status" />
          <div className="knowledge-page__actions">
            <KnowledgeArticleActions article={article} onChanged={reload} />
          </div>
        </div>
        <Typography.Paragraph type="secondary" className="knowledge-page__hint">
          {t(`knowledge.statusHint.${article.status}`)}
        </Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('knowledge.content')}>
            <ArticleSection label={t('knowledge.cause')} text={article.cause} testId="knowledge-cause" />
            <ArticleSection label={t('knowledge.solution')} text={article.solution} testId="knowledge-solution" />
            <ArticleSection label={t('knowledge.steps')} text={article.steps} testId="knowledge-steps" />
          </Card>
          {!isPortalUser(me.roles) && (
            <Card size="small" className="knowledge-page__lessons" title={t('knowledge.lessons')} extra={<Typography.Text type="secondary">{t('knowledge.internal')}</Typography.Text>}>
              <div className="knowledge-page__text" data-testid="knowledge-lessons">
                {article.lessons || <Typography.Text type="secondary">{none}</Typography.Text>}
              </div>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <ArticleRevisions revisions={article.revisions} />
        </Col>
      </Row>
    </div>
  );
}
