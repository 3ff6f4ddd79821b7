/**
 * Dates and times as other apps export them, parsed by hand (never `new Date(string)`,
 * whose result depends on the engine and the machine's locale):
 *   2026-04-08 16:50:00 · 2026-04-08 · 4/8/26, 4:50 PM (narrow no-break space before PM)
 *   08/04/2026 16:50 · 08.04.2026 · 8 Apr 2026, 16:50 · 8. Apr. 2026, 16:50 · Apr 8, 2026
 * with month names in the languages phones export in.
 */
import { Dates } from '../domain/index.js';

export interface DateTime {
  readonly date: string;
  /** HH:mm, or null when the source has no time. */
  readonly time: string | null;
}

export type DateOrder = 'dmy' | 'mdy';

const MONTHS: readonly (readonly string[])[] = [
  // en, de, fr, es, it, pt, nl, sv/da/no, pl, tr, ru
  [
    'january',
    'januar',
    'janvier',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'januar',
    'stycznia',
    'styczeń',
    'ocak',
    'января',
    'январь',
    'janv',
  ],
  [
    'february',
    'februar',
    'février',
    'fevrier',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'lutego',
    'luty',
    'şubat',
    'subat',
    'февраля',
    'февраль',
    'févr',
    'fevr',
  ],
  [
    'march',
    'märz',
    'maerz',
    'mars',
    'marzo',
    'março',
    'marco',
    'maart',
    'marca',
    'marzec',
    'mart',
    'марта',
    'март',
    'mär',
  ],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'nisan', 'апреля', 'апрель', 'avr'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'mayıs', 'mayis', 'мая', 'май'],
  [
    'june',
    'juni',
    'juin',
    'junio',
    'giugno',
    'junho',
    'czerwca',
    'czerwiec',
    'haziran',
    'июня',
    'июнь',
  ],
  [
    'july',
    'juli',
    'juillet',
    'julio',
    'luglio',
    'julho',
    'lipca',
    'lipiec',
    'temmuz',
    'июля',
    'июль',
    'juil',
  ],
  [
    'august',
    'août',
    'aout',
    'agosto',
    'augustus',
    'augusti',
    'sierpnia',
    'sierpień',
    'ağustos',
    'agustos',
    'августа',
    'август',
  ],
  [
    'september',
    'septembre',
    'septiembre',
    'settembre',
    'setembro',
    'septembri',
    'września',
    'wrzesień',
    'eylül',
    'eylul',
    'сентября',
    'сентябрь',
    'sept',
  ],
  [
    'october',
    'oktober',
    'octobre',
    'octubre',
    'ottobre',
    'outubro',
    'oktobre',
    'października',
    'październik',
    'ekim',
    'октября',
    'октябрь',
  ],
  [
    'november',
    'novembre',
    'noviembre',
    'novembro',
    'listopada',
    'listopad',
    'kasım',
    'kasim',
    'ноября',
    'ноябрь',
  ],
  [
    'december',
    'dezember',
    'décembre',
    'decembre',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudnia',
    'grudzień',
    'aralık',
    'aralik',
    'декабря',
    'декабрь',
  ],
];

/** 1-12 for a month name or its abbreviation (3+ letters, dots ignored), else null. */
export function monthOf(token: string): number | null {
  const t = token.toLowerCase().replace(/\./g, '').trim();
  if (t.length < 3) return null;
  const hits = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (names.some((n) => n === t || n.startsWith(t))) hits.add(i + 1);
  });
  return hits.size === 1 ? ([...hits][0] ?? null) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(y: number, m: number, d: number, time: string | null): DateTime | null {
  const year = y < 100 ? 2000 + y : y;
  const date = `${year}-${pad(m)}-${pad(d)}`;
  return Dates.isIsoDate(date) ? { date, time } : null;
}

/** "16:50", "4:50 PM", "4:50 p.m.", "16:50:00" -> "16:50"; null if not a time. */
function parseTime(text: string): string | null | undefined {
  const t = text.replace(/[\u202f\u00a0]/g, ' ').trim();
  if (t === '') return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$/i.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[4]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

/** The numeric day/month pair of a date like 08/04/2026, for deciding a file's order. */
export function numericParts(text: string): [number, number] | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * A parser for one file: the same date text (every row of a workout) is parsed once. Only
 * the last text is kept: a text read from a file holds on to the page it came from.
 */
export function parser(order: DateOrder): (text: string) => DateTime | null {
  let lastText: string | null = null;
  let last: DateTime | null = null;
  return (text) => {
    if (text !== lastText) {
      last = parse(text, order);
      lastText = text;
    }
    return last;
  };
}

/** Parse one date-time; `order` settles numeric dates like 04/08/2026. */
export function parse(text: string, order: DateOrder): DateTime | null {
  const s = text.replace(/[\u202f\u00a0]/g, ' ').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](.+))?$/.exec(s);
  if (m) {
    const time = parseTime((m[4] ?? '').replace(/(Z|[+-]\d{2}:?\d{2})$/, ''));
    return time === undefined ? null : build(Number(m[1]), Number(m[2]), Number(m[3]), time);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+(.+))?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const time = parseTime(m[4] ?? '');
    if (time === undefined) return null;
    return order === 'dmy' ? build(Number(m[3]), b, a, time) : build(Number(m[3]), a, b, time);
  }
  // 8 Apr 2026, 16:50 · 8. Apr. 2026 16:50 · 8 de abr. de 2026
  m =
    /^(\d{1,2})\.?\s+(?:de\s+)?([^\d\s,]+)\s+(?:de\s+)?(\d{4}),?(?:\s+(?:à|um|at|a las|alle|às)?\s*(.+))?$/i.exec(
      s,
    );
  if (m) {
    const month = monthOf(m[2] ?? '');
    const time = parseTime(m[4] ?? '');
    return month && time !== undefined ? build(Number(m[3]), month, Number(m[1]), time) : null;
  }
  // Apr 8, 2026, 4:50 PM
  m = /^([^\d\s,]+)\s+(\d{1,2}),?\s+(\d{4}),?(?:\s+(?:at\s+)?(.+))?$/i.exec(s);
  if (m) {
    const month = monthOf(m[1] ?? '');
    const time = parseTime(m[4] ?? '');
    return month && time !== undefined ? build(Number(m[3]), month, Number(m[2]), time) : null;
  }
  return null;
}

/**
 * What a file's dates say about their order, gathered row by row as the file is read: the
 * first date that settles it (a day over 12), and the first that could be either.
 */
export class OrderEvidence {
  private settled: DateOrder | null = null;
  private ambiguous: string | null = null;

  add(text: string): void {
    if (this.settled) return;
    const p = numericParts(text);
    if (!p) return;
    if (p[0] > 12) this.settled = 'dmy';
    else if (p[1] > 12) this.settled = 'mdy';
    else this.ambiguous ??= text;
  }

  /**
   * The order to read the file's numeric dates in: the lifter's choice, else what the
   * dates settle, else `fallback` with a warning (a date like 08/04/2026 could be either).
   */
  choose(
    chosen: DateOrder | undefined,
    fallback: DateOrder,
  ): { order: DateOrder; warning: string | null } {
    if (chosen) return { order: chosen, warning: null };
    if (this.settled) return { order: this.settled, warning: null };
    const other = fallback === 'dmy' ? 'mdy' : 'dmy';
    return {
      order: fallback,
      warning: this.ambiguous
        ? `dates like "${this.ambiguous}" could be day-first or month-first; read as ${fallback === 'dmy' ? 'day-first' : 'month-first'}. If that is wrong, import again with --date-order ${other}.`
        : null,
    };
  }
}
