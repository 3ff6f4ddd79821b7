/** Read models shared by the HTTP API and the MCP server, so both answer alike. */
import { ok } from '../domain/result.js';
import { today, type Deps } from './deps.js';
import type { AppResult } from './errors.js';
import * as Setup from './setup.js';
import * as Training from './training.js';

/** GET /plan's answer: the plan, the days done, and the next plan once this one is over. */
export async function planView(deps: Deps): Promise<AppResult<object>> {
  const r = await Training.snapshot(deps);
  if (!r.ok) return r;
  return ok({
    id: r.value.plan.id,
    plan: r.value.plan.plan,
    done: [...Training.doneDays(r.value)],
    plans: r.value.plans.length,
    proposal: Setup.proposal(r.value, today(deps)),
  });
}
