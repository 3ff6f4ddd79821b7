/**
 * The built `thrust` command on evidence: `thrust evidence` and a topic, `thrust today
 * --why` for a kilogram lifter (the seed's pace in kilograms), and the goals in `init --help`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dir = mkdtempSync(join(tmpdir(), 'thrust-cli-evidence-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrust(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
    },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('thrust evidence', () => {
  it('lists every topic with confidence and sources, then where the seed and research disagree', () => {
    const r = thrust('evidence');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^What research says about what Thrust asks of you/);
    expect(r.out).toContain('Hip thrusts and squats grow the glutes about equally');
    expect(r.out).toContain('Where the seed and the research disagree');
    expect(r.out).toMatch(/11\. {2}Seed: "95 lb for 3 x 12 to 185 lb/);
  });

  it('gives a topic in full, with citations', () => {
    const r = thrust('evidence', 'transfer');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Sprint and jump: what carries over/);
    expect(r.out).toContain('no transfer to jumping');
    expect(r.out).toContain('Jarvis 2019: Jarvis P, et al. J Strength Cond Res 2019');
    expect(r.out).toContain('R11 (seed rule)');
  });

  it('finds the claims resting on a study, and says so as JSON', () => {
    const r = thrust('evidence', 'Plotkin 2023', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { claims: { id: string }[]; studies: { key: string }[] };
    expect(j.claims.map((c) => c.id)).toContain('hip-thrust-vs-squat');
    expect(j.studies.map((s) => s.key)).toContain('Plotkin 2023');
  });

  it('refuses an unknown topic and names the ones it knows', () => {
    const r = thrust('evidence', 'kettlebells');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nothing on "kettlebells"\. Topics: growth, transfer/);
  });

  it('tells what each goal does and what is known, in init --help', () => {
    const r = thrust('init', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Goals, and what is known about them');
    expect(r.out).toMatch(/athletic {4}Heavy hip thrusts lifted fast/);
    expect(r.out).toMatch(/no transfer to\s+jumping/);
  });
});

describe('thrust today --why', () => {
  it('says where each number comes from, the seed’s pace in the lifter’s kilograms', () => {
    const init = thrust(
      'init',
      '--yes',
      '--units',
      'kg',
      '--goal',
      'glutes',
      '--working',
      '60x10',
      '--start',
      '2026-11-02',
    );
    expect(init.code).toBe(0);
    const r = thrust('today', '--why');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Mon 2 Nov · week 1 · Heavy hip thrust: where each number comes from/);
    expect(r.out).toMatch(/Sets, reps {3}3 x 6-10: the seed's heavy days/);
    expect(r.out).toContain('Start from your recent 60 kg x 10 (convention');
    expect(r.out).toMatch(/at most 4\.5 kg every 3 weeks/);
    expect(r.out).not.toMatch(/\d lb/);
    const j = JSON.parse(thrust('today', '--why', '--json').out) as {
      why: { track: string; lines: { aspect: string; sources: unknown[] }[] }[];
    };
    const heavy = j.why.find((w) => w.track === 'barbell-hip-thrust/heavy');
    expect(heavy?.lines.map((l) => l.aspect)).toEqual([
      'sets',
      'effort',
      'hold',
      'load',
      'step',
      'pace',
    ]);
    for (const l of heavy?.lines ?? []) expect(l.sources.length).toBeGreaterThan(0);
  });
});
