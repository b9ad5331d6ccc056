import type { Response } from 'express';
import { AppError, ErrorCode } from '../graphql/errors';

/** HTTP status for the error codes answered outside GraphQL (downloads and uploads). */
const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.VALIDATION]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
};

/** Answers an error as `{ error: { code, message, … } }`; anything but an AppError is reported and masked. */
export function sendError(res: Response, error: unknown, report: (error: unknown) => void): void {
  if (!(error instanceof AppError)) {
    report(error);
    res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' } });
    return;
  }
  const { code, ...details } = error.extensions;
  res.status(HTTP_STATUS[String(code)] ?? 400).json({ error: { code, message: error.message, ...details } });
}
