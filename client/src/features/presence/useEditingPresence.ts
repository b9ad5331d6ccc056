import { useEffect } from 'react';
import type { PresenceRecordType } from '../../gql/graphql';
import { editing } from './editing-store';
import type { PresenceForm } from './presence-meta';

/**
 * Shows the others on the record (see PresenceBar) that the viewer edits `form` there, while
 * `form` is set and the component is mounted (a dialog open, a reply being written); cleared
 * after. Form names are neutral ("reply", "close", "document"): customers in the portal see
 * them on their tickets. Nothing is sent where the record has no PresenceBar (e.g. in a list).
 */
export function useEditingPresence(recordType: PresenceRecordType, recordId: string | undefined, form: PresenceForm | null): void {
  useEffect(() => {
    if (!recordId || form === null) return;
    editing(recordType, recordId, form);
    return () => editing(recordType, recordId, null);
  }, [recordType, recordId, form]);
}
