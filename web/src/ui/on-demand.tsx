/**
 * A screen whose code loads when it is first opened (the charts of Progress are the
 * heaviest part of the app). The service worker caches every file of the build on install,
 * so offline it still opens; where there is no service worker (a page over plain HTTP on the
 * local network) and no connection, the screen says so instead of staying blank.
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A screen loaded on demand; `preload` starts fetching its code before it is drawn. */
export type OnDemand<P extends object> = FunctionComponent<P> & { preload(): void };

export function onDemand<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
): OnDemand<P> {
  // Once loaded, opening the screen again draws it at once, without a loading frame.
  let loaded: ComponentType<P> | null = null;
  // One fetch at a time; a failed one is forgotten, so trying again fetches again.
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchIt = () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
  const screen = function OnDemand(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [tries, setTries] = useState(0);
    useEffect(() => {
      if (Screen) return;
      let here = true;
      fetchIt().then(
        (s) => {
          loaded = s;
          if (here) setScreen(() => s);
        },
        () => here && setFailed(true),
      );
      return () => {
        here = false;
      };
    }, [tries]);
    if (Screen) return <Screen {...props} />;
    if (!failed) return <p class="muted">Loading…</p>;
    return (
      <section>
        <h1>{name}</h1>
        <p role="alert" data-testid="not-loaded">
          {name} could not be opened: this device has no copy of it yet and the server cannot be
          reached. It opens once the connection is back.
        </p>
        <button
          class="secondary"
          onClick={() => {
            setFailed(false);
            setTries((n) => n + 1);
          }}
        >
          Try again
        </button>
      </section>
    );
  };
  return Object.assign(screen, { preload: () => void fetchIt().catch(() => undefined) });
}
