/**
 * Coach and athlete (multi-user mode). Links: invite, accept, revoke. A coach reaches an
 * athlete's data only under /api/v1/athletes/{id}/..., and only while the link is active.
 */
import { createRoute, z } from '@hono/zod-openapi';
import * as Coaching from '../app/coaching.js';
import * as Stats from '../app/stats.js';
import * as Training from '../app/training.js';
import * as S from '../schemas/index.js';
import { body, errors, idParam, json, type App } from './openapi.js';
import { fromApp, send } from './problem.js';

export function registerCoach(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/coach/links',
      summary: 'Your links: athletes you coach or invited, and coaches who invited you',
      responses: { 200: json('Links as coach and as athlete'), ...errors },
    }),
    async (c) => send(c, await Coaching.links(c.var.deps)),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/coach/invites',
      summary: 'Invite an athlete by email; they see it when logged in and may accept',
      request: body(Coaching.inviteInput),
      responses: { 201: json('The pending link'), ...errors },
    }),
    async (c) => {
      const r = await Coaching.invite(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 201) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/coach/links/{id}/accept',
      summary: 'Accept a coach’s invitation (as the invited athlete)',
      request: { params: idParam },
      responses: { 200: json('The active link'), ...errors },
    }),
    async (c) => {
      const r = await Coaching.accept(c.var.deps, c.req.valid('param').id);
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/coach/links/{id}',
      summary: 'End a link: the athlete revokes the coach, or the coach withdraws',
      request: { params: idParam },
      responses: { 200: json('The ended link'), ...errors },
    }),
    async (c) => {
      const r = await Coaching.revoke(c.var.deps, c.req.valid('param').id);
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/athletes/{id}/sessions',
      summary: 'An athlete’s logged sessions, newest first (coach only, while linked)',
      request: { params: idParam, query: z.object({ since: S.day.optional() }).strict() },
      responses: { 200: json('Sessions with their sets'), ...errors },
    }),
    async (c) => {
      const a = await Coaching.asCoachOf(c.var.deps, c.req.valid('param').id);
      if (!a.ok) return fromApp(c, a.error);
      const since = c.req.valid('query').since;
      const r = await Training.history(a.value, since ? { since } : {});
      return r.ok ? send(c, { sessions: r.value }) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/athletes/{id}/stats',
      summary: 'An athlete’s progress overview (coach only, while linked)',
      request: { params: idParam },
      responses: { 200: json('The overview'), ...errors },
    }),
    async (c) => {
      const a = await Coaching.asCoachOf(c.var.deps, c.req.valid('param').id);
      if (!a.ok) return fromApp(c, a.error);
      const r = await Stats.overview(a.value);
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/athletes/{id}/plan',
      summary: 'An athlete’s current plan and what is done (coach only, while linked)',
      request: { params: idParam },
      responses: { 200: json('The plan'), ...errors },
    }),
    async (c) => {
      const a = await Coaching.asCoachOf(c.var.deps, c.req.valid('param').id);
      if (!a.ok) return fromApp(c, a.error);
      const r = await Training.snapshot(a.value);
      return r.ok
        ? send(c, { plan: r.value.plan.plan, done: [...Training.doneDays(r.value)] })
        : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/athletes/{id}/plan',
      summary: 'Assign an athlete a plan: goal, sessions a week, weekdays, start (coach only)',
      request: { params: idParam, ...body(Coaching.assignInput) },
      responses: { 200: json('The athlete’s profile and new plan'), ...errors },
    }),
    async (c) => {
      const a = await Coaching.asCoachOf(c.var.deps, c.req.valid('param').id);
      if (!a.ok) return fromApp(c, a.error);
      const r = await Coaching.assignPlan(a.value, c.req.valid('json'));
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );
}
