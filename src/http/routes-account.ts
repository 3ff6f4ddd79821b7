/**
 * /api/v1/account: confirming the account's email (multi-user mode). A link is sent at
 * sign-up and on request; with no mail server configured it is written to the server's log,
 * where the operator finds it. GET opens the link from a browser; POST takes its token from
 * a script or the app.
 */
import { createRoute, z } from '@hono/zod-openapi';
import * as Verification from '../app/verification.js';
import { secure, type Mode } from './auth.js';
import { body, errors, json, problemResponse, type App, type Ctx } from './openapi.js';
import { fromApp, send } from './problem.js';

type Multi = Extract<Mode, { kind: 'multi' }>;
export type Log = (line: Record<string, unknown>) => void;

/** Where this server is reached, for links back to it. */
export function origin(c: Ctx, mode: Multi): string {
  const url = new URL(c.req.url);
  return `${secure(c, mode) ? 'https:' : url.protocol}//${url.host}`;
}

/** No mail server: the link goes to the server's log, for the operator to pass on. */
export const logDelivery =
  (log: Log): Verification.Deliver =>
  (letter) =>
    log({
      time: new Date().toISOString(),
      msg: 'email confirmation link (no mail server configured: pass it on to the account holder)',
      to: letter.to,
      link: letter.link,
      expiresAt: letter.expiresAt,
    });

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)} · Thrust</title></head><body><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="/#/coach">Open Thrust</a></p></body></html>`;

export function registerAccount(app: App, mode: Multi, deliver: Verification.Deliver): void {
  const auth = (c: Ctx) => ({ store: c.var.deps.store, now: c.var.deps.now, policy: mode.policy });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/account/email',
      summary: 'The account’s email and whether it is confirmed',
      responses: { 200: json('The email and when it was confirmed (null: not yet)'), ...errors },
    }),
    async (c) => send(c, await Verification.status(auth(c), c.var.deps.user)),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/account/verification',
      summary:
        'Send a new link confirming the account’s email (earlier links stop working); without a mail server it goes to the server log',
      responses: {
        202: json('Sent: where, and until when the link works'),
        ...errors,
        429: problemResponse('Too many links asked for; see Retry-After'),
      },
    }),
    async (c) => {
      const r = await Verification.sendLink(auth(c), c.var.deps.user, origin(c, mode), deliver);
      if (!r.ok) return fromApp(c, r.error);
      return send(
        c,
        {
          ...r.value,
          detail: `A link confirming ${r.value.email} was sent; open it before ${r.value.expiresAt}. This server has no mail server configured: its operator finds the link in the server's log.`,
        },
        202,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: Verification.VERIFY_PATH,
      summary:
        'Confirm an email with the token of its link (no login needed: the token is the proof)',
      request: body(Verification.verifyInput),
      responses: { 200: json('The confirmed email'), ...errors },
    }),
    async (c) => {
      const r = await Verification.verify(auth(c), c.req.valid('json'));
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: Verification.VERIFY_PATH,
      summary: 'Open a confirmation link in a browser: confirms the email, answers a page',
      request: { query: z.object({ token: z.string().max(200).optional() }) },
      responses: {
        200: {
          description: 'Confirmed (a page)',
          content: { 'text/html': { schema: z.string() } },
        },
        422: {
          description: 'Not confirmed (a page)',
          content: { 'text/html': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const r = await Verification.verify(auth(c), { token: c.req.valid('query').token ?? '' });
      return r.ok
        ? c.html(
            page(
              'Email confirmed',
              `${r.value.email} is confirmed: a coach's invitation to it can be accepted now.`,
            ),
            200,
          )
        : c.html(
            page(
              'Not confirmed',
              'This confirmation link is unknown, used or expired. Log in to Thrust and ask for a new one on the Coach screen.',
            ),
            422,
          );
    },
  );
}
