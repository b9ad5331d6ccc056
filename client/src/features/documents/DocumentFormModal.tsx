import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../app/forms/FormDialog';
import { useChange } from '../../app/forms/change';
import { type PlaceOf, useDialogForm } from '../../app/forms/dialog-form';
import type { DocumentItemFragment, DocumentKind, ScheduleTaskInput } from '../../gql/graphql';
import { useEditingPresence } from '../presence/useEditingPresence';
import type { Side } from '../projects/project-sides';
import { editableParts } from './document-rules';
import { CREATE_PROJECT_DOCUMENT, UPDATE_PROJECT_DOCUMENT } from './documents.operations';
import { type ScheduleTaskValues, ScheduleTasksField } from './ScheduleTasksField';

interface FormValues {
  /** Chosen when starting a document; an edited one keeps its kind. */
  kind?: DocumentKind;
  title: string;
  body?: string;
  salesPart?: string;
  technicalPart?: string;
  tasks?: ScheduleTaskValues[];
}

const DATE_FORMAT = 'YYYY-MM-DD';
const FORM_FIELDS: readonly string[] = ['kind', 'title', 'body', 'salesPart', 'technicalPart', 'tasks'];

/** The server names a schedule task's problems `tasks.<index>.<title|start|end>`; the form has one date range a task. */
const placeOf: PlaceOf = (field) => {
  const task = /^tasks\.(\d+)\.(title|start|end)$/.exec(field);
  if (task) return ['tasks', Number(task[1]), task[2] === 'title' ? 'title' : 'dates'];
  return FORM_FIELDS.includes(field) ? field : null;
};

const toTaskInput = (task: ScheduleTaskValues): ScheduleTaskInput => ({
  title: task.title?.trim() ?? '',
  start: task.dates?.[0]?.format(DATE_FORMAT) ?? '',
  end: task.dates?.[1]?.format(DATE_FORMAT) ?? '',
});

const text = (value: string | undefined) => value?.trim() ?? '';

type Props = { projectId: string; sides: ReadonlySet<Side>; onClose(): void; onSaved(): void } & ({ document: DocumentItemFragment } | { kinds: readonly DocumentKind[] });

/** Starts a document of a kind the project asked for, or edits a draft or rejected one; each side writes its own part. */
export function DocumentFormModal(props: Props) {
  const { sides, onClose, onSaved } = props;
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const editing = 'document' in props ? props.document : null;
  const kind = Form.useWatch('kind', form) ?? editing?.kind;
  const change = useChange(onSaved, t('documents.conflict'));
  const [create, creating] = useMutation(CREATE_PROJECT_DOCUMENT);
  const [update, updating] = useMutation(UPDATE_PROJECT_DOCUMENT);
  const parts = kind ? editableParts(kind, sides) : null;
  // While the form is open, the others on the project see a document being edited.
  useEditingPresence('PROJECT', props.projectId, 'document');

  const save = (values: FormValues, documentKind: DocumentKind) => {
    const offered = editableParts(documentKind, sides);
    const content = {
      title: values.title.trim(),
      body: offered.body ? text(values.body) : undefined,
      salesPart: offered.salesPart ? text(values.salesPart) : undefined,
      tasks: offered.tasks ? (values.tasks ?? []).map(toTaskInput) : undefined,
    };
    if ('kinds' in props) return create({ variables: { input: { ...content, projectId: props.projectId, kind: documentKind } } });
    const technicalPart = offered.technicalPart ? text(values.technicalPart) : undefined;
    return update({ variables: { input: { ...content, technicalPart, documentId: props.document.id, expectedVersion: props.document.version } } });
  };

  const submit = (values: FormValues) => {
    if (kind) void settle(change(() => save(values, kind), t(editing ? 'documents.saved' : 'documents.created', { title: values.title.trim() })));
  };

  const initialValues: Partial<FormValues> = editing
    ? {
        title: editing.title,
        body: editing.body,
        salesPart: editing.salesPart ?? undefined,
        technicalPart: editing.technicalPart ?? undefined,
        tasks: editing.tasks.map((task) => ({ title: task.title, dates: [dayjs(task.start), dayjs(task.end)] })),
      }
    : { tasks: [{}] };
  const longText = (placeholder: string) => <Input.TextArea rows={6} maxLength={20000} showCount placeholder={placeholder} />;

  return (
    <FormDialog
      size={680}
      form={form}
      name="edit-document"
      title={editing ? t('documents.editTitle', { kind: t(`documentKind.${editing.kind}`) }) : t('documents.newTitle')}
      intro={t('documents.formIntro')}
      submitLabel={t('documents.save')}
      loading={creating.loading || updating.loading}
      formError={formError}
      initialValues={initialValues}
      onFinish={submit}
      onClose={onClose}
    >
      {'kinds' in props && (
        <Form.Item name="kind" label={t('documents.kind')} extra={t('documents.kindHint')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Select
            placeholder={t('documents.kindPlaceholder')}
            options={props.kinds.map((value) => ({ value, label: t(`documentKind.${value}`) }))}
            data-testid="document-kind"
          />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('documentField.title')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input maxLength={200} placeholder={t('documents.titlePlaceholder')} />
      </Form.Item>
      {parts?.body && (
        <Form.Item name="body" label={t('documentField.body')}>
          {longText(t('documents.bodyPlaceholder'))}
        </Form.Item>
      )}
      {parts?.salesPart && (
        <Form.Item name="salesPart" label={t('documentField.salesPart')}>
          {longText(t('documents.salesPartPlaceholder'))}
        </Form.Item>
      )}
      {parts?.technicalPart && editing && (
        <Form.Item name="technicalPart" label={t('documentField.technicalPart')}>
          {longText(t('documents.technicalPartPlaceholder'))}
        </Form.Item>
      )}
      {parts?.tasks && <ScheduleTasksField />}
    </FormDialog>
  );
}
