import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, hasErrorCode } from '../../app/errors';
import type { SupportAction, SupportActionInput } from '../../gql/graphql';
import { ACT_ON_SUPPORT_REQUEST } from './support-requests.operations';

/** What an action's form adds to the input. */
export type ActionFields = Pick<SupportActionInput, 'at' | 'content' | 'scope' | 'resolved'>;

/**
 * Takes one step of the flow on the request as the viewer saw it (its version). A refusal is
 * shown and the record reloaded (`onStale`), except VALIDATION, which is handed back for the
 * form to place on its fields (see useDialogForm).
 */
export function useActOnSupportRequest(onStale: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mutate, { loading }] = useMutation(ACT_ON_SUPPORT_REQUEST);

  const act = async (request: { id: string; version: number }, action: SupportAction, fields: ActionFields = {}): Promise<{ refused: unknown } | null> => {
    try {
      await mutate({ variables: { input: { requestId: request.id, action, expectedVersion: request.version, ...fields } } });
      void message.success(t('support.actionDone', { action: t(`supportAction.${action}`) }));
    } catch (error) {
      if (hasErrorCode(error, 'VALIDATION')) return { refused: error };
      if (hasErrorCode(error, 'CONFLICT')) void message.warning(t('support.conflict'), 6);
      else void message.error(describeError(t, error));
      onStale();
    }
    return null;
  };

  return { act, loading };
}
