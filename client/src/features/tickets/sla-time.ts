import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (value: number): string => String(value).padStart(2, '0');

/** A countdown: "1:05:09" under a day, "2天3小时" / "2d 3h" beyond; always of the absolute span. */
export function formatCountdown(t: TFunction, milliseconds: number): string {
  const span = Math.abs(milliseconds);
  if (span >= DAY) return t('sla.days', { days: Math.floor(span / DAY), hours: Math.floor((span % DAY) / HOUR) });
  const seconds = Math.floor(span / 1000);
  const hours = Math.floor(seconds / 3600);
  const clock = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${clock}` : clock;
}

/** Business minutes in words: "45分钟", "1小时5分钟" / "45 min", "1 h 5 min". */
export function formatMinutes(t: TFunction, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  if (hours === 0) return t('sla.minutes', { minutes: whole });
  return whole % 60 === 0 ? t('sla.hours', { hours }) : t('sla.hoursMinutes', { hours, minutes: whole % 60 });
}
