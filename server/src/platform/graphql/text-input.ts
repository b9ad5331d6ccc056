import { GraphQLError, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors';

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in an operation's input would fail
 * deep in a write as a server error. It is refused at the door instead, on both transports:
 * in literals by this validation rule, in variables by `nulFieldsOf` (as VALIDATION with the
 * fields named the way forms name them: `title`, `tasks.0.title`).
 */
export const noNulInLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) context.reportError(nulError({}));
  },
});

/** The fields whose text holds U+0000; an input object variable's own name is left out. */
export function nulFieldsOf(variables: Record<string, unknown> | null | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string' && value.includes('\u0000')) fields[path.join('.')] = 'NUL_CHARACTER';
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  for (const [name, value] of Object.entries(variables ?? {})) walk(value, value !== null && typeof value === 'object' && !Array.isArray(value) ? [] : [name]);
  return fields;
}

export const nulError = (fields: Record<string, string>) =>
  new GraphQLError('Text may not contain the NUL character.', { extensions: { code: ErrorCode.VALIDATION, fields } });
