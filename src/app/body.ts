/** Measurements (R9) and performance tests (R11). */
import * as z from 'zod';
import { Body as BodyRules, Dates } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import type { Measurement, PerformanceTest, Photo } from '../store/port.js';
import { today, type Deps } from './deps.js';
import type { AppResult } from './errors.js';
import { parse } from './validate.js';

/** R9: hip circumference once a month. */
export const MEASURE_EVERY_DAYS = 30;
export const HIP = 'hip-circumference';

export const measureInput = z.object({
  kind: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case words joined by dashes, like hip-circumference')
    .default(HIP),
  value: z.number().positive('must be more than 0').max(10000),
  unit: z.string().trim().min(1).max(10).optional(),
  date: S.day.optional(),
  note: z.string().max(2000).nullable().default(null),
});

const DEFAULT_UNITS: Record<string, string> = {
  [HIP]: 'cm',
  bodyweight: 'kg',
  waist: 'cm',
  thigh: 'cm',
};

function notFuture(deps: Deps, date: string, field: string): AppResult<string> {
  return date > today(deps)
    ? err({ code: 'invalid', field, message: `${date} is in the future` })
    : ok(date);
}

export async function measure(
  deps: Deps,
  input: z.input<typeof measureInput>,
): Promise<AppResult<{ added: Measurement; series: Measurement[] }>> {
  const i = parse(measureInput, input);
  if (!i.ok) return i;
  const date = notFuture(deps, i.value.date ?? today(deps), 'date');
  if (!date.ok) return date;
  const profile = await deps.store.getProfile(deps.user);
  const unit = i.value.unit ?? DEFAULT_UNITS[i.value.kind] ?? '';
  // A pound lifter measures with inches: every circumference defaults to them.
  const fallback =
    i.value.kind === 'bodyweight'
      ? (profile?.units ?? 'kg')
      : unit === 'cm' && profile?.units === 'lb'
        ? 'in'
        : unit;
  const added: Measurement = {
    id: deps.newId(),
    date: date.value,
    kind: i.value.kind,
    value: i.value.value,
    unit: i.value.unit ?? fallback,
    note: i.value.note,
  };
  if (!added.unit)
    return err({
      code: 'invalid',
      field: 'unit',
      message: `say the unit for "${added.kind}" (e.g. --unit cm)`,
    });
  const problem = BodyRules.check(added.kind, added.value, added.unit);
  if (problem) return err({ code: 'invalid', field: problem.field, message: problem.message });
  await deps.store.addMeasurement(deps.user, added);
  return ok({ added, series: await deps.store.measurements(deps.user, added.kind) });
}

/** Whether the monthly hip measurement is due on `date`, and since when. */
export function hipDue(
  series: readonly Measurement[],
  date: string,
): { due: boolean; last: string | null; daysSince: number | null } {
  const last = series.filter((m) => m.kind === HIP).at(-1)?.date ?? null;
  if (!last) return { due: true, last, daysSince: null };
  const daysSince = Dates.daysBetween(last, date);
  return { due: daysSince >= MEASURE_EVERY_DAYS, last, daysSince };
}

export const testInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('sprint'),
      seconds: z.number().positive().max(120, 'over 120 s is not a sprint'),
      distanceM: z.number().positive().max(400).default(20),
      date: S.day.optional(),
      note: z.string().max(2000).nullable().default(null),
    })
    .strict(),
  z
    .object({
      kind: z.literal('vertical-jump'),
      height: z.number().positive().max(200),
      unit: z.enum(['cm', 'in']).default('cm'),
      date: S.day.optional(),
      note: z.string().max(2000).nullable().default(null),
    })
    .strict(),
]);

export async function recordTest(
  deps: Deps,
  input: z.input<typeof testInput>,
): Promise<AppResult<{ added: PerformanceTest; series: PerformanceTest[] }>> {
  const i = parse(testInput, input);
  if (!i.ok) return i;
  const date = notFuture(deps, i.value.date ?? today(deps), 'date');
  if (!date.ok) return date;
  const v = i.value;
  const added: PerformanceTest =
    v.kind === 'sprint'
      ? {
          id: deps.newId(),
          date: date.value,
          kind: 'sprint',
          value: v.seconds,
          unit: 's',
          distanceM: v.distanceM,
          note: v.note,
        }
      : {
          id: deps.newId(),
          date: date.value,
          kind: 'vertical-jump',
          value: v.height,
          unit: v.unit,
          distanceM: null,
          note: v.note,
        };
  await deps.store.addTest(deps.user, added);
  return ok({
    added,
    series: (await deps.store.tests(deps.user)).filter((t) => t.kind === added.kind),
  });
}

/** Progress photos (R9: a visual record): the file stays where it is; Thrust keeps its path and date. */
export const PHOTO_TYPES = ['.jpg', '.jpeg', '.png', '.heic', '.webp'] as const;

export const photoInput = z.object({
  path: z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => PHOTO_TYPES.some((t) => p.toLowerCase().endsWith(t)), {
      message: `expected an image file (${PHOTO_TYPES.join(', ')})`,
    }),
  date: S.day.optional(),
  note: z.string().max(2000).nullable().default(null),
});

export async function addPhoto(
  deps: Deps,
  input: z.input<typeof photoInput>,
): Promise<AppResult<{ added: Photo; all: Photo[] }>> {
  const i = parse(photoInput, input);
  if (!i.ok) return i;
  const date = notFuture(deps, i.value.date ?? today(deps), 'date');
  if (!date.ok) return date;
  const added: Photo = {
    id: deps.newId(),
    date: date.value,
    path: i.value.path,
    note: i.value.note,
  };
  await deps.store.addPhoto(deps.user, added);
  return ok({ added, all: await deps.store.photos(deps.user) });
}

/** Image types a server accepts as uploads, by the bytes they start with. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** What an image's first bytes say it is (its magic number), or null for none we take. */
export function sniff(b: Uint8Array): (typeof UPLOAD_TYPES)[number] | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (ascii(1, 4) === 'PNG' && b[0] === 0x89) return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|mif1|msf1)$/.test(ascii(8, 12))) return 'image/heic';
  return null;
}

export const uploadInput = z.object({
  date: S.day.optional(),
  note: z.string().max(2000).nullable().default(null),
  name: z.string().max(255).optional(),
});

/**
 * A photo uploaded to a server: kept in the database so every server process can show it.
 * The declared type must match what the bytes are; the size is capped.
 */
export async function uploadPhoto(
  deps: Deps,
  file: { bytes: Uint8Array; contentType: string },
  input: z.input<typeof uploadInput>,
): Promise<AppResult<Photo>> {
  const i = parse(uploadInput, input);
  if (!i.ok) return i;
  if (file.bytes.length === 0)
    return err({ code: 'invalid', field: 'body', message: 'the photo is empty' });
  if (file.bytes.length > MAX_PHOTO_BYTES)
    return err({
      code: 'invalid',
      field: 'body',
      message: `a photo may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
    });
  const declared = file.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const actual = sniff(file.bytes);
  if (!actual || actual !== declared)
    return err({
      code: 'invalid',
      field: 'content-type',
      message: `expected one of ${UPLOAD_TYPES.join(', ')} with bytes to match; sent ${declared || 'nothing'}${actual ? `, but the bytes are ${actual}` : ', and the bytes are not an image of those types'}`,
    });
  const date = notFuture(deps, i.value.date ?? today(deps), 'date');
  if (!date.ok) return date;
  const photo: Photo = {
    id: deps.newId(),
    date: date.value,
    path: `upload:${i.value.name ?? `${date.value}.${actual.slice(6)}`}`,
    note: i.value.note,
  };
  await deps.store.addPhotoFile(deps.user, photo, { contentType: actual, bytes: file.bytes });
  return ok(photo);
}
