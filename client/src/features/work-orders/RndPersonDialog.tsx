import type { ReactNode } from 'react';
import { ValueDialog } from '../../app/forms/ValueDialog';
import { RndPersonField } from '../people/RndPersonField';

interface Props {
  /** The form's name and test ids; the select is `${name}-person`. */
  name: string;
  title: ReactNode;
  intro: ReactNode;
  /** The server's input field for the person: its VALIDATION problem (NOT_RND…) is shown under the select. */
  field: string;
  label: string;
  submitLabel: string;
  /** People already on the order, not offered again. */
  exclude: readonly string[];
  loading: boolean;
  /** Sends the change (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(userId: string): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** Picks one R&D engineer for a work order: its lead, or a member the lead brings on. */
export function RndPersonDialog({ label, exclude, ...dialog }: Props) {
  return (
    <ValueDialog<string> {...dialog} valueName="userId">
      <RndPersonField name="userId" label={label} exclude={exclude} testId={`${dialog.name}-person`} />
    </ValueDialog>
  );
}
