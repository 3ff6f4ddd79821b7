/**
 * The backup's published JSON Schema: the committed file is what the zod schema generates, a
 * change of structure needs a new format version, and a backup with everything in it (an
 * imported timed and distance set, a side, a band, a photo, the lifter's own exercise names)
 * validates against it with ajv, while a broken one is refused at the field that is wrong.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../http/app.js';
import { Client, multiUserApp, PNG } from '../http/http.testkit.js';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { BACKUP_VERSION } from './backup.js';
import {
  backupJsonSchema,
  backupSchemaFile,
  backupSchemaId,
  structuralHash,
  VERSIONS_FILE,
} from './backup-schema.js';
import { backupErrors, committedSchema, expectValidBackup } from './backup-schema.testkit.js';

const ROOT = join(import.meta.dirname, '..', '..');
const versions = () =>
  (
    JSON.parse(readFileSync(join(ROOT, VERSIONS_FILE), 'utf8')) as {
      backup: Record<string, string>;
    }
  ).backup;

describe('the committed backup schema', () => {
  it('is what the zod schema generates now (npm run schemas writes it)', () => {
    expect(committedSchema()).toEqual(backupJsonSchema());
    expect(committedSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: backupSchemaId(BACKUP_VERSION),
    });
  });

  it('keeps its structure for as long as its version: a change needs a new version', () => {
    const recorded = versions()[String(BACKUP_VERSION)];
    const now = structuralHash(backupJsonSchema());
    expect(
      recorded,
      `no structure is recorded for backup version ${BACKUP_VERSION}: run npm run schemas`,
    ).toBeDefined();
    expect(
      now,
      `the backup's structure changed but BACKUP_VERSION is still ${BACKUP_VERSION}: raise it (and let restore read the old version), then run npm run schemas`,
    ).toBe(recorded);
    // Every version ever published stays in the repository.
    for (const v of Object.keys(versions()))
      expect(existsSync(join(ROOT, backupSchemaFile(Number(v)))), `version ${v}`).toBe(true);
  });

  it('counts a field, a type or a bound as structure, and words as not', () => {
    const schema = backupJsonSchema();
    const edit = (f: (s: Record<string, Record<string, Record<string, unknown>>>) => void) => {
      const copy = structuredClone(schema) as Record<
        string,
        Record<string, Record<string, unknown>>
      >;
      f(copy);
      return structuralHash(copy);
    };
    const base = structuralHash(schema);
    expect(edit((s) => void (s.properties!.format!.description = 'other words'))).toBe(base);
    expect(edit((s) => void (s.properties!.exportedAt!.type = 'number'))).not.toBe(base);
    expect(edit((s) => void (s.properties!.renamed = s.properties!.exportedAt!))).not.toBe(base);
    // A field that is called "title" (a plan day's) is structure, not a heading.
    const plans = JSON.stringify(schema).replace('"title":{"type":"string"}', '"title":{}');
    expect(plans).not.toBe(JSON.stringify(schema));
    expect(structuralHash(JSON.parse(plans))).not.toBe(base);
  });

  it('names the openweight field each overlapping set field is', () => {
    type Node = { properties: Record<string, Node>; items: Node; description?: string };
    const set = (committedSchema() as unknown as Node).properties.sessions!.items.properties.sets!
      .items;
    for (const [field, theirs] of [
      ['reps', 'openweight’s reps'],
      ['load', 'openweight’s weight'],
      ['seconds', 'openweight’s durationSeconds'],
      ['distanceM', 'openweight’s distance'],
      ['rpe', 'openweight’s rpe'],
      ['rir', 'openweight’s rir'],
      ['warmup', 'openweight’s type'],
      ['note', 'openweight’s notes'],
    ] as const)
      expect(set.properties[field]?.description, field).toContain(theirs);
    expect(set.description).toContain(
      'Thrust keeps no restSeconds, tempo, toFailure or supersetId',
    );
  });
});

describe.each(ENGINES)('a backup over the API on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: ReturnType<typeof createHttpApp>;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    app = createHttpApp(
      { store, now: () => new Date(2026, 10, 6, 18, 0), newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const call = async (method: string, path: string, body?: unknown, type = 'application/json') => {
    const r = await new Client(app).call(method, path, body, { contentType: type });
    expect(r.status, `${method} ${path}: ${r.text}`).toBeLessThan(300);
    return r;
  };

  it('with everything a lifter can have in it validates, and a broken one names its field', async () => {
    await call('PUT', '/api/v1/profile', { units: 'lb', working: { load: 95, reps: 12 } });
    const sets = (over: Record<string, unknown>) => [
      { load: { value: 95, unit: 'lb' }, reps: 12, clean: true, rpe: 8, rir: 2, ...over },
    ];
    await call('POST', '/api/v1/sets', { exercise: 'hip-thrust', sets: sets({ felt: 'glutes' }) });
    await call('POST', '/api/v1/sets', {
      exercise: 'single-leg-hip-thrust',
      sets: sets({ load: { value: 0, unit: 'lb' }, side: 'left', holdSeconds: 2, band: 'light' }),
    });
    await call('POST', '/api/v1/sets', {
      exercise: 'Cable Pull-Through Ümlaut',
      custom: true,
      sets: sets({ note: 'own lift', warmup: true }),
    });
    await call('POST', '/api/v1/measurements', { value: 38.5 });
    await call('POST', '/api/v1/tests', { kind: 'sprint', seconds: 3.4, distanceM: 20 });
    await call('POST', '/api/v1/photos?date=2026-11-01&name=side.png', PNG, 'image/png');
    await call('POST', '/api/v1/import?filename=hevy.csv&units=lb', HEVY, 'text/csv');

    const { text } = await call('GET', '/api/v1/export?format=json');
    expectValidBackup(text);
    const backup = JSON.parse(text) as {
      sessions: { sets: Record<string, unknown>[] }[];
      photoFiles: unknown[];
      exerciseNames: { name: string }[];
    };
    // The fields the schema describes are really in the file it was checked on.
    const all = backup.sessions.flatMap((s) => s.sets);
    expect(all.some((s) => typeof s.seconds === 'number')).toBe(true);
    expect(all.some((s) => typeof s.distanceM === 'number')).toBe(true);
    expect(all.some((s) => s.side === 'left' && s.band === 'light')).toBe(true);
    expect(backup.photoFiles).toHaveLength(1);
    expect(backup.exerciseNames.map((n) => n.name)).toContain('Cable Pull-Through Ümlaut');

    const broken = JSON.parse(text) as typeof backup;
    broken.sessions[0]!.sets[0]!.reps = 'twelve';
    delete (broken as Partial<typeof backup> & { format?: string }).format;
    expect(backupErrors(broken)).toEqual(
      expect.arrayContaining([
        '/sessions/0/sets/0/reps: must be integer',
        "/: must have required property 'format'",
      ]),
    );
  });

  it('publishes the schema at /api/v1/schemas/backup.json, as committed and in the OpenAPI document', async () => {
    const res = await call('GET', '/api/v1/schemas/backup.json');
    expect(res.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(res.json).toEqual(committedSchema());
    const doc = (await call('GET', '/api/v1/openapi.json')).json;
    expect(doc.paths).toHaveProperty(['/api/v1/schemas/backup.json', 'get']);
    // On a multi-user server too, with no login: it is documentation, as the OpenAPI is.
    const anyone = new Client(multiUserApp(store));
    const open = await anyone.call('GET', '/api/v1/schemas/backup.json');
    expect(open.status).toBe(200);
    expect(open.json).toEqual(committedSchema());
  });
});

/** A Hevy export with a timed set (a plank) and a distance set (a farmer's walk). */
const HEVY = [
  'title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe',
  '"Glutes","10 Apr 2026, 17:00","10 Apr 2026, 18:00","","Hip Thrust (Barbell)",,"",0,normal,185,8,,,9',
  '"Glutes","10 Apr 2026, 17:00","10 Apr 2026, 18:00","","Plank",,"",0,normal,,,,60,',
  '"Glutes","10 Apr 2026, 17:00","10 Apr 2026, 18:00","","Farmers Walk",,"",0,normal,100,,0.05,,',
].join('\n');
