import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketDetailFragment } from '../../gql/graphql';
import { ReplyBox } from './ReplyBox';
import { TicketMessageItem } from './TicketMessageItem';

interface Props {
  ticket: Pick<TicketDetailFragment, 'id' | 'messages' | 'viewerCan'>;
  onSent(): void;
}

/** The conversation, oldest first (internal notes only reach staff), and the box to add to it. */
export function TicketConversation({ ticket, onSent }: Props) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('tickets.conversation.title')} className="ticket-page__card" data-testid="ticket-conversation">
      {ticket.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.conversation.empty')} />
      ) : (
        <div className="ticket-conversation">
          {ticket.messages.map((message) => (
            <TicketMessageItem key={message.id} message={message} />
          ))}
        </div>
      )}
      <ReplyBox ticketId={ticket.id} mayReply={ticket.viewerCan.reply} mayNote={ticket.viewerCan.addInternalNote} onSent={onSent} />
    </Card>
  );
}
