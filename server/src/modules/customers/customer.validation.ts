import { isCalendarDay } from '../../platform/company-calendar';
import { invalid } from '../../platform/graphql/errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed text, or null when blank. */
export const text = (value: string | null | undefined): string | null => value?.trim() || null;

export const isEmail = (value: string): boolean => EMAIL.test(value) && value.length <= 254;

/** Collects field problems (field → code) and throws them together as one VALIDATION error. */
export class FieldProblems {
  private readonly fields: Record<string, string> = {};

  add(field: string, code: string): this {
    this.fields[field] ??= code;
    return this;
  }

  /** A required text field: REQUIRED when blank. */
  required(field: string, value: string | null | undefined): this {
    return text(value) ? this : this.add(field, 'REQUIRED');
  }

  /** An optional e-mail: INVALID_EMAIL when given but malformed. */
  email(field: string, value: string | null | undefined): this {
    const given = text(value);
    return given && !isEmail(given) ? this.add(field, 'INVALID_EMAIL') : this;
  }

  /** A calendar day: REQUIRED when blank (if required), INVALID_DATE unless a real YYYY-MM-DD. */
  day(field: string, value: string | null | undefined, required: boolean): this {
    const given = text(value);
    if (!given) return required ? this.add(field, 'REQUIRED') : this;
    return isCalendarDay(given) ? this : this.add(field, 'INVALID_DATE');
  }

  has(field: string): boolean {
    return field in this.fields;
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) throw invalid({ ...this.fields });
  }
}
