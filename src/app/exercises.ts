/**
 * Which exercise a lifter means: a catalogue lift by its id, name or any alias, or one of
 * their own. An exercise of their own is logged and charted like any other and never
 * prescribed; it is created by logging it once with `custom` (so a typo of a catalogue
 * name is not silently kept as a new lift), and known from then on by its name.
 */
import { Catalogue } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import type { Deps } from './deps.js';
import type { AppResult } from './errors.js';

export const CUSTOM_HINT =
  'To log it as your own exercise (logged and charted, never prescribed), log it once as custom (--custom).';

/** The exercise `name` refers to; with `custom`, a name the catalogue lacks becomes the lifter's own. */
export async function resolve(
  deps: Deps,
  name: string,
  opts: { custom?: boolean; field?: string } = {},
): Promise<AppResult<Catalogue.ExerciseRef>> {
  const found = Catalogue.find(name);
  if (found) return ok(found.id);
  const trimmed = name.trim();
  if (Catalogue.normalizeName(trimmed) === '')
    return err({
      code: 'invalid',
      field: opts.field ?? 'exercise',
      message: `"${name}" has no letters or digits: name the exercise`,
    });
  const ref = Catalogue.isCustomId(trimmed) ? trimmed : Catalogue.customId(trimmed);
  const canonical = Catalogue.canonical(ref);
  if (opts.custom && canonical === ref && ref !== trimmed)
    // Its name as written, for showing it (the id drops accents, case and punctuation).
    await deps.store.nameExercises(deps.user, [
      { exercise: ref, name: trimmed.replace(/\s+/g, ' ') },
    ]);
  if (opts.custom || (await known(deps, ref))) return ok(canonical);
  return err({
    code: 'unknown-exercise',
    field: opts.field ?? 'exercise',
    name,
    suggestions: Catalogue.suggest(name),
    hint: CUSTOM_HINT,
  });
}

/** The lifter has sets of this exercise (logged or imported). */
async function known(deps: Deps, ref: Catalogue.ExerciseRef): Promise<boolean> {
  return (await deps.store.exerciseSessions(deps.user, [ref])).length > 0;
}
