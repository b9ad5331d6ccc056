import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TicketRowFragment } from '../../gql/graphql';
import { TicketPriorityTag } from './TicketPriorityTag';
import { TicketStatusTag } from './TicketStatusTag';

interface Props {
  ticket: Pick<TicketRowFragment, 'number' | 'title' | 'status' | 'priority'>;
  /** More tags after the priority (the staff's tier). */
  tags?: ReactNode;
  /** What the viewer may do, on the right. */
  actions: ReactNode;
}

/** A ticket page's title line: number, title, status and priority, and the viewer's actions. */
export function TicketTitle({ ticket, tags, actions }: Props) {
  return (
    <div className="ticket-page__title">
      <Tag variant="outlined" data-testid="ticket-number">
        {ticket.number}
      </Tag>
      <Typography.Title level={3}>{ticket.title}</Typography.Title>
      <TicketStatusTag status={ticket.status} testId="ticket-status" />
      <TicketPriorityTag priority={ticket.priority} />
      {tags}
      <div className="ticket-page__actions">{actions}</div>
    </div>
  );
}
