/**
 * Settings in the web app, in Chromium at a phone's 390 x 844 against the built
 * `thrust serve`: a refused value is named beside its field in the API's own words; the
 * progression settings are saved; changing days, units and bands starts a plan that Today
 * follows (no banded exercise, loads in kg) and keeps the progression settings; a chosen time
 * zone goes with every request and decides the server's today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAll } from './axe-all.testkit.js';
import { chromiumHere, shoot } from './browser.testkit.js';
import { lifter, type Lifter } from './lifter.testkit.js';

const here = chromiumHere('web-settings.e2e');

interface ProfileRead {
  units: string;
  days: string[];
  inventory: {
    bands: string[];
    barbell: { bar: { value: number; unit: string }; plates: { weight: number }[] } | null;
  };
  settings: { stallAfter: number; formula: string; deloadPercent: number };
}

describe.skipIf(!here)('settings at 390 px', () => {
  let l: Lifter;
  beforeAll(async () => {
    l = await lifter('settings');
    // A step that cannot happen fails naming itself, well inside the test's own time.
    l.page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(() => l?.stop());

  /** The API's words for a refused body, without the field name they start with. */
  const apiSays = async (method: string, path: string, body: unknown) => {
    const r = await fetch(`${l.server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.status).toBe(422);
    const p = (await r.json()) as { errors: { field: string; message: string }[] };
    return p.errors.map((e) => [e.field, e.message.replace(/^[\w.]+: /, '')] as const)[0];
  };
  /** The error shown inside the field (or fieldset) a label or legend names. */
  const errorBy = (name: string) =>
    l.page
      .locator('.field, fieldset')
      .filter({ has: l.page.getByText(name, { exact: true }) })
      .last()
      .locator('.error');

  it('opens from the header, passes axe at every impact, and names a refused value beside its field', async () => {
    const { page } = l;
    await l.today();
    expect(await page.getByRole('article', { name: /^Banded hip thrust/ }).count()).toBe(1);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Settings', level: 1 }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByLabel('Bar (lb)').inputValue()).toBe('45');
    // No tab is current: Settings is reached from the header, which marks its link.
    expect(await page.locator('nav.tabs [aria-current]').count()).toBe(0);
    expect(
      await page.getByRole('link', { name: 'Settings', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeAll(page), `axe on Settings (${scheme})`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // A bar over 100: the API's sentence, under the bar's field, and described by it.
    await page.getByLabel('Bar (lb)').fill('150');
    await page.getByRole('button', { name: 'Save and start a new plan' }).click();
    const [field, words] = (await apiSays('PUT', '/api/v1/profile', { bar: 150 })) ?? [];
    expect(field).toBe('bar');
    await expect.poll(() => errorBy('Bar (lb)').textContent()).toBe(words);
    const ids = (await page.getByLabel('Bar (lb)').getAttribute('aria-describedby')) ?? '';
    const described = await Promise.all(
      ids.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(described).toContain(words);
    expect(await axeAll(page), 'axe with an error showing').toEqual([]);
    await page.getByLabel('Bar (lb)').fill('45');

    // Four weekdays for three sessions: the API's sentence under the weekdays.
    await page.getByRole('checkbox', { name: 'Sat' }).check();
    await page.getByRole('button', { name: 'Save and start a new plan' }).click();
    const [dayField, dayWords] =
      (await apiSays('PUT', '/api/v1/profile', { weekdays: ['mon', 'wed', 'fri', 'sat'] })) ?? [];
    expect(dayField).toBe('weekdays');
    await expect.poll(() => errorBy('Weekdays').textContent()).toBe(dayWords);
    await page.getByRole('checkbox', { name: 'Sat' }).uncheck();

    // Progression: a stall after 11 failed sessions is refused in the API's words.
    const stall = page.getByLabel('Stall after (failed sessions)');
    await stall.fill('11');
    await page.getByRole('button', { name: 'Save progression' }).click();
    const [, stallWords] = (await apiSays('PATCH', '/api/v1/settings', { stallAfter: 11 })) ?? [];
    await expect
      .poll(() => errorBy('Stall after (failed sessions)').textContent())
      .toBe(stallWords);
    expect((await l.call<ProfileRead>('GET', '/api/v1/profile')).settings.stallAfter).toBe(3);
  });

  it('saves the progression settings', async () => {
    const { page } = l;
    await page.getByLabel('Stall after (failed sessions)').fill('4');
    await page.getByLabel('e1RM formula for the stats').selectOption('brzycki');
    await page.getByRole('button', { name: 'Save progression' }).click();
    await expect
      .poll(() => page.getByText('Saved. Loads follow from your log').isVisible())
      .toBe(true);
    const p = await l.call<ProfileRead>('GET', '/api/v1/profile');
    expect(p.settings).toMatchObject({ stallAfter: 4, formula: 'brzycki' });
  });

  it('a chosen time zone goes with every request, and the server’s today is that zone’s', async () => {
    const { page } = l;
    const zone = page.getByLabel('Today follows');
    expect(await zone.inputValue()).toBe('');
    await zone.selectOption('Pacific/Kiritimati');
    await expect
      .poll(() => page.getByTestId('zone-today').textContent())
      .toMatch(/^Saved\. Today is \w{3} \d{1,2} \w{3} in Pacific\/Kiritimati\.$/);
    // The page's next read of today names the zone, and the server answers in it: the
    // server's clock (THRUST_TODAY at the machine's time of day) read on Kiritimati's.
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/api/v1/today'),
      page.getByRole('link', { name: 'Today' }).click(),
    ]);
    expect(request.headers()['x-thrust-zone']).toBe('Pacific/Kiritimati');
    const answer = (await (await request.response())?.json()) as { date: string };
    const now = new Date();
    const serverNow = Date.UTC(2026, 10, 2, now.getUTCHours(), now.getUTCMinutes());
    const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(
      serverNow,
    );
    expect(answer.date).toBe(expected);
    // Back to the phone's own zone for the tests after this one.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Today follows').selectOption('');
    await expect.poll(() => page.evaluate("localStorage.getItem('thrust.zone')")).toBeNull();
  });

  it('two sessions on Mon and Thu, kilos, a fractional plate and no bands: Today follows', async () => {
    const { page } = l;
    await page.getByLabel('Sessions a week').selectOption('2');
    expect(await page.getByRole('checkbox', { name: 'Thu' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Kilograms (kg)' }).check();
    await expect.poll(() => page.getByLabel('Bar (kg)').inputValue()).toBe('20');
    await page.getByRole('button', { name: 'Add a plate' }).click();
    const plates = await page.locator('.plate-row').count();
    await page.getByLabel(`Plate ${plates} weight`).fill('0.5');
    for (const band of ['Light', 'Medium', 'Heavy'])
      await page.getByRole('checkbox', { name: band, exact: true }).uncheck();
    // Nothing runs off the side of the phone, at 390 px nor at 360 px.
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        width,
      );
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, 'settings', 'page', '.tabs { visibility: hidden; }');
    await page.getByRole('button', { name: 'Save and start a new plan' }).click();
    await expect
      .poll(() => page.getByText('Saved. Today and the plan follow').isVisible())
      .toBe(true);

    const p = await l.call<ProfileRead>('GET', '/api/v1/profile');
    expect(p.units).toBe('kg');
    expect(p.days).toEqual(['mon', 'thu']);
    expect(p.inventory.bands).toEqual([]);
    expect(p.inventory.barbell?.bar).toEqual({ value: 20, unit: 'kg' });
    expect(p.inventory.barbell?.plates.map((x) => x.weight)).toContain(0.5);
    // The progression settings saved before are kept, though a new profile starts with defaults.
    expect(p.settings).toMatchObject({ stallAfter: 4, formula: 'brzycki' });

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect.poll(() => l.barbell().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByRole('article', { name: /^Banded/ }).count()).toBe(0);
    expect(await page.getByText(/banded/i).count()).toBe(0);
    const glance = (await page.getByTestId('glance').textContent()) ?? '';
    expect(glance).toMatch(/Barbell hip thrust 3×\d+ · [\d.]+ kg/);
    expect(glance).not.toMatch(/\blb\b/);
  });
});
