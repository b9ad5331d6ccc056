import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'liaison_session';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** Only the hash is stored, so a leaked session table cannot be replayed as cookies. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Reads one cookie from a raw Cookie header (HTTP requests and WebSocket upgrades alike). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
