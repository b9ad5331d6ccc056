import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiveStatus as Status } from '../live-connection';

const BADGE_STATUS = { live: 'success', connecting: 'processing', reconnecting: 'warning' } as const;

/** The header's dot telling whether board changes arrive live. */
export function LiveStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(status === 'live' ? 'live.liveHint' : 'live.reconnectingHint')}>
      <span className="shell__live" data-testid="live-status" data-state={status === 'live' ? 'live' : 'reconnecting'}>
        <Badge status={BADGE_STATUS[status]} text={t(`live.${status}`)} />
      </span>
    </Tooltip>
  );
}
