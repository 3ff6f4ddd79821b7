/**
 * `thrust log` with no arguments, on a terminal: today's session walked set by set, each
 * logged as it is confirmed. The prompts' package loads only when the walk starts.
 */
import type { Deps } from '../../app/deps.js';
import { message } from '../../app/errors.js';
import * as Training from '../../app/training.js';
import { Units } from '../../domain/index.js';
import { unwrap } from '../context.js';
import { EXIT, Exit } from '../exit.js';
import * as Notation from '../notation.js';
import * as Render from '../render/index.js';

/** Walk today's session set by set on a terminal. */
export async function interactive(deps: Deps, date: string): Promise<void> {
  const p = await import('@clack/prompts');
  const view = unwrap(await Training.todayView(deps, date));
  if (view.today.kind !== 'training')
    throw new Exit(
      EXIT.state,
      `No session planned on ${date}. Log with \`thrust log EXERCISE SETS\`, e.g. thrust log hip-thrust 3x12@95 --clean.`,
    );
  const unit = view.snapshot.profile.units;
  p.intro(`${view.today.day.title}: set by set. Esc to stop; what is logged stays logged.`);
  for (const it of view.today.items) {
    const rx = it.prescription;
    const last = Render.Workout.lastTime(it.lastTime, unit);
    if (last) p.log.message(`${it.exercise.name}. ${last}`);
    // R5: the weaker side first, with its extra set while the gap is over the threshold.
    const first = it.sides?.first ?? 'left';
    const order = rx.perSide
      ? ([first, first === 'left' ? 'right' : 'left'] as const)
      : ([null] as const);
    for (const side of order) {
      const sets = rx.sets + (side !== null && it.sides?.extraSet === side ? 1 : 0);
      // What is already logged today for this slot and side is not asked again.
      const already = it.logged.filter((x) => x.side === side).length;
      for (let n = already + 1; n <= sets; n++) {
        const load = rx.load ?? { value: 0, unit };
        const what =
          rx.load === null
            ? 'calibrate, work up'
            : load.value
              ? Units.format(load, unit)
              : (rx.band ?? 'bodyweight');
        const label = `${it.exercise.name}${side ? ` (${side})` : ''} set ${n}/${sets}: ${rx.reps} @ ${what}`;
        const done = await p.text({
          message: `${label}. ${rx.load === null ? 'Enter REPS@LOAD' : `Reps done (Enter = ${rx.reps}), or REPS@LOAD`}`,
          ...(rx.load !== null && {
            defaultValue: `${rx.reps}@${load.value}${load.unit}`,
            placeholder: `${rx.reps}`,
          }),
        });
        if (p.isCancel(done)) return p.outro('Stopped.');
        const parsed = Notation.parse(
          done.includes('@') ? done : `${done}@${load.value}${load.unit}`,
          unit,
        );
        if (!parsed.ok) {
          p.log.error(parsed.error);
          n--;
          continue;
        }
        const clean = await p.confirm({
          message: 'Clean form: full range, real squeeze at the top?',
          initialValue: true,
        });
        if (p.isCancel(clean)) return p.outro('Stopped.');
        const r = await Training.log(deps, {
          exercise: it.exercise.id,
          date,
          sets: [
            {
              load: parsed.value.load,
              reps: parsed.value.reps[0] ?? 0,
              side,
              clean,
              holdSeconds: rx.holdSeconds || null,
              band: rx.band,
              track: it.slot.track,
            },
          ],
        });
        if (!r.ok) p.log.error(message(r.error));
        else {
          p.log.success(`saved ${Render.Sets.shortId(r.value.sets[0]?.id ?? '')}`);
          for (const line of Render.Workout.records(r.value.records, unit)) p.log.info(line);
        }
      }
    }
  }
  p.outro('Session logged. `thrust next` shows what comes next.');
}
