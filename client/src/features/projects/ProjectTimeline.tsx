import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { ApprovalKind, TimelineEventFragment } from '../../gql/graphql';
import { describeActivity } from './timeline-entry';

interface Props {
  events: readonly TimelineEventFragment[];
  /** The project's approvals, which say what kind each approval event is about. */
  approvals: readonly { id: string; kind: ApprovalKind }[];
}

/** Every change on the project, newest first; an entry about a ticket opens it. */
export function ProjectTimeline({ events, approvals }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />;

  const approvalKinds = new Map(approvals.map((approval) => [approval.id, approval.kind]));
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <div data-testid="timeline">
      <Timeline
        className="project-timeline"
        items={newestFirst.map((event) => {
          const { label, detail, color, link } = describeActivity(t, event, approvalKinds);
          return {
            key: event.seq,
            color,
            content: (
              <div className="project-timeline__entry" data-type={event.type}>
                <div className="project-timeline__title">
                  {link ? (
                    <Link to={link} data-testid={`timeline-link-${event.seq}`}>
                      <strong>{label}</strong>
                    </Link>
                  ) : (
                    <Typography.Text strong>{label}</Typography.Text>
                  )}
                  <Typography.Text type="secondary">{event.actor?.name ?? t('timeline.system')}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(event.createdAt)}</Typography.Text>
                </div>
                {detail && <div className="project-timeline__detail">{detail}</div>}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
