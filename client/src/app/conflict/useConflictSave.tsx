import { App } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasErrorCode } from '../errors';
import type { DialogOutcome } from '../forms/dialog-form';
import { type Collision, type ConflictField, type FieldValues, reapply, type Versioned } from './conflict';
import { ConflictDialog } from './ConflictDialog';

interface Options<Values extends FieldValues> {
  fields: readonly ConflictField<Values>[];
  /** The record as the editor opened it; null: a new record, which has no version to collide with. */
  start: Versioned<Values> | null;
  /** Saves `values` over `expectedVersion` (null for a new record); rejects with CONFLICT when it is no longer the newest. */
  save(values: Values, expectedVersion: number | null): Promise<unknown>;
  /** The record as it is saved now (from the server, not the cache); null when it is gone. */
  loadCurrent(): Promise<Versioned<Values> | null>;
  /** Said once saved. */
  done: string;
  /** After saving, or after the editor discarded their edit: reload what is on screen. */
  onSettled(): void;
  /** Closes the edit form. */
  onClose(): void;
}

/**
 * Saving an edit with compare-and-set, never overwriting silently: when someone saved a newer
 * version first (CONFLICT), the ConflictDialog shows what they changed, field by field, and the
 * editor either reapplies their edit on top of the newer version or discards it. `submit` goes to
 * useDialogForm's `settle`; `dialog` is rendered beside the form.
 */
export function useConflictSave<Values extends FieldValues>(options: Options<Values>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // What the editor started from stays put while the page behind reloads.
  const [start] = useState(options.start);
  const [collision, setCollision] = useState<Collision<Values> | null>(null);
  const [reapplying, setReapplying] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const saved = () => {
    void message.success(options.done);
    setCollision(null);
    options.onSettled();
  };

  /** Saves over `version`; on CONFLICT, resolves to the collision with the newest version instead. */
  const attempt = async (values: Values, base: Versioned<Values>): Promise<Collision<Values> | { refused: unknown } | null> => {
    try {
      await options.save(values, base.version);
      return null;
    } catch (error) {
      if (!hasErrorCode(error, 'CONFLICT')) return { refused: error };
      const current = await options.loadCurrent().catch(() => null);
      return current ? { base: base.values, current, mine: values } : { refused: error };
    }
  };

  const submit = async (values: Values): Promise<DialogOutcome> => {
    if (!start) {
      try {
        await options.save(values, null);
      } catch (error) {
        return { refused: error };
      }
      saved();
      return null;
    }
    const outcome = await attempt(values, start);
    if (outcome === null) {
      saved();
      return null;
    }
    if ('refused' in outcome) return outcome;
    setRefusal(null);
    setCollision(outcome);
    return 'kept';
  };

  const reapplyEdit = async (on: Collision<Values>) => {
    setReapplying(true);
    setRefusal(null);
    const outcome = await attempt(reapply(on), on.current);
    setReapplying(false);
    if (outcome === null) {
      saved();
      options.onClose();
    } else if ('refused' in outcome) setRefusal(describeError(t, outcome.refused));
    // Someone saved again meanwhile: the same choice, against their version.
    else setCollision(outcome);
  };

  const discard = () => {
    setCollision(null);
    options.onSettled();
    options.onClose();
  };

  const dialog: ReactNode = collision && (
    <ConflictDialog
      fields={options.fields}
      collision={collision}
      reapplying={reapplying}
      refusal={refusal}
      onReapply={() => void reapplyEdit(collision)}
      onDiscard={discard}
      onBack={() => setCollision(null)}
    />
  );
  return { submit, dialog };
}
