/** Why an export was refused: the server's error code, or NETWORK / UNKNOWN. */
export class ExportError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const isErrorBody = (body: unknown): body is { error: { code: string } } =>
  typeof body === 'object' &&
  body !== null &&
  'error' in body &&
  typeof body.error === 'object' &&
  body.error !== null &&
  'code' in body.error &&
  typeof body.error.code === 'string';

/** The file name from `Content-Disposition: attachment; filename="…"`, if any. */
function fileNameOf(disposition: string | null): string | null {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * Downloads a server export with the session cookie and saves it under the server's file
 * name. A refusal (JSON `{ error: { code } }`) throws an ExportError instead of saving it.
 */
export async function downloadExport(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' }).catch(() => {
    throw new ExportError('NETWORK');
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ExportError(isErrorBody(body) ? body.error.code : 'UNKNOWN');
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
