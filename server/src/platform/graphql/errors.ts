import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes every feature may use. Features add their own enums (e.g. ProjectErrorCode). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION = 'VALIDATION',
  CONFLICT = 'CONFLICT',
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error the user may see: a stable code for the client to translate, and an English message. */
export class AppError extends GraphQLError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
    this.name = 'AppError';
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
export const forbidden = (what = 'do this') => new AppError(ErrorCode.FORBIDDEN, `You may not ${what}.`);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const conflict = (what: string) =>
  new AppError(ErrorCode.CONFLICT, `${what} was changed by someone else; reload and try again.`);

/** Field-level problems with the input: `fields` maps each input field to a problem code. */
export const invalid = (fields: Record<string, string>) =>
  new AppError(ErrorCode.VALIDATION, `Invalid input: ${Object.keys(fields).join(', ')}.`, { fields });

/** Codes graphql-js and Apollo attach to request errors (bad syntax, unknown field, bad variables). */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Keeps errors the client is meant to see and replaces anything else (a bug, a database
 * error) with a bare INTERNAL_SERVER_ERROR, reporting the original through `report`.
 * Used by both transports.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, report: (error: unknown) => void): GraphQLFormattedError {
  const source = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  const code = formatted.extensions?.code;
  if (source instanceof AppError) return { message: source.message, path: formatted.path, extensions: { ...source.extensions } };
  if (typeof code === 'string' && REQUEST_CODES.has(code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError && !original.path) {
    // A validation error from graphql-js itself: safe to show.
    return { ...formatted, extensions: { ...formatted.extensions, code: typeof code === 'string' ? code : 'GRAPHQL_VALIDATION_FAILED' } };
  }
  report(source);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
