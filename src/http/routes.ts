/** The /api/v1 routes: each parses, calls one use case, and formats. */
import { createRoute, z } from '@hono/zod-openapi';
import * as Sessions from '../app/sessions.js';
import * as Setup from '../app/setup.js';
import { Catalogue } from '../domain/index.js';
import * as Stats from '../app/stats.js';
import * as Training from '../app/training.js';
import * as Views from '../app/views.js';
import * as S from '../schemas/index.js';
import { body, errors, idParam, json, problemResponse, type App } from './openapi.js';
import { fromApp, problem, send } from './problem.js';
import { reachable } from './unavailable.js';

/** Longest /health waits for the database. */
const HEALTH_TIMEOUT_MS = 2_000;

const dateQuery = z.object({ date: S.day.optional() }).strict();
const dateParam = z.object({ date: S.day.describe('the session’s day, YYYY-MM-DD') });

export function register(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/health',
      summary: 'Up, and the database answers (within 2 s); 503 when it does not',
      responses: {
        200: json('Up, and the database answers'),
        503: problemResponse('The database does not answer'),
      },
    }),
    async (c) =>
      (await reachable(c.var.deps.store, HEALTH_TIMEOUT_MS))
        ? send(c, { ok: true, engine: c.var.deps.store.engine }, 200)
        : (problem(
            c,
            503,
            'unavailable',
            `The ${c.var.deps.store.engine} database did not answer within ${HEALTH_TIMEOUT_MS} ms.`,
          ) as never),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/profile',
      summary: 'The lifter’s profile',
      responses: { 200: json('The profile'), ...errors },
    }),
    async (c) => {
      const profile = await c.var.deps.store.getProfile(c.var.deps.user);
      return profile ? send(c, profile, 200) : fromApp(c, { code: 'not-set-up' });
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/profile',
      summary: 'Set up (or redo) the profile from the onboarding answers; makes a new plan',
      request: body(Setup.answers.strict()),
      responses: { 200: json('The profile and its plan'), ...errors },
    }),
    async (c) => {
      const r = await Setup.init(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/settings',
      summary:
        'Change settings: pace, stall and deload, e1RM formula, left/right threshold; loads follow',
      request: body(Setup.settingsPatch),
      responses: { 200: json('The settings now'), ...errors },
    }),
    async (c) => {
      const r = await Setup.updateSettings(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plan',
      summary:
        'The current plan by week and day, what of it is done, and once it is over the proposed next plan',
      responses: { 200: json('The plan'), ...errors },
    }),
    async (c) => {
      const r = await Views.planView(c.var.deps);
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans',
      summary:
        'Start the next plan (default today), optionally with another goal, sessions a week or weekdays; the log carries over',
      request: body(Setup.newPlanInput),
      responses: { 201: json('The profile and the new plan'), ...errors },
    }),
    async (c) => {
      const r = await Setup.newPlan(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 201) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/today',
      summary: 'What to lift on a day (default today)',
      request: { query: dateQuery },
      responses: { 200: json('Today’s session, or when the next one is'), ...errors },
    }),
    async (c) => {
      const r = await Training.todayView(c.var.deps, c.req.valid('query').date);
      // With the date it is for, so a page can log a moved session on the right day.
      return r.ok ? send(c, { date: r.value.date, ...r.value.today }, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/next',
      summary: 'The next session not yet logged',
      request: { query: dateQuery },
      responses: { 200: json('The next session'), ...errors },
    }),
    async (c) => {
      const r = await Training.next(c.var.deps, c.req.valid('query').date);
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/sets',
      summary: 'Log sets of one exercise (idempotent: a set id already stored is not stored again)',
      request: body(Training.logBody),
      responses: { 201: json('The stored sets'), ...errors },
    }),
    async (c) => {
      const r = await Training.logValid(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 201) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/sets/{id}',
      summary: 'Correct a logged set',
      request: { params: idParam, ...body(Training.editInput) },
      responses: { 200: json('The corrected set'), ...errors },
    }),
    async (c) => {
      const r = await Training.edit(c.var.deps, c.req.valid('param').id, c.req.valid('json'));
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/sets/{id}',
      summary: 'Remove a logged set',
      request: { params: idParam },
      responses: { 200: json('The removed set'), ...errors },
    }),
    async (c) => {
      const r = await Training.undo(c.var.deps, c.req.valid('param').id);
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/sessions',
      summary:
        'Logged sessions, newest first, with the names of the lifter’s own exercises as written (custom id -> name)',
      request: {
        query: z.object({ exercise: z.string().optional(), since: S.day.optional() }).strict(),
      },
      responses: { 200: json('Sessions with their sets'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const r = await Training.history(c.var.deps, {
        ...(q.exercise && { exercise: q.exercise }),
        ...(q.since && { since: q.since }),
      });
      if (!r.ok) return fromApp(c, r.error);
      const names = await c.var.deps.store.exerciseNames(c.var.deps.user);
      return send(c, { sessions: r.value, names: Object.fromEntries(names) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/sessions/{date}',
      summary: 'Move a whole session to another day (one with no session, not in the future)',
      request: {
        params: dateParam,
        ...body(z.object({ date: S.day.describe('the new day, YYYY-MM-DD') }).strict()),
      },
      responses: { 200: json('Where the session went, and the plan day it counts as'), ...errors },
    }),
    async (c) => {
      const r = await Sessions.move(
        c.var.deps,
        c.req.valid('param').date,
        c.req.valid('json').date,
      );
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/sessions/{date}',
      summary: 'Delete a whole session with every set in it',
      request: { params: dateParam },
      responses: { 200: json('The deleted session'), ...errors },
    }),
    async (c) => {
      const r = await Sessions.remove(c.var.deps, c.req.valid('param').date);
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/stats',
      summary:
        'Progress: adherence, volume, e1RM and PRs, projection, symmetry, hips, tests, stalls',
      request: { query: z.object({ since: S.day.optional() }).strict() },
      responses: { 200: json('The overview'), ...errors },
    }),
    async (c) => {
      const since = c.req.valid('query').since;
      const r = await Stats.overview(c.var.deps, since ? { since } : {});
      return r.ok ? send(c, r.value, 200) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/stats/{exercise}',
      summary: 'One exercise in detail: each session’s best and e1RM, PRs, weekly sets, symmetry',
      request: {
        params: z.object({ exercise: z.string().min(1).max(100) }),
        query: z.object({ since: S.day.optional() }).strict(),
      },
      responses: { 200: json('The exercise’s progress'), ...errors },
    }),
    async (c) => {
      const since = c.req.valid('query').since;
      const r = await Stats.exercise(
        c.var.deps,
        c.req.valid('param').exercise,
        since ? { since } : {},
      );
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/exercises',
      summary: 'The exercise catalogue: names, aliases, cues and gear',
      responses: { 200: json('The exercises') },
    }),
    (c) => send(c, { exercises: Catalogue.EXERCISES }),
  );
}
