import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { KnowledgeArticleDetailFragment } from '../../gql/graphql';
import { type ArticleFormValues, articleInput, placeArticleProblem } from './article-form';
import { ArticleFields } from './ArticleFields';
import { EDIT_KNOWLEDGE_ARTICLE } from './knowledge.operations';

interface Props {
  article: KnowledgeArticleDetailFragment;
  onClose(): void;
  /** After the edit was saved, refused, or overtaken by someone else's (CONFLICT): reload the article. */
  onSettled(): void;
}

/** A new revision of the article's text, from the version on screen; it goes back to draft to be reviewed again. */
export function EditArticleDrawer({ article, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<ArticleFormValues>(placeArticleProblem, onClose);
  const change = useChange(onSettled, t('knowledge.conflict'));
  const [edit, { loading }] = useMutation(EDIT_KNOWLEDGE_ARTICLE);

  const submit = (values: ArticleFormValues) =>
    void settle(change(() => edit({ variables: { input: { id: article.id, expectedVersion: article.version, ...articleInput(values) } } }), t('knowledge.saved')));

  return (
    <FormDialog
      variant="drawer"
      size={720}
      form={form}
      name="edit-article"
      title={t('knowledge.editTitle', { title: article.title })}
      intro={t('knowledge.editIntro')}
      submitLabel={t('knowledge.save')}
      loading={loading}
      formError={formError}
      initialValues={{
        title: article.title,
        product: article.product ?? undefined,
        cause: article.cause,
        solution: article.solution,
        steps: article.steps ?? undefined,
        lessons: article.lessons ?? undefined,
      }}
      onFinish={submit}
      onClose={onClose}
    >
      <ArticleFields />
    </FormDialog>
  );
}
