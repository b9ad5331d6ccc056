import { BulbOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUGGEST_KNOWLEDGE_ARTICLES } from './tickets.operations';
import { useDebouncedValue } from './useDebouncedValue';

/** Fewer characters than this match too much to help. */
const MIN_TEXT = 4;
const TYPING_PAUSE_MS = 400;

interface Props {
  /** The description as it is being typed. */
  text: string | undefined;
  /** The card's title: for engineers a suggestion to solve it at once, for customers articles that may help. */
  title: string;
  hint: string;
}

/** Published knowledge articles matching the description, looked up once the typing pauses; each opens to its cause and solution. */
export function KnowledgeSuggestions({ text, title, hint }: Props) {
  const { t } = useTranslation();
  const settled = useDebouncedValue((text ?? '').trim(), TYPING_PAUSE_MS);
  const { data, previousData } = useQuery(SUGGEST_KNOWLEDGE_ARTICLES, { variables: { text: settled }, skip: settled.length < MIN_TEXT });
  const articles = settled.length < MIN_TEXT ? [] : (data ?? previousData)?.suggestKnowledgeArticles ?? [];
  if (articles.length === 0) return null;
  return (
    <Card size="small" className="knowledge-suggestions" title={<><BulbOutlined /> {title}</>} data-testid="knowledge-suggestions">
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Collapse
        size="small"
        items={articles.map((article) => ({
          key: article.id,
          label: <span data-testid={`knowledge-suggestion-${article.id}`}>{article.title}</span>,
          children: (
            <div className="knowledge-suggestions__article">
              <Typography.Text type="secondary">{t('tickets.knowledge.cause')}</Typography.Text>
              <div className="ticket-text">{article.cause}</div>
              <Typography.Text type="secondary">{t('tickets.knowledge.solution')}</Typography.Text>
              <div className="ticket-text">{article.solution}</div>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
