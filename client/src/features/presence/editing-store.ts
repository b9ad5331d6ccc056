import { apolloClient } from '../../app/apollo';
import type { PresenceRecordType } from '../../gql/graphql';
import { SET_EDITING } from './presence.operations';

/**
 * The form this tab edits on each record it shows a PresenceBar for. The server keeps it on the
 * tab's `presence` subscription, so it is sent only while that subscription lives (a PresenceBar
 * is mounted), and sent again when the subscription starts over (after a reconnection). Sends
 * for one record go one after another, so that the last form chosen is the one that stays.
 */
const shown = new Map<string, number>();
const wanted = new Map<string, string>();
const sending = new Map<string, Promise<unknown>>();

const keyOf = (recordType: PresenceRecordType, recordId: string) => `${recordType}:${recordId}`;

function send(recordType: PresenceRecordType, recordId: string, form: string | null): void {
  const key = keyOf(recordType, recordId);
  if (!shown.has(key)) return;
  const previous = sending.get(key) ?? Promise.resolve();
  const next = previous.then(() => apolloClient.mutate({ mutation: SET_EDITING, variables: { recordType, recordId, form } })).catch(() => undefined);
  sending.set(key, next);
  void next.then(() => {
    if (sending.get(key) === next) sending.delete(key);
  });
}

/** A PresenceBar on the record is mounted (its subscription runs) until the returned function is called. */
export function showing(recordType: PresenceRecordType, recordId: string): () => void {
  const key = keyOf(recordType, recordId);
  shown.set(key, (shown.get(key) ?? 0) + 1);
  return () => {
    const left = (shown.get(key) ?? 1) - 1;
    if (left > 0) shown.set(key, left);
    else shown.delete(key);
  };
}

/** The tab edits `form` on the record (null: nothing any more). */
export function editing(recordType: PresenceRecordType, recordId: string, form: string | null): void {
  const key = keyOf(recordType, recordId);
  if (form === null) wanted.delete(key);
  else wanted.set(key, form);
  send(recordType, recordId, form);
}

/** The subscription on the record started (again): tells the server what the tab edits, if anything. */
export function resendEditing(recordType: PresenceRecordType, recordId: string): void {
  const form = wanted.get(keyOf(recordType, recordId));
  if (form !== undefined) send(recordType, recordId, form);
}
