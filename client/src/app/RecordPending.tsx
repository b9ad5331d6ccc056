import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, hasErrorCode } from './errors';

interface Props {
  error: unknown;
  /** The record is not there though nothing failed (a query that answers null for what the viewer may not see). */
  notFound?: boolean;
  /** Said when the record does not exist or the viewer may not see it (NOT_FOUND). */
  notFoundTitle: string;
  notFoundText: string;
  /** Said when loading failed for another reason, with a retry. */
  loadFailed: string;
  onRetry(): void;
  /** The test id of the not-found page. */
  notFoundTestId: string;
}

/** A record page before its record is here: loading, not found (or not visible), or failed with a retry; each with a way back to the board. */
export function RecordPending({ error, notFound = false, notFoundTitle, notFoundText, loadFailed, onRetry, notFoundTestId }: Props) {
  const { t } = useTranslation();
  const backToBoard = (
    <Link key="board" to="/">
      <Button type="primary">{t('app.backToBoard')}</Button>
    </Link>
  );
  if (notFound || hasErrorCode(error, 'NOT_FOUND')) {
    return <Result status="404" title={notFoundTitle} subTitle={notFoundText} extra={backToBoard} data-testid={notFoundTestId} />;
  }
  if (error) {
    return (
      <Result
        status="error"
        title={loadFailed}
        subTitle={describeError(t, error)}
        extra={[
          <Button key="retry" onClick={onRetry}>
            {t('app.retry')}
          </Button>,
          backToBoard,
        ]}
      />
    );
  }
  return <Spin size="large" description={t('app.loading')} style={{ margin: '120px auto' }} />;
}
