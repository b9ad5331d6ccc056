import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, hasErrorCode } from '../errors';

/**
 * Runs a change, then `onSettled` (what is on screen may have changed either way). Done: says
 * `done`. CONFLICT (someone changed what the viewer saw at its version first): says `conflict`,
 * or the general words, and counts as settled. Resolves to any other refusal, for the caller to
 * show, or to null once the change is settled.
 */
export function useChange(onSettled: () => void, conflict?: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (change: () => Promise<unknown>, done: string): Promise<{ refused: unknown } | null> => {
    try {
      await change();
      void message.success(done);
      return null;
    } catch (error) {
      if (!hasErrorCode(error, 'CONFLICT')) return { refused: error };
      void message.warning(conflict ?? t('errors.CONFLICT'), 6);
      return null;
    } finally {
      onSettled();
    }
  };
}

/** A change taken with one click, without a form (see useChange): a refusal other than CONFLICT is said in a message. */
export function useOneClickChange(onSettled: () => void, conflict?: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChange(onSettled, conflict);
  return async (run: () => Promise<unknown>, done: string): Promise<void> => {
    const outcome = await change(run, done);
    if (outcome) void message.error(describeError(t, outcome.refused), 6);
  };
}
