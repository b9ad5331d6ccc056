import { useSubscription } from '@apollo/client/react';
import { Avatar, Tag, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { liveConnection } from '../../app/live-connection';
import type { PresenceRecordType } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { resendEditing, showing } from './editing-store';
import { useFormLabel } from './presence-meta';
import { PRESENCE } from './presence.operations';
import './presence.css';

interface Props {
  recordType: PresenceRecordType;
  recordId: string;
  className?: string;
}

/**
 * Who else has the record open right now, and what they are editing there (a soft lock, so that
 * two people do not write the same thing). Being on this page is what puts the viewer on the
 * record for the others: the subscription lives while the page is open, and ends with the tab.
 */
export function PresenceBar({ recordType, recordId, className }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const formLabel = useFormLabel();
  /** The next snapshot is the first of a (re)started subscription: tell the server what this tab edits. */
  const started = useRef(true);
  useEffect(() => showing(recordType, recordId), [recordType, recordId]);
  useEffect(
    () =>
      liveConnection.onConnected(() => {
        started.current = true;
      }),
    [],
  );
  const { data } = useSubscription(PRESENCE, {
    variables: { recordType, recordId },
    fetchPolicy: 'no-cache',
    onData: () => {
      if (!started.current) return;
      started.current = false;
      resendEditing(recordType, recordId);
    },
  });
  const others = data?.presence.viewers.filter((viewer) => viewer.user.id !== me.id) ?? [];

  return (
    <div className={className ? `presence-bar ${className}` : 'presence-bar'} data-testid="presence-bar" data-count={others.length}>
      {others.length > 0 && <span className="presence-bar__label">{t('presence.alsoHere')}</span>}
      {others.map(({ user, editing, since }) => (
        <Tooltip key={user.id} title={t('presence.since', { at: formatDateTime(since) })}>
          <span className="presence-bar__viewer" data-testid={`presence-viewer-${user.id}`} data-editing={editing ?? ''}>
            <Avatar size="small" className={editing ? 'presence-bar__avatar presence-bar__avatar--editing' : 'presence-bar__avatar'}>
              {user.name.slice(0, 1)}
            </Avatar>
            <span className="presence-bar__name">{user.name}</span>
            {editing && (
              <Tag color="orange" variant="filled" className="presence-bar__editing">
                {t('presence.editing', { form: formLabel(editing) })}
              </Tag>
            )}
          </span>
        </Tooltip>
      ))}
    </div>
  );
}
