/** What research says, as terminal text: topics, claims with sources, the seed's overreach. */
import { Evidence, Profile } from '../../domain/index.js';

const WIDTH = 92;

/** `text` wrapped to the terminal width, each line after the first indented by `indent`. */
export function wrap(text: string, indent: string, first = indent): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const start = line === first || line === indent;
    if (!start && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line = start ? line + word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const confidence = (c: Evidence.Confidence) => Evidence.CONFIDENCE_WORDS[c];

/** Every topic in short: each claim, its confidence and sources, then the disagreements. */
export function overview(): string {
  const out = ['What research says about what Thrust asks of you', ''];
  for (const topic of Evidence.TOPIC_IDS) {
    out.push(`${Evidence.TOPICS[topic]}  (thrust evidence ${topic})`);
    for (const c of Evidence.byTopic(topic)) {
      const seed = c.disagreement ? ` The seed says otherwise (${c.disagreement} below).` : '';
      out.push(
        wrap(
          `${c.title}. Confidence: ${confidence(c.confidence)}. Sources: ${Evidence.tags(c.sources)}.${seed}`,
          '    ',
          '  - ',
        ),
      );
    }
    out.push('');
  }
  out.push(disagreements(Evidence.DISAGREEMENTS), '', legend());
  return out.join('\n');
}

/** The claims of one topic (or those citing one rule or study), in full, with citations. */
export function detail(query: string, claims: readonly Evidence.Claim[]): string {
  const topics = [...new Set(claims.map((c) => c.topic))];
  const head =
    topics.length === 1 && topics[0] && Evidence.lookup(topics[0]).length === claims.length
      ? Evidence.TOPICS[topics[0]]
      : `What Thrust says that rests on ${query}`;
  const out = [head, ''];
  for (const c of claims) {
    const pad = ' '.repeat(14);
    out.push(c.title);
    out.push(wrap(c.thrust, pad, '  Thrust:     '));
    out.push(wrap(c.known, pad, '  Research:   '));
    out.push(`  Confidence: ${confidence(c.confidence)}`);
    const d = Evidence.DISAGREEMENTS.find((x) => x.n === c.disagreement);
    if (d)
      out.push(
        wrap(
          `"${d.seed}" Research disagrees (${d.n} of 11 in \`thrust evidence\`).`,
          pad,
          '  The seed:   ',
        ),
      );
    out.push('  Sources:');
    for (const s of c.sources) out.push(wrap(source(s), '      ', '    '));
    out.push('');
  }
  out.push(legend());
  return out.join('\n');
}

function source(s: Evidence.Source): string {
  switch (s.kind) {
    case 'seed':
      return `${s.rule} (seed rule): ${Evidence.RULES[s.rule]}`;
    case 'study': {
      const st = Evidence.study(s.key);
      return st
        ? `${st.key}: ${st.citation}. ${st.finding} Confidence: ${confidence(st.confidence)}.`
        : s.key;
    }
    case 'practitioner':
      return 'practitioner guidance: coaches’ and experts’ advice, not tested in trials.';
    case 'convention':
      return 'convention: a common default, chosen because neither the seed nor a study gives one.';
  }
}

export function disagreements(list: readonly Evidence.Disagreement[]): string {
  const out = ['Where the seed and the research disagree'];
  for (const d of list)
    out.push(
      wrap(`Seed: "${d.seed}" Research: ${d.research}`, '     ', `${String(d.n).padStart(2)}.  `),
    );
  return out.join('\n');
}

function legend(): string {
  return wrap(
    `Sources: R1-R11 are the rules of the seed article Thrust is built around; studies by first author and year; "practitioner guidance" is expert advice; "convention" marks a default neither gives. ${Evidence.CONFIDENCE_LEGEND} Topics: ${Evidence.TOPIC_IDS.join(', ')}; also a rule (R8) or a study (Plotkin 2023).`,
    '',
  );
}

/** For `thrust init --help`: what each goal does, and what is and is not known about it. */
export function goals(): string {
  const out = ['Goals, and what is known about them (thrust evidence for the studies):'];
  for (const g of Profile.GOALS) {
    const e = Evidence.GOAL_EVIDENCE[g];
    out.push(wrap(e.does, '              ', `  ${g.padEnd(12)}`));
    out.push(wrap(e.known, '              '));
  }
  return out.join('\n');
}
