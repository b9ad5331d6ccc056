import { LockOutlined } from '@ant-design/icons';
import { Avatar, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { TicketMessageItemFragment } from '../../gql/graphql';

/** One message: who wrote it and when; an internal note stands apart, marked as never shown to the customer. */
export function TicketMessageItem({ message }: { message: TicketMessageItemFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const author = message.author?.name ?? t('tickets.conversation.system');
  return (
    <div className={`ticket-message${message.internal ? ' ticket-message--internal' : ''}`} data-testid={`ticket-message-${message.id}`} data-internal={message.internal}>
      <Avatar size="small" className="ticket-message__avatar">
        {author.slice(0, 1)}
      </Avatar>
      <div className="ticket-message__body">
        <div className="ticket-message__meta">
          <Typography.Text strong>{author}</Typography.Text>
          <Typography.Text type="secondary">{formatDateTime(message.createdAt)}</Typography.Text>
          {message.internal && (
            <Tag icon={<LockOutlined />} color="orange">
              {t('tickets.conversation.internal')}
            </Tag>
          )}
        </div>
        <div className="ticket-text">{message.body}</div>
      </div>
    </div>
  );
}
