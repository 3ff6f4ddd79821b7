/** The plan as terminal text: blocks, weeks and days, with what is done. */
import { Dates, type Plan } from '../../domain/index.js';

const PER_LINE = 3;

/** `done` holds the ids of plan days that have a logged session. */
export function plan(p: Plan.Plan, done: ReadonlySet<string>, today: Dates.IsoDate): string {
  const lines: string[] = [];
  for (const block of p.blocks) {
    lines.push(
      `Block ${block.index}: ${block.name} (weeks ${block.weeks[0]}-${block.weeks[block.weeks.length - 1]}). ${block.focus}`,
    );
    for (const week of block.weeks) {
      const days = p.days.filter((d) => d.week === week);
      const cells = days.map((d) => {
        const mark = done.has(d.id) ? 'x' : d.date < today ? '-' : d.date === today ? '>' : ' ';
        const main = d.slots.find((s) => s.role === 'main');
        const range = main ? ` ${main.sets}x${main.reps.min}-${main.reps.max}` : '';
        return `[${mark}] ${Dates.formatShort(d.date)} ${d.kind}${range}${d.tests.length ? ' +tests' : ''}`;
      });
      // Three days a line, so a week of four to six sessions stays within a terminal's width.
      for (let i = 0; i < cells.length; i += PER_LINE) {
        const head = i === 0 ? `  Week ${String(week).padStart(2)}  ` : ' '.repeat(11);
        lines.push(`${head}${cells.slice(i, i + PER_LINE).join('   ')}`);
      }
    }
  }
  lines.push('', '[x] done  [>] today  [-] missed');
  return lines.join('\n');
}
