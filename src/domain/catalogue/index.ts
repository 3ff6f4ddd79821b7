/** Look-ups over the exercise catalogue: by id, by any alias, and did-you-mean suggestions. */
import type { Load, Unit } from '../units.js';
import { EXERCISES, type Exercise, type ExerciseId, type Implement } from './exercises.js';

export { EXERCISES };
export type { Exercise, ExerciseId, Implement, Laterality, Cues } from './exercises.js';

const BY_ID = new Map<string, Exercise>(EXERCISES.map((e) => [e.id, e]));

/**
 * The key names are matched by: NFKC, lower case, every run of what is not a letter or digit
 * (of any script) one space: "Hip Thrust (Barbell) " -> "hip thrust barbell",
 * "Жим лёжа!" -> "жим лёжа". Stored mappings and imported sets' ids are made from it, so it
 * must not change for names already imported: that is why combining marks still fold to a
 * space and why it lower-cases rather than fully case-folds (ß stays ß).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_NAME = new Map<string, Exercise>();
for (const e of EXERCISES) {
  for (const n of [e.id, e.name, ...e.aliases]) BY_NAME.set(normalizeName(n), e);
}

export function isExerciseId(id: string): id is ExerciseId {
  return BY_ID.has(id);
}

/**
 * A lifter's own exercise (one the catalogue does not have, usually from an import): kept,
 * logged and charted like any other, but never prescribed.
 */
export type CustomExerciseId = `custom:${string}`;
export type ExerciseRef = ExerciseId | CustomExerciseId;

const CUSTOM = /^custom:[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;

export function isCustomId(ref: string): ref is CustomExerciseId {
  return CUSTOM.test(ref) && ref === ref.toLowerCase();
}

export function isExerciseRef(ref: string): ref is ExerciseRef {
  return isExerciseId(ref) || isCustomId(ref);
}

/** Only letters of the Latin script (and digits): the names custom ids were first made for. */
const LATIN_KEY = /^[\p{Script=Latin}\p{Nd} ]*$/u;

/**
 * The custom id for a name: "Leg Press (Machine)" -> "custom:leg-press-machine",
 * "Жим ногами" -> "custom:жим-ногами", "ヒップスラスト" -> "custom:ヒップスラスト".
 * Latin names keep the ids they have always had (accents dropped, ASCII only), so stored
 * sets still match them; a name with letters of any other script keeps all its letters and
 * marks, so that names in Cyrillic or Japanese no longer all become one "unnamed".
 */
export function customId(name: string): CustomExerciseId {
  const key = normalizeName(name);
  const slug = LATIN_KEY.test(key)
    ? key
        .normalize('NFKD')
        .replace(/[^a-z0-9 ]/g, '')
        .trim()
        .replace(/ +/g, '-')
    : name
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
  return `custom:${slug || 'unnamed'}`;
}

/**
 * The reference a stored one stands for now: an exercise of the lifter's own whose name the
 * catalogue has since learned ("custom:bulgarian-split-squat", kept by an import before the
 * catalogue had split squats) is that catalogue exercise, so its old and new sets chart as
 * one. Custom ids only ever came from names the catalogue did not know (an import's mapping
 * targets catalogue exercises only), so no name a lifter chose to keep apart is merged.
 */
export function canonical(ref: ExerciseRef): ExerciseRef {
  if (!isCustomId(ref)) return ref;
  return find(ref.slice('custom:'.length).replace(/-/g, ' '))?.id ?? ref;
}

/**
 * Every id a lift's sets may be stored under: its own, and the custom ids its names were
 * given before the catalogue knew it (`canonical` reads those back as the lift).
 */
export function storedForms(ref: ExerciseRef): ExerciseRef[] {
  if (!isExerciseId(ref)) return [ref];
  const e = get(ref);
  const forms = [e.name, ...e.aliases].map(customId).filter((c) => canonical(c) === ref);
  return [ref, ...new Set(forms)];
}

/**
 * A display name for any exercise reference: a lifter's own exercise by its name as written
 * when `own` has it (its id drops accents, case and punctuation), else from its id.
 */
export function nameOf(ref: ExerciseRef, own?: ReadonlyMap<string, string>): string {
  if (isExerciseId(ref)) return get(ref).name;
  const written = own?.get(ref);
  if (written) return written;
  const words = ref.slice('custom:'.length).replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The exercise with this id; throws for an unknown id (ids are validated at the edges). */
export function get(id: ExerciseId): Exercise {
  const e = BY_ID.get(id);
  if (!e) throw new RangeError(`unknown exercise id ${id}`);
  return e;
}

/** The exercise an id, name or alias refers to, or undefined. */
export function find(name: string): Exercise | undefined {
  return BY_NAME.get(normalizeName(name));
}

/** Levenshtein distance, for did-you-mean suggestions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Up to `limit` catalogue ids whose id, name or alias is closest to `name`. */
export function suggest(name: string, limit = 3): ExerciseId[] {
  const n = normalizeName(name);
  const best = new Map<ExerciseId, number>();
  for (const [alias, e] of BY_NAME) {
    const d =
      alias.includes(n) || n.includes(alias)
        ? 0
        : distance(n, alias) / Math.max(n.length, alias.length);
    best.set(e.id, Math.min(best.get(e.id) ?? Infinity, d));
  }
  return [...best]
    .filter(([, d]) => d <= 0.5)
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([id]) => id);
}

/**
 * The default load step for an implement (R8): 10 lb on a barbell, 5 lb with dumbbells.
 * In kilograms the nearest steps a gym can load: 5 kg (2.5 kg a side) and 2.5 kg.
 * Cable and machine stacks move in the dumbbell step (not in the seed; the common stack plate).
 * Bands and bodyweight progress by reps, hold and band level instead, so they have none.
 */
export function increment(implement: Implement, unit: Unit): Load | null {
  switch (implement) {
    case 'barbell':
      return unit === 'lb' ? { value: 10, unit } : { value: 5, unit };
    case 'dumbbell':
    case 'cable':
    case 'machine':
      return unit === 'lb' ? { value: 5, unit } : { value: 2.5, unit };
    case 'band':
    case 'bodyweight':
      return null;
  }
}
