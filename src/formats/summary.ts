/** What an import did (or would do) to the log, in one sentence for every face. */
export interface Outcome {
  readonly dryRun: boolean;
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly alreadyPresent: number;
  readonly elsewhere: number;
}

const sets = (n: number) => `${n} set${n === 1 ? '' : 's'}`;

/**
 * "3 sets added, 1 updated, 2 removed, 9065 already here." with the parts that are not zero
 * (added and already-here always), "would be" on a dry run.
 */
export function summary(o: Outcome): string {
  const verb = (done: string) => (o.dryRun ? `would be ${done}` : done);
  const parts = [`${sets(o.added)} ${verb('added')}`];
  if (o.updated) parts.push(`${o.updated} ${verb('updated')} (changed in the export)`);
  if (o.removed) parts.push(`${o.removed} ${verb('removed')} (no longer in the export)`);
  parts.push(`${o.alreadyPresent} already here`);
  if (o.elsewhere)
    parts.push(
      `${sets(o.elsewhere)} already logged here or imported from another app, not doubled`,
    );
  return `${parts.join(', ')}.`;
}
