/**
 * The quick set notation of `thrust log`: "3x12@95", "12@95kg", "12,11,10@100", "3x15"
 * (bodyweight), "2x10@bw". Parsed here into plain numbers; the use case validates ranges.
 */
import { err, ok, type Result } from '../domain/result.js';
import type { Units } from '../domain/index.js';

export interface Parsed {
  readonly reps: number[];
  readonly load: Units.Load;
}

const FORM =
  /^(?:(\d+)\s*[x×*]\s*)?(\d+(?:\s*,\s*\d+)*)\s*(?:@\s*(bw|\d+(?:[.,]\d+)?)\s*(kg|kgs|lb|lbs)?)?$/i;

export const NOTATION_HELP =
  'SETSxREPS@LOAD, e.g. 3x12@95, 12@95kg, 12,11,10@100 or 3x15 for bodyweight';

export function parse(text: string, defaultUnit: Units.Unit): Result<Parsed, string> {
  const m = FORM.exec(text.trim());
  if (!m) return err(`"${text}" is not a set; write ${NOTATION_HELP}`);
  const [, setsText, repsText = '', loadText, unitText] = m;
  const repsList = repsText.split(',').map((r) => Number(r.trim()));
  if (setsText !== undefined && repsList.length > 1)
    return err(`"${text}": give either a set count (3x12) or reps per set (12,11,10), not both`);
  const sets = setsText === undefined ? 1 : Number(setsText);
  if (sets < 1 || sets > 50) return err(`"${text}": between 1 and 50 sets at once`);
  const reps =
    repsList.length > 1 ? repsList : Array.from({ length: sets }, () => repsList[0] ?? 0);
  const unit: Units.Unit = unitText
    ? unitText.toLowerCase().startsWith('kg')
      ? 'kg'
      : 'lb'
    : defaultUnit;
  const value =
    loadText === undefined || loadText.toLowerCase() === 'bw'
      ? 0
      : Number(loadText.replace(',', '.'));
  return ok({ reps, load: { value, unit } });
}
