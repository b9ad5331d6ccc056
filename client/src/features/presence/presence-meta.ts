import { useTranslation } from 'react-i18next';
import zhCN from '../../locales/zh-CN.json';

/** The forms the pages name when the viewer edits on a record (useEditingPresence). */
export type PresenceForm = keyof typeof zhCN.presence.form;

const isForm = (form: string): form is PresenceForm => Object.hasOwn(zhCN.presence.form, form);

/** A form's name in the viewer's language; a form this client does not know (a newer one) as the server gives it. */
export function useFormLabel(): (form: string) => string {
  const { t } = useTranslation();
  return (form) => (isForm(form) ? t(`presence.form.${form}`) : form);
}
