/** `thrust evidence [topic]`: what research says about each rule and default, with sources. */
import type { Command } from 'commander';
import { Evidence } from '../../domain/index.js';
import { printJson, type GlobalOptions } from '../context.js';
import { EXIT, Exit } from '../exit.js';
import * as Render from '../render/evidence.js';

export function register(program: Command, _global: () => GlobalOptions): void {
  program
    .command('evidence')
    .description(
      'What research says about each rule and default Thrust uses: sources, confidence, and where it disagrees with the seed.',
    )
    .argument(
      '[topic]',
      `a topic (${Evidence.TOPIC_IDS.join(', ')}), a rule (R8) or a study (Plotkin 2023)`,
    )
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust evidence\n  thrust evidence transfer\n  thrust evidence R8\n  thrust evidence "Plotkin 2023"\n  thrust today --why           where each number of today’s session comes from',
    )
    .action((topic: string | undefined, f: { json?: boolean }) => {
      if (topic === undefined) {
        if (f.json)
          return printJson({
            topics: Evidence.TOPICS,
            claims: Evidence.CLAIMS,
            disagreements: Evidence.DISAGREEMENTS,
            rules: Evidence.RULES,
            studies: Evidence.STUDIES,
          });
        return console.log(Render.overview());
      }
      const claims = Evidence.lookup(topic);
      if (claims.length === 0)
        throw new Exit(
          EXIT.usage,
          `evidence: nothing on "${topic}". Topics: ${Evidence.TOPIC_IDS.join(', ')}; or a rule (R8) or a study (Plotkin 2023).`,
        );
      if (f.json) {
        const keys = new Set(claims.flatMap((c) => c.sources.map(Evidence.label)));
        const numbers = new Set(claims.flatMap((c) => c.disagreement ?? []));
        return printJson({
          query: topic,
          claims,
          disagreements: Evidence.DISAGREEMENTS.filter((d) => numbers.has(d.n)),
          studies: Evidence.STUDIES.filter((s) => keys.has(s.key)),
        });
      }
      console.log(Render.detail(topic, claims));
    });
}
