import type { TFunction } from 'i18next';
import { describeCode, problemsOf } from '../../app/errors';

/** Why the server refused an upload: its JSON error (`{ error: { code, … } }`), or NETWORK when there was no answer. */
export interface UploadRefusal {
  code: string;
  details: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The kinds of record that take files: the path under /attachments/ they are uploaded to. */
export type AttachmentOwner = 'work-orders' | 'tickets';

/**
 * Sends one file to a record: the raw bytes as the body, its type and its (URI-encoded) name in
 * the headers, with the session cookie. Resolves to the refusal, or null once stored.
 */
export async function uploadAttachment(ownerId: string, file: File, owner: AttachmentOwner): Promise<UploadRefusal | null> {
  let response: Response;
  try {
    response = await fetch(`/attachments/${owner}/${encodeURIComponent(ownerId)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': file.type, 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    return { code: 'NETWORK', details: {} };
  }
  if (response.ok) return null;
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return { code: typeof error.code === 'string' ? error.code : 'UNKNOWN', details: error };
}

/** Bytes for people: 2.4 MB, 310 kB. */
export function formatSize(language: string, bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A sentence for a refused upload: the limit that was passed, or what is wrong with the file. */
export function describeUploadRefusal(t: TFunction, language: string, { code, details }: UploadRefusal): string {
  if (code === 'VALIDATION') return t('attachments.invalidFile', { problems: Object.values(problemsOf(t, details.fields)).join(t('attachments.problemSeparator')) });
  const maxBytes = typeof details.maxBytes === 'number' ? formatSize(language, details.maxBytes) : '';
  return describeCode(t, code, { ...details, maxBytes });
}
