import type { ReactNode } from 'react';

/** A record's editable fields as the client sends them: text, or nothing. */
export type FieldValues = Record<string, string | null>;

/** A record at one version. */
export interface Versioned<Values extends FieldValues> {
  version: number;
  values: Values;
}

/** One field as the conflict dialog names and shows it. */
export interface ConflictField<Values extends FieldValues> {
  key: keyof Values & string;
  /** Translated, as the form labels it. */
  label: string;
  /** How a value reads (e.g. a policy's name for its id); the text itself otherwise. */
  show?(value: string): ReactNode;
}

/** An edit that met a newer version: what the editor started from, what is saved now, and their edit. */
export interface Collision<Values extends FieldValues> {
  base: Values;
  current: Versioned<Values>;
  mine: Values;
}

/** Empty text and nothing are the same; surrounding blanks do not count. */
export const sameValue = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '').trim() === (b ?? '').trim();

/** Who changed a field since the editor started: the other side, the editor, both, or nobody. */
export type ChangedBy = 'them' | 'me' | 'both' | null;

export function changedBy<Values extends FieldValues>(collision: Collision<Values>, key: keyof Values & string): ChangedBy {
  const them = !sameValue(collision.base[key], collision.current.values[key]);
  const me = !sameValue(collision.base[key], collision.mine[key]);
  if (them && me) return 'both';
  if (them) return 'them';
  return me ? 'me' : null;
}

/**
 * The editor's changes put on top of the current version: the fields they changed take their
 * value, every other field keeps what is saved now (so the other side's changes stay).
 */
export function reapply<Values extends FieldValues>(collision: Collision<Values>): Values {
  const merged: Values = { ...collision.current.values };
  for (const key of Object.keys(collision.mine) as (keyof Values & string)[]) {
    if (!sameValue(collision.base[key], collision.mine[key])) merged[key] = collision.mine[key];
  }
  return merged;
}
