import { useMutation } from '@apollo/client/react';
import { Alert, Button, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { useEditingPresence } from '../presence/useEditingPresence';
import { ADD_TICKET_MESSAGE } from './tickets.operations';

interface Props {
  ticketId: string;
  /** Replies go to the customer; staff may write an internal note instead. */
  mayReply: boolean;
  mayNote: boolean;
  /** After a message was added: reload the conversation. */
  onSent(): void;
}

/** Writes to the conversation: a reply the customer sees, or (staff, with the toggle) an internal note they never see. */
export function ReplyBox({ ticketId, mayReply, mayNote, onSent }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [focused, setFocused] = useState(false);
  // Writing, or a draft left in the box: the others on the ticket see a reply being written.
  useEditingPresence('TICKET', ticketId, (mayReply || mayNote) && (focused || body.trim() !== '') ? 'reply' : null);
  const [send, { loading, error, reset }] = useMutation(ADD_TICKET_MESSAGE);
  if (!mayReply && !mayNote) return null;
  // A closed ticket takes notes only.
  const asNote = mayNote && (internal || !mayReply);

  const submit = async () => {
    const result = await send({ variables: { input: { ticketId, body: body.trim(), internal: asNote } } }).catch(() => null);
    if (!result?.data) return;
    setBody('');
    onSent();
  };

  return (
    <div className={`reply-box${asNote ? ' reply-box--internal' : ''}`} data-testid="reply-box">
      {error && <Alert type="error" showIcon title={describeError(t, error)} className="reply-box__error" />}
      <Input.TextArea
        rows={3}
        maxLength={8000}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          reset();
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        placeholder={t(asNote ? 'tickets.conversation.notePlaceholder' : 'tickets.conversation.replyPlaceholder')}
        data-testid="reply-text"
      />
      <div className="reply-box__footer">
        {mayNote && mayReply && (
          <label className="reply-box__toggle">
            <Switch size="small" checked={internal} onChange={setInternal} data-testid="reply-internal" />
            {t('tickets.conversation.internalToggle')}
          </label>
        )}
        <Button type="primary" loading={loading} disabled={!body.trim()} onClick={() => void submit()} data-testid="reply-send">
          {t(asNote ? 'tickets.conversation.addNote' : 'tickets.conversation.send')}
        </Button>
      </div>
    </div>
  );
}
