import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';

/** A list that could not be loaded: what failed, why, and a retry. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      className="load-failed"
      title={title}
      description={describeError(t, error)}
      action={<Button onClick={onRetry}>{t('app.retry')}</Button>}
    />
  );
}
