import { useEffect, useState } from 'preact/hooks';
import type { ComponentType, FunctionComponent } from 'preact';
import { loadFileMessages, t } from '../locale';
import { LoadingStatus } from '../ui/components/Loading';

/** A screen whose code (and stylesheet) loads on first use, or earlier with preload(). */
export type LazyScreen<P> = FunctionComponent<P> & {
  /** Loads the screen's code now, so that opening it later shows it at once. */
  preload: () => void;
};

/**
 * A screen that loads with a dynamic import() when it is first opened, so the
 * first screen carries only what it shows. While loading it says so; if the
 * chunk cannot be loaded it says that. With `fileMessages`, the on-demand
 * catalog (tf()) loads with the code, before the screen first renders.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { fileMessages?: boolean } = {},
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= Promise.all([load(), options.fileMessages ? loadFileMessages() : null]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        // A failed load (offline before the first visit was cached) may be tried again.
        loading = null;
        throw error;
      },
    ));
  function Lazy(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      start().then(
        (component) => setScreen(() => component),
        () => setFailed(true),
      );
    }, [Screen]);
    if (failed) return <p role="alert">{t.app.loadFailed}</p>;
    return Screen ? <Screen {...props} /> : <LoadingStatus />;
  }
  return Object.assign(Lazy, { preload: () => void start().catch(() => undefined) });
}
