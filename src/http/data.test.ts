/**
 * Measurements, tests, photo uploads, import, export and restore over HTTP, on every engine,
 * in local mode (multi-user mode runs the same routes behind a login).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidBackup } from '../app/backup-schema.testkit.js';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, multiUserApp, NOW, PNG } from './http.testkit.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/imports/${name}`, import.meta.url), 'utf8');

describe.each(ENGINES)('files and body data over HTTP on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let lifter: Client;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    const app = createHttpApp(
      { store, now: NOW, newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
    lifter = new Client(app);
    await lifter.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' });
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('records hip measurements and tests, and says when the hips are due', async () => {
    expect((await lifter.call('GET', '/api/v1/measurements')).json.hip).toMatchObject({
      due: true,
    });
    const m = await lifter.call('POST', '/api/v1/measurements', {
      value: 39.5,
      date: '2026-11-01',
    });
    expect(m).toMatchObject({
      status: 201,
      json: { added: { kind: 'hip-circumference', unit: 'in' } },
    });
    const after = await lifter.call('GET', '/api/v1/measurements');
    expect(after.json.hip).toMatchObject({ due: false, last: '2026-11-01', daysSince: 5 });
    const t = await lifter.call('POST', '/api/v1/tests', { kind: 'sprint', seconds: 3.42 });
    expect(t).toMatchObject({ status: 201, json: { added: { kind: 'sprint', distanceM: 20 } } });
    const bad = await lifter.call('POST', '/api/v1/tests', { kind: 'sprint', seconds: 3, wind: 2 });
    expect(bad.status).toBe(422);
    const future = await lifter.call('POST', '/api/v1/measurements', {
      value: 40,
      date: '2027-01-01',
    });
    expect(future.json.errors).toEqual([expect.objectContaining({ field: 'date' })]);
    // A hip in inches cannot be 99 (a centimetre figure with the lb lifter's default unit).
    const implausible = await lifter.call('POST', '/api/v1/measurements', { value: 99 });
    const problems = implausible.json.errors as { field: string; message: string }[];
    expect(problems.map((e) => e.field)).toEqual(['value']);
    expect(problems[0]?.message).toMatch(
      /99 in is not a plausible hip circumference: give 50-200 cm or 19.7-78.7 in/,
    );
    const wrongUnit = await lifter.call('POST', '/api/v1/measurements', {
      kind: 'bodyweight',
      value: 150,
      unit: 'cm',
    });
    expect(wrongUnit.json.errors).toEqual([expect.objectContaining({ field: 'unit' })]);
  });

  it('takes a photo upload, serves it back byte for byte, and refuses what is not an image', async () => {
    const up = await lifter.call('POST', '/api/v1/photos?date=2026-11-01&name=side.png', PNG, {
      contentType: 'image/png',
    });
    expect(up).toMatchObject({
      status: 201,
      json: { date: '2026-11-01', path: 'upload:side.png' },
    });
    const id = up.json.id as string;
    const listed = await lifter.call('GET', '/api/v1/photos');
    expect(listed.json.photos).toEqual([
      expect.objectContaining({ id, file: `/api/v1/photos/${id}/file` }),
    ]);
    const file = await lifter.app.request(`/api/v1/photos/${id}/file`);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);

    const lie = await lifter.call('POST', '/api/v1/photos', PNG, { contentType: 'image/jpeg' });
    expect(lie.status).toBe(422);
    expect(lie.json.detail).toMatch(/the bytes are image\/png/);
    const text = await lifter.call('POST', '/api/v1/photos', new TextEncoder().encode('<svg/>'), {
      contentType: 'image/png',
    });
    expect(text.status).toBe(422);
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set(PNG);
    const big = await lifter.call('POST', '/api/v1/photos', huge, { contentType: 'image/png' });
    expect(big.status).toBe(413);
    expect((await lifter.call('GET', '/api/v1/photos')).json.photos).toHaveLength(1);
    expect((await lifter.call('DELETE', `/api/v1/photos/${id}`)).status).toBe(200);
    expect((await lifter.app.request(`/api/v1/photos/${id}/file`)).status).toBe(404);
  });

  it('imports a Strong file with a dry run first, then for real, once', async () => {
    const csv = fixture('strong-classic.csv');
    const q = 'filename=strong.csv&units=lb';
    const dry = await lifter.call('POST', `/api/v1/import?${q}&dryRun=true`, csv, {
      contentType: 'text/csv',
    });
    expect(dry).toMatchObject({
      status: 200,
      json: { format: 'strong', dryRun: true, alreadyPresent: 0 },
    });
    // The dry run counts what the import will do: every set new.
    expect(dry.json.added).toBe(dry.json.sets);
    expect(
      (await lifter.call('GET', '/api/v1/sessions?exercise=hip-thrust')).json.sessions,
    ).toEqual([]);
    const real = await lifter.call('POST', `/api/v1/import?${q}`, csv, { contentType: 'text/csv' });
    expect(real.json).toMatchObject({ dryRun: false, added: dry.json.sets, alreadyPresent: 0 });
    const again = await lifter.call('POST', `/api/v1/import?${q}`, csv, {
      contentType: 'text/csv',
    });
    expect(again.json).toMatchObject({ added: 0, alreadyPresent: dry.json.sets });
    const broken = await lifter.call(
      'POST',
      `/api/v1/import?${q}`,
      fixture('strong-bad-last-line.csv'),
      {
        contentType: 'text/csv',
      },
    );
    expect(broken.status).toBe(422);
    expect(broken.json.detail).toMatch(/^strong\.csv:\d+/);
    const badMap = await lifter.call('POST', `/api/v1/import?${q}&map=nonsense`, csv, {
      contentType: 'text/csv',
    });
    expect(badMap.json.errors).toEqual([expect.objectContaining({ field: 'map' })]);
  });

  it('exports every format as a download, and restores the backup into another account', async () => {
    for (const [format, type] of [
      ['json', 'application/json'],
      ['strong-csv', 'text/csv'],
      ['hevy-csv', 'text/csv'],
      ['ics', 'text/calendar'],
    ] as const) {
      const r = await lifter.app.request(`/api/v1/export?format=${format}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="thrust-/);
    }
    const backup = await lifter.call('GET', '/api/v1/export?format=json');
    // With the photo uploaded above: the file is what the published schema describes.
    expectValidBackup(backup.text);
    // Into an account on another server's database: everything comes back as it was.
    const other = await engine.setup();
    const opened = await other.open();
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    try {
      const into = new Client(multiUserApp(opened.value));
      await into.enter('restored@example.com');
      const restored = await into.call('POST', '/api/v1/restore', backup.text);
      expect(restored.status).toBe(200);
      const again = await into.call('GET', '/api/v1/export?format=json');
      const strip = (t: string) => t.replace(/"exportedAt": "[^"]*"/, '');
      expect(strip(again.text)).toBe(strip(backup.text));
      expect((await into.call('POST', '/api/v1/restore', backup.text)).status).toBe(409);
    } finally {
      await opened.value.close();
      await other.teardown();
    }
    // Into a second account of the same database: the ids are taken, so it is refused whole.
    const twin = new Client(multiUserApp(store));
    await twin.enter('twin@example.com');
    const clash = await twin.call('POST', '/api/v1/restore', backup.text);
    expect(clash).toMatchObject({ status: 409, json: { title: 'not-empty' } });
    expect((await twin.call('GET', '/api/v1/profile')).status).toBe(409);
  });

  it('publishes an OpenAPI document that validates as OpenAPI 3.1', async () => {
    const doc = (await lifter.call('GET', '/api/v1/openapi.json')).json;
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });
});
