import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { SlaClockItemFragment } from '../../gql/graphql';
import { CLOCK_TONE_COLOR, type ClockTone, clockTone } from './sla-clock-look';
import { formatCountdown, formatMinutes } from './sla-time';
import { useNow } from './useNow';

interface Props {
  clock: SlaClockItemFragment;
  ticketId: string;
  /** Larger, on the ticket's own page. */
  large?: boolean;
}

const ICON: Record<ClockTone, ReactNode> = {
  running: <ClockCircleOutlined />,
  warning: <ExclamationCircleOutlined />,
  late: <ExclamationCircleOutlined />,
  paused: <PauseCircleOutlined />,
  met: <CheckCircleOutlined />,
};

/**
 * One SLA clock, live: running, a countdown to its due time that ticks every second and turns
 * to the warning colour once warned and red once due; paused, with why (never a vague
 * "pending"); met, a tick with the business time it took; breached, red with how late.
 */
export function SlaClockTag({ clock, ticketId, large = false }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const now = useNow();
  const tone = clockTone(clock, now);
  const kind = t(`slaKind.${clock.kind}`);
  const used = formatMinutes(t, clock.businessMinutesUsed);
  const untilDue = clock.dueAt ? Date.parse(clock.dueAt) - now : null;

  let text: string;
  if (clock.state === 'PAUSED') text = clock.pauseReason ? t(`slaPause.${clock.pauseReason}`) : t('sla.paused');
  else if (clock.state === 'MET') text = t('sla.met', { used });
  else if (untilDue !== null && untilDue > 0) text = t('sla.left', { time: formatCountdown(t, untilDue) });
  else if (untilDue !== null) text = t('sla.overdue', { time: formatCountdown(t, untilDue) });
  else text = t('sla.breached', { used });

  const details = [
    t('sla.target', { target: formatMinutes(t, clock.targetMinutes) }),
    t('sla.used', { used }),
    clock.dueAt && t('sla.dueAt', { at: formatDateTime(clock.dueAt) }),
    clock.breachedAt && t('sla.breachedAt', { at: formatDateTime(clock.breachedAt) }),
    clock.stoppedAt && t('sla.stoppedAt', { at: formatDateTime(clock.stoppedAt) }),
  ].filter((line): line is string => Boolean(line));

  return (
    <Tooltip title={<div className="sla-clock__details">{details.map((line) => <div key={line}>{line}</div>)}</div>}>
      <Tag
        color={CLOCK_TONE_COLOR[tone]}
        icon={ICON[tone]}
        className={`sla-clock${large ? ' sla-clock--large' : ''}`}
        data-testid={`sla-clock-${clock.kind}-${ticketId}`}
        data-state={clock.state}
        data-tone={tone}
      >
        <span className="sla-clock__kind">{kind}</span>
        <span className="sla-clock__text">{text}</span>
      </Tag>
    </Tooltip>
  );
}
