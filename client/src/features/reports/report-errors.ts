import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { validationProblems } from '../../app/errors';
import zhCN from '../../locales/zh-CN.json';

/** The two lists of problem statements in a report. */
export type ProblemList = 'problemsHandled' | 'remainingProblems';
type VagueReason = keyof typeof zhCN.vague;

/** Where a problem statement is in the form, for each statement sent (empty lines are not sent). */
export type SentPositions = Record<ProblemList, readonly number[]>;

export interface FieldProblem {
  name: string | [ProblemList, number];
  errors: string[];
}

const isProblemList = (value: unknown): value is ProblemList => value === 'problemsHandled' || value === 'remainingProblems';
const isVagueReason = (value: unknown): value is VagueReason => typeof value === 'string' && Object.hasOwn(zhCN.vague, value);

/** The statements a REPORT_TOO_VAGUE error names: `extensions.items` of { field, index, reason }. */
function vagueItems(error: unknown): { list: ProblemList; index: number; reason: VagueReason | null }[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const items: unknown = error.errors.find((e) => e.extensions?.code === 'REPORT_TOO_VAGUE')?.extensions?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null || !('field' in item) || !('index' in item)) return [];
    const { field, index } = item;
    const reason = 'reason' in item ? item.reason : null;
    if (!isProblemList(field) || typeof index !== 'number') return [];
    return [{ list: field, index, reason: isVagueReason(reason) ? reason : null }];
  });
}

/**
 * The server's objections placed on the form: VALIDATION problems on their fields and each
 * vague statement on its own input. The server counts statements as sent, so its index is
 * mapped back to the input through `sent`.
 */
export function reportFormProblems(t: TFunction, error: unknown, sent: SentPositions): FieldProblem[] {
  const fields: FieldProblem[] = Object.entries(validationProblems(t, error)).map(([name, problem]) => ({ name, errors: [problem] }));
  const vague: FieldProblem[] = vagueItems(error).map(({ list, index, reason }) => ({
    name: [list, sent[list][index] ?? index],
    errors: [reason ? t(`vague.${reason}`) : t('validation.INVALID')],
  }));
  return [...fields, ...vague];
}
