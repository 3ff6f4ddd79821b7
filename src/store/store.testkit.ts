/**
 * A store for one suite: a fresh database of the engine, opened before the suite's tests and
 * closed and removed after them; `use` receives both before the first test runs.
 */
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Setup, type TestEngine } from './engines.testkit.js';
import type { Store } from './port.js';

export function suiteStore(engine: TestEngine, use: (env: Setup, store: Store) => void): void {
  let env: Setup | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    use(env, store);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });
}
