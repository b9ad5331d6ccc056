import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LoadFailed } from './LoadFailed';

interface Props {
  title: string;
  /** What the viewer may start here, or a count, on the right of the title. */
  extra?: ReactNode;
  hint: string;
  /** Said when the list could not be loaded, with the error and a retry. */
  loadFailed: string;
  error: unknown;
  onRetry(): void;
  /** Wider pages for tables with many columns. */
  wide?: boolean;
  children: ReactNode;
}

/** A page that is one list: its title and action, what it holds, and a failure to load with a retry. */
export function ListPage({ title, extra, hint, loadFailed, error, onRetry, wide = false, children }: Props) {
  return (
    <div className={`list-page${wide ? ' list-page--wide' : ''}`}>
      <Card title={title} extra={extra}>
        <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        {Boolean(error) && <LoadFailed title={loadFailed} error={error} onRetry={onRetry} />}
        {children}
      </Card>
    </div>
  );
}
