import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** One part of an article's text (cause, solution, steps, lessons), as written. */
export function ArticleSection({ label, text, testId }: { label: string; text: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="knowledge-page__section">
      <Typography.Title level={5}>{label}</Typography.Title>
      <div className="knowledge-page__text" data-testid={testId}>
        {text || <Typography.Text type="secondary">{t('app.none')}</Typography.Text>}
      </div>
    </div>
  );
}
