import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The line above a tab's list: what it holds, and on the right what the viewer may start. */
export function TabHead({ summary, children }: { summary: string; children?: ReactNode }) {
  return (
    <div className="tab-head">
      <Typography.Text type="secondary">{summary}</Typography.Text>
      <div className="tab-head__actions">{children}</div>
    </div>
  );
}
