import { sameNames } from '../../app/forms/dialog-form';

/** The text of an article as its form holds it. */
export interface ArticleFormValues {
  title: string;
  product?: string;
  cause: string;
  solution: string;
  steps?: string;
  lessons?: string;
}

/** The server's input fields, shown under the same names. */
export const placeArticleProblem = sameNames(['title', 'product', 'cause', 'solution', 'steps', 'lessons']);

/** The trimmed text to send; optional parts left empty are sent as null. */
export const articleInput = (values: ArticleFormValues) => ({
  title: values.title.trim(),
  product: values.product?.trim() || null,
  cause: values.cause.trim(),
  solution: values.solution.trim(),
  steps: values.steps?.trim() || null,
  lessons: values.lessons?.trim() || null,
});

/** The text of an article as it is sent and saved. */
export type ArticleInput = ReturnType<typeof articleInput>;

/** The saved text of an article, in the shape it is sent (to compare versions of it). */
export const articleValues = (article: { title: string; product: string | null; cause: string; solution: string; steps: string | null; lessons: string | null }): ArticleInput => ({
  title: article.title,
  product: article.product,
  cause: article.cause,
  solution: article.solution,
  steps: article.steps,
  lessons: article.lessons,
});

/** The parts of an article, in the form's order, for the conflict dialog. */
export const ARTICLE_PARTS = ['title', 'product', 'cause', 'solution', 'steps', 'lessons'] as const;
