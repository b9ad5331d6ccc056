import { Form, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../errors';

/** Where the form shows a problem with one server input field; null when the form has no such field. */
export type PlaceOf = (field: string) => (string | number)[] | string | null;

/** The server's input fields that the form shows under the same name. */
export const sameNames =
  (names: readonly string[]): PlaceOf =>
  (field) =>
    names.includes(field) ? field : null;

/**
 * How a dialog's change ended: settled (null: the dialog closes), refused (shown on the form), or
 * `kept`: not settled yet and nothing to show on the form (an edit collision being resolved above it).
 */
export type DialogOutcome = { refused: unknown } | 'kept' | null;

/**
 * A dialog's form that changes something. `settle` waits for the change (see useChange): when it
 * is settled the dialog closes; a refusal is placed on the form instead, each VALIDATION problem
 * under its field and anything that fits no field (another code, a field the form lacks) above it.
 */
export function useDialogForm<Values>(placeOf: PlaceOf, onClose: () => void) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  /** The same form, addressed by the names the server gives at run time. */
  const byName: FormInstance = form;
  const [formError, setFormError] = useState<string | null>(null);

  const showRefusal = (error: unknown) => {
    const problems = Object.entries(validationProblems(t, error));
    const onForm = problems.flatMap(([field, problem]) => {
      const name = placeOf(field);
      return name === null ? [] : [{ name, errors: [problem] }];
    });
    byName.setFields(onForm);
    setFormError(onForm.length < problems.length || problems.length === 0 ? describeError(t, error) : null);
  };

  const settle = async (change: Promise<DialogOutcome>) => {
    setFormError(null);
    const outcome = await change;
    if (outcome === 'kept') return;
    if (outcome) showRefusal(outcome.refused);
    else onClose();
  };

  return { form, formError, settle };
}
