/**
 * Source tags in a line of text: a seed rule id "(R8)", a study key "(Plotkin 2023)",
 * "practitioner guidance" or "convention". Every reason and cue a lifter reads carries one.
 */
import type { RuleId, Source } from './claims.js';
import { STUDIES } from './studies.js';

const RULE = /\bR(1[01]|[1-9])\b/g;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each study key as a whole phrase: "Schoenfeld 2016" does not match "Schoenfeld 2016b". */
const KEYS = STUDIES.map((s) => ({
  key: s.key,
  re: new RegExp(`(?<![\\w])${escape(s.key)}(?![\\w])`, 'i'),
}));

/** The sources a text names, in the order: seed rules, studies, practitioners, convention. */
export function sourcesIn(text: string): Source[] {
  const out: Source[] = [];
  const rules = new Set([...text.matchAll(RULE)].map((m) => m[0] as RuleId));
  for (const rule of rules) out.push({ kind: 'seed', rule });
  for (const k of KEYS) if (k.re.test(text)) out.push({ kind: 'study', key: k.key });
  if (/practitioner guidance/i.test(text)) out.push({ kind: 'practitioner' });
  if (/\bconvention\b/i.test(text)) out.push({ kind: 'convention' });
  return out;
}

/** The text says where it comes from. */
export function hasSource(text: string): boolean {
  return sourcesIn(text).length > 0;
}

/** How a source reads as a tag: "R8", "Plotkin 2023", "practitioner guidance", "convention". */
export function label(s: Source): string {
  switch (s.kind) {
    case 'seed':
      return s.rule;
    case 'study':
      return s.key;
    case 'practitioner':
      return 'practitioner guidance';
    case 'convention':
      return 'convention';
  }
}

/** What kind of source it is, in a word or two. */
export function kindOf(s: Source): string {
  switch (s.kind) {
    case 'seed':
      return 'seed rule';
    case 'study':
      return 'study';
    case 'practitioner':
      return 'practitioner guidance';
    case 'convention':
      return 'convention';
  }
}
