import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import zhCN from '../locales/zh-CN.json';

type ErrorKey = keyof typeof zhCN.errors;
type ProblemKey = keyof typeof zhCN.validation;

const isErrorKey = (code: string): code is ErrorKey => Object.hasOwn(zhCN.errors, code);
const isProblemKey = (code: string): code is ProblemKey => Object.hasOwn(zhCN.validation, code);

/** The `extensions.code` of each GraphQL error; empty for network and other errors. */
export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => e.extensions?.code).filter((code): code is string => typeof code === 'string');
}

export const hasErrorCode = (error: unknown, code: string): boolean => errorCodes(error).includes(code);

/**
 * A sentence for an error code, GraphQL's or an HTTP answer's: its translation, filled in from
 * the error's details (a count, a limit), or `message` only when the code is unknown.
 */
export function describeCode(t: TFunction, code: unknown, details: Record<string, unknown> = {}, message?: string): string {
  if (typeof code === 'string' && isErrorKey(code)) return t(`errors.${code}`, details);
  return message || t('errors.UNKNOWN');
}

/** A sentence for the user: the translated code, or the server's message only when the code is unknown. */
export function describeError(t: TFunction, error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) return t('errors.NETWORK');
  const first = error.errors[0];
  return describeCode(t, first?.extensions?.code, first?.extensions, first?.message);
}

/** Input field → translated problem, from the `fields` of a VALIDATION error (GraphQL's or an HTTP answer's). */
export function problemsOf(t: TFunction, fields: unknown): Record<string, string> {
  if (typeof fields !== 'object' || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).map(([field, problem]) => [
      field,
      typeof problem === 'string' && isProblemKey(problem) ? t(`validation.${problem}`) : t('validation.INVALID'),
    ]),
  );
}

/** For VALIDATION errors: input field → translated problem. */
export function validationProblems(t: TFunction, error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  return problemsOf(t, error.errors.find((e) => e.extensions?.code === 'VALIDATION')?.extensions?.fields);
}
