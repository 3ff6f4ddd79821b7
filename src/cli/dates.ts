/**
 * Dates typed on the command line: a real calendar day, as YYYY-MM-DD, within the years a
 * training log can hold. The range is a typo guard (1800 for 2026, 9999 for a blank), not
 * a training rule.
 */
import { Dates } from '../domain/index.js';
import { EXIT, Exit } from './exit.js';

export const EARLIEST = '1970-01-01';
export const LATEST = '2099-12-31';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why `text` is not a day Thrust takes, as a sentence naming `where`; null when it is. */
export function dateProblem(where: string, text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return `${where}: "${text}" is not a date; give YYYY-MM-DD, e.g. 2026-03-14.`;
  const [, y = '', mo = ''] = m;
  const month = Number(mo);
  if (month < 1 || month > 12)
    return `${where}: ${text} has no month ${mo}; months run 01 to 12 (YYYY-MM-DD).`;
  if (!Dates.isIsoDate(text.trim())) {
    const days = [31, 30, 29].find((n) => Dates.isIsoDate(`${y}-${mo}-${n}`)) ?? 28;
    return `${where}: ${text} is not a day of the calendar: ${MONTHS[month - 1]} ${y} has ${days} days.`;
  }
  if (text.trim() < EARLIEST || text.trim() > LATEST)
    return `${where}: ${text} is outside the dates Thrust takes, ${EARLIEST} to ${LATEST}; check the year.`;
  return null;
}

/** The date, trimmed, or an exit (3, a rejected value) saying what is wrong with it. */
export function checkDate(where: string, text: string): string {
  const problem = dateProblem(where, text);
  if (problem) throw new Exit(EXIT.data, problem);
  return text.trim();
}

/** The options that take a date, on any command. */
export const DATE_OPTIONS = ['date', 'since', 'start', 'from', 'to', 'until'] as const;

/** Check every date option a command was given (main.ts, before the command runs). */
export function checkDateOptions(opts: Readonly<Record<string, unknown>>): void {
  for (const key of DATE_OPTIONS) {
    const v = opts[key];
    if (typeof v === 'string') checkDate(`--${key}`, v);
  }
}
