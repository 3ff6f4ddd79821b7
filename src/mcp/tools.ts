/**
 * The MCP tools: one per API read or write an assistant needs, each with the API route's own
 * input schema and the same use case behind it, so a tool answers what the route answers.
 */
import * as z from 'zod';
import * as Body from '../app/body.js';
import type { Deps } from '../app/deps.js';
import type { AppResult } from '../app/errors.js';
import * as Stats from '../app/stats.js';
import * as Training from '../app/training.js';
import { planView } from '../app/views.js';
import { ok } from '../domain/result.js';
import * as S from '../schemas/index.js';

export interface Tool<T extends z.ZodType = z.ZodType> {
  readonly title: string;
  readonly description: string;
  /** The API route's schema for the same input (query or body). */
  readonly input: T;
  /** Reads only: MCP's readOnlyHint. Writes are idempotent given set ids (log_sets). */
  readonly readOnly: boolean;
  /** The route it mirrors, for the description and the docs. */
  readonly route: string;
  readonly run: (deps: Deps, input: z.output<T>) => Promise<AppResult<object>>;
}

const tool = <T extends z.ZodType>(t: Tool<T>): Tool => t;

/** GET /today's and GET /next's query. */
const dateQuery = z
  .object({ date: S.day.optional().describe('the day, YYYY-MM-DD (default today)') })
  .strict();

/** GET /stats, or GET /stats/{exercise} when one is named. */
export async function statsView(
  deps: Deps,
  q: { exercise?: string | undefined; since?: string | undefined },
): Promise<AppResult<object>> {
  const opts = q.since ? { since: q.since } : {};
  return q.exercise ? Stats.exercise(deps, q.exercise, opts) : Stats.overview(deps, opts);
}

export const TOOLS: Readonly<Record<string, Tool>> = {
  today: tool({
    title: 'Today’s session',
    description:
      'What to lift on a day (default today): each exercise with its prescribed sets, reps and load (derived from the log), warm-up ramp, plates, cues and gear; or when the next session is.',
    input: dateQuery,
    readOnly: true,
    route: 'GET /api/v1/today',
    run: async (deps, q) => {
      const r = await Training.todayView(deps, q.date);
      return r.ok ? ok({ date: r.value.date, ...r.value.today }) : r;
    },
  }),
  next: tool({
    title: 'Next session',
    description:
      'The next planned session not yet logged, from a day on (default today), with the prescriptions the whole log now calls for.',
    input: dateQuery,
    readOnly: true,
    route: 'GET /api/v1/next',
    run: (deps, q) => Training.next(deps, q.date),
  }),
  log_sets: tool({
    title: 'Log sets',
    description:
      'Log sets of one exercise on a day (default today). Give each set an id (a UUID, as the web app’s outbox does): a set whose id is already stored is not stored again, so a retry never doubles a set. Answers the stored sets and any records they beat.',
    input: Training.logBody,
    readOnly: false,
    route: 'POST /api/v1/sets',
    run: (deps, body) => Training.log(deps, body),
  }),
  history: tool({
    title: 'Training history',
    description:
      'Logged sessions, newest first, optionally of one exercise or from a day on, with the names of the lifter’s own exercises as written.',
    input: z
      .object({
        exercise: z.string().optional().describe('an exercise id, name or alias'),
        since: S.day.optional().describe('only sessions from this day on, YYYY-MM-DD'),
      })
      .strict(),
    readOnly: true,
    route: 'GET /api/v1/sessions',
    run: async (deps, q) => {
      const r = await Training.history(deps, {
        ...(q.exercise && { exercise: q.exercise }),
        ...(q.since && { since: q.since }),
      });
      if (!r.ok) return r;
      const names = await deps.store.exerciseNames(deps.user);
      return ok({ sessions: r.value, names: Object.fromEntries(names) });
    },
  }),
  stats: tool({
    title: 'Progress',
    description:
      'Is it working: adherence, weekly hard sets, each track’s e1RM trend and PRs, the projection, left/right symmetry, hips, tests and stalls; or one exercise in detail when named.',
    input: z
      .object({
        exercise: z
          .string()
          .min(1)
          .max(100)
          .optional()
          .describe('one exercise in detail (GET /stats/{exercise})'),
        since: S.day.optional().describe('only sessions from this day on, YYYY-MM-DD'),
      })
      .strict(),
    readOnly: true,
    route: 'GET /api/v1/stats',
    run: statsView,
  }),
  measure: tool({
    title: 'Record a measurement',
    description:
      'Record a body measurement (default the monthly hip circumference, in cm, or inches for a pound lifter); answers it with its series.',
    input: Body.measureInput.strict(),
    readOnly: false,
    route: 'POST /api/v1/measurements',
    run: (deps, body) => Body.measure(deps, body),
  }),
  plan: tool({
    title: 'The plan',
    description:
      'The current plan by week and day (days, slots, rep ranges: loads come from the log), which days are done, and once it is over the proposed next plan.',
    input: z.object({}).strict(),
    readOnly: true,
    route: 'GET /api/v1/plan',
    run: (deps) => planView(deps),
  }),
};
