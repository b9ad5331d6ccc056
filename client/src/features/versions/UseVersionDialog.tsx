import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import { useVersionOptions } from './useVersionOptions';
import { USE_PRODUCT_VERSION } from './versions.operations';

const placeOf = sameNames(['versionId']);

interface Props {
  project: { id: string; name: string; version: number };
  currentId: string | undefined;
  onClose(): void;
  onChosen(): void;
}

/** Who drives the project's stages records the version it uses; a mainline build must be tested and confirmed first (第二十条). */
export function UseVersionDialog({ project, currentId, onClose, onChosen }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<{ versionId: string }>(placeOf, onClose);
  const change = useChange(onChosen, t('versions.conflict'));
  const versions = useVersionOptions(true);
  const [useVersion, { loading }] = useMutation(USE_PRODUCT_VERSION);

  return (
    <FormDialog
      form={form}
      name="use-version"
      title={t('versions.useTitle')}
      intro={t('versions.useIntro', { project: project.name })}
      submitLabel={t('versions.useSubmit')}
      loading={loading}
      formError={formError}
      initialValues={{ versionId: currentId }}
      onFinish={({ versionId }) =>
        void settle(change(() => useVersion({ variables: { input: { projectId: project.id, versionId, expectedVersion: project.version } } }), t('versions.chosen')))
      }
      onClose={onClose}
    >
      {versions.error && <LoadFailed title={t('versions.loadFailed')} error={versions.error} onRetry={versions.retry} />}
      <SelectField name="versionId" label={t('versions.version')} placeholder={t('versions.versionPlaceholder')} options={versions.options} loading={versions.loading} testId="use-version-select" />
    </FormDialog>
  );
}
