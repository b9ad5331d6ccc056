import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import type { UninitiatedWorkItemFragment } from '../../gql/graphql';
import { BOARD } from '../board/board.operations';
import { LINK_INITIATED_PROJECT } from './uninitiated-work.operations';

const placeOf = sameNames(['projectId']);

interface Props {
  work: UninitiatedWorkItemFragment;
  onClose(): void;
  onLinked(): void;
}

/** The sales has initiated the project: either side links it, which closes the record (第十一条). */
export function LinkProjectModal({ work, onClose, onLinked }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<{ projectId: string }>(placeOf, onClose);
  const change = useChange(onLinked, t('uninitiated.conflict'));
  const board = useQuery(BOARD);
  const [link, { loading }] = useMutation(LINK_INITIATED_PROJECT);
  // The project must be the same customer's and have the same responsible sales; those come first.
  const projects = board.data?.projects ?? [];
  const matches = (project: (typeof projects)[number]) => project.customer.id === work.customer?.id && project.responsibleSales.id === work.sales.id;
  const option = (project: (typeof projects)[number]) => ({ value: project.id, label: t('uninitiated.projectOption', { name: project.name, customer: project.customer.name }) });
  const groups = [
    { label: t('uninitiated.matchingProjects'), options: projects.filter(matches).map(option) },
    { label: t('uninitiated.otherProjects'), options: projects.filter((project) => !matches(project)).map(option) },
  ].filter((group) => group.options.length > 0);

  const submit = ({ projectId }: { projectId: string }) =>
    void settle(change(() => link({ variables: { input: { workId: work.id, expectedVersion: work.version, projectId } } }), t('uninitiated.linked')));

  return (
    <FormDialog
      form={form}
      name="link-project"
      title={t('uninitiated.linkTitle')}
      intro={t('uninitiated.linkIntro', { name: work.projectName, customer: work.customer?.name ?? t('app.none'), sales: work.sales.name })}
      submitLabel={t('uninitiated.linkSubmit')}
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      {board.error && <LoadFailed title={t('uninitiated.projectsFailed')} error={board.error} onRetry={() => void board.refetch()} />}
      <SelectField name="projectId" label={t('uninitiated.project')} placeholder={t('uninitiated.projectPlaceholder')} options={groups} loading={board.loading} />
    </FormDialog>
  );
}
