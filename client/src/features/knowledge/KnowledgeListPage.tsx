import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPage } from '../../app/ListPage';
import type { ArticleStatus } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { KNOWLEDGE_ARTICLES } from './knowledge.operations';
import { ARTICLE_LIST_LIMIT, isArticleStatus, mayWriteArticles } from './knowledge-meta';
import { KnowledgeArticleTable } from './KnowledgeArticleTable';
import { KnowledgeSearchBar } from './KnowledgeSearchBar';
import './knowledge.css';

/**
 * The knowledge base (知识库): articles newest first, or ranked by relevance to a search in
 * Chinese or English; staff choose which states to see. The search is in the address
 * (?q=…&status=DRAFT), so a result can be shared and comes back on "back".
 */
export function KnowledgeListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const statuses = searchParams.getAll('status').filter(isArticleStatus);
  const { data, previousData, error, loading, refetch } = useQuery(KNOWLEDGE_ARTICLES, {
    variables: { search: search || null, statuses: statuses.length > 0 ? statuses : null, limit: ARTICLE_LIST_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const articles = (data ?? previousData)?.knowledgeArticles;

  const show = (next: { q: string; status: readonly ArticleStatus[] }) =>
    setSearchParams({ ...(next.q ? { q: next.q } : {}), status: [...next.status] }, { replace: true });

  return (
    <ListPage
      wide
      title={t('knowledge.listTitle')}
      extra={
        mayWriteArticles(me.roles) && (
          <Link to="/knowledge/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="knowledge-new">
              {t('knowledge.new')}
            </Button>
          </Link>
        )
      }
      hint={t('knowledge.listHint')}
      loadFailed={t('knowledge.loadFailed')}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      <KnowledgeSearchBar
        key={search}
        search={search}
        statuses={statuses}
        onSearch={(q) => show({ q, status: statuses })}
        onStatuses={(status) => show({ q: search, status })}
      />
      <KnowledgeArticleTable
        articles={articles ?? []}
        loading={loading}
        emptyText={search ? t('knowledge.noMatch', { search }) : t('knowledge.empty')}
      />
    </ListPage>
  );
}
