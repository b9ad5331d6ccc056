import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { KnowledgeArticleRowFragment } from '../../gql/graphql';
import { ArticleStatusTag } from './ArticleStatusTag';

interface Props {
  articles: readonly KnowledgeArticleRowFragment[];
  loading: boolean;
  emptyText: string;
}

/** Articles in the order the server ranked them: title (opens the article), product, state, author, last change. */
export function KnowledgeArticleTable({ articles, loading, emptyText }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<KnowledgeArticleRowFragment> = [
    {
      key: 'title',
      title: t('knowledge.title'),
      render: (_, article) => (
        <Link to={`/knowledge/${article.id}`} data-testid={`knowledge-article-link-${article.id}`}>
          {article.title}
        </Link>
      ),
    },
    { key: 'product', title: t('knowledge.product'), width: 180, render: (_, article) => article.product ?? t('app.none') },
    {
      key: 'status',
      title: t('knowledge.status'),
      width: 110,
      render: (_, article) => <ArticleStatusTag status={article.status} testId={`knowledge-status-${article.id}`} />,
    },
    { key: 'author', title: t('knowledge.author'), width: 120, render: (_, article) => article.author.name },
    { key: 'updatedAt', title: t('knowledge.updatedAt'), width: 180, render: (_, article) => formatDateTime(article.updatedAt) },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...articles]}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      data-testid="knowledge-articles"
    />
  );
}
