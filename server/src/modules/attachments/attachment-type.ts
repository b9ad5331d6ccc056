/** What may be attached, and the bytes each type must start with (a mislabelled file is refused). */
const SIGNATURES: Record<string, readonly number[][] | 'text'> = {
  'text/plain': 'text',
  'text/csv': 'text',
  'application/json': 'text',
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
  'application/zip': [[0x50, 0x4b, 0x03, 0x04]],
  'application/gzip': [[0x1f, 0x8b]],
  'application/x-gzip': [[0x1f, 0x8b]],
};

export const ALLOWED_ATTACHMENT_TYPES: readonly string[] = Object.keys(SIGNATURES);

/** The media type without parameters, lower-cased (`text/plain; charset=utf-8` → `text/plain`). */
export const mediaTypeOf = (header: string | undefined): string => (header ?? '').split(';')[0].trim().toLowerCase();

/** Whether `content` really is of `type`: the right leading bytes, or text without NUL bytes. */
export function contentMatchesType(type: string, content: Buffer): boolean {
  const signature = SIGNATURES[type];
  if (!signature) return false;
  if (signature === 'text') return !content.includes(0);
  return signature.some((bytes) => bytes.every((byte, index) => content[index] === byte));
}

/** Logs are the usual attachment, and browsers send no type (or a private one) for `.log` files. */
const TEXT_BY_EXTENSION = /\.(log|txt|out)$/i;
const UNNAMED_TYPES: readonly string[] = ['', 'application/octet-stream', 'text/x-log'];

/** The type to check a file against: what it was sent as, or text/plain for an untyped log. */
export function declaredType(header: string | undefined, fileName: string): string {
  const type = mediaTypeOf(header);
  return UNNAMED_TYPES.includes(type) && TEXT_BY_EXTENSION.test(fileName) ? 'text/plain' : type;
}
