import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useConflictSave } from '../../app/conflict/useConflictSave';
import { useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { KnowledgeArticleDetailFragment } from '../../gql/graphql';
import { ARTICLE_PARTS, type ArticleFormValues, articleInput, articleValues, placeArticleProblem } from './article-form';
import { ArticleFields } from './ArticleFields';
import { EDIT_KNOWLEDGE_ARTICLE, KNOWLEDGE_ARTICLE } from './knowledge.operations';

interface Props {
  article: KnowledgeArticleDetailFragment;
  onClose(): void;
  /** After the edit was saved, or discarded after someone else's (CONFLICT): reload the article. */
  onSettled(): void;
}

/**
 * A new revision of the article's text, from the version on screen; it goes back to draft to be
 * reviewed again. Someone else's newer revision is shown field by field, to reapply the edit on
 * top of it or discard it (never overwritten silently).
 */
export function EditArticleDrawer({ article, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { form, formError, settle } = useDialogForm<ArticleFormValues>(placeArticleProblem, onClose);
  const [edit, { loading }] = useMutation(EDIT_KNOWLEDGE_ARTICLE);
  const { submit, dialog } = useConflictSave({
    fields: ARTICLE_PARTS.map((key) => ({ key, label: t(`knowledge.${key}`) })),
    start: { version: article.version, values: articleValues(article) },
    save: (input, expectedVersion) => edit({ variables: { input: { id: article.id, expectedVersion: expectedVersion ?? article.version, ...input } } }),
    loadCurrent: async () => {
      const { data } = await client.query({ query: KNOWLEDGE_ARTICLE, variables: { id: article.id }, fetchPolicy: 'network-only' });
      const current = data?.knowledgeArticle;
      return current ? { version: current.version, values: articleValues(current) } : null;
    },
    done: t('knowledge.saved'),
    onSettled,
    onClose,
  });

  return (
    <>
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
        onFinish={(values) => void settle(submit(articleInput(values)))}
        onClose={onClose}
      >
        <ArticleFields />
      </FormDialog>
      {dialog}
    </>
  );
}
