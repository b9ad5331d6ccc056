import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LoadFailed } from '../../app/LoadFailed';

interface DashboardPageFrameProps {
  /** Test id of the page. */
  testId: string;
  title: string;
  hint: string;
  filters: ReactNode;
  /** Whose figures these are, for a viewer who sees their own only. */
  scope?: string;
  /** What failed to load, with its title; nothing when all loaded. */
  failure?: { title: string; error: Error | undefined; retry(): void };
  children: ReactNode;
}

/** What every dashboard page has: a title, what it shows, its filters, whose figures they are, a load failure with a retry, then its figures. */
export function DashboardPageFrame({ testId, title, hint, filters, scope, failure, children }: DashboardPageFrameProps) {
  return (
    <div className="dashboard" data-testid={testId}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {filters}
      {scope && <Alert type="info" showIcon title={scope} data-testid="dashboard-scope" />}
      {failure?.error && <LoadFailed title={failure.title} error={failure.error} onRetry={failure.retry} />}
      {children}
    </div>
  );
}
