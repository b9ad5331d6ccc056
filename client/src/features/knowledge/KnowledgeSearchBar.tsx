import { Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../gql/graphql';
import { ARTICLE_STATUSES } from './knowledge-meta';

interface Props {
  search: string;
  statuses: readonly ArticleStatus[];
  onSearch(search: string): void;
  onStatuses(statuses: ArticleStatus[]): void;
}

/** The search box (Chinese or English words) and, for staff, the states to show. */
export function KnowledgeSearchBar({ search, statuses, onSearch, onStatuses }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(search);
  return (
    <div className="knowledge-search">
      <Input.Search
        className="knowledge-search__box"
        value={text}
        allowClear
        enterButton={t('knowledge.search')}
        placeholder={t('knowledge.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onSearch(value.trim())}
        data-testid="knowledge-search"
      />
      <Select
        className="knowledge-search__statuses"
        mode="multiple"
        allowClear
        value={[...statuses]}
        placeholder={t('knowledge.allStatuses')}
        options={ARTICLE_STATUSES.map((status) => ({ value: status, label: t(`articleStatus.${status}`) }))}
        onChange={onStatuses}
        data-testid="knowledge-status-filter"
      />
    </div>
  );
}
