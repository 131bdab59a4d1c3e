import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { de } from '../messages/de';
import { LoadingStatus } from '../ui/components/Loading';

/**
 * A screen that loads with a dynamic import() when it is first opened, so the
 * first screen carries only what it shows. While loading it says so; if the
 * chunk cannot be loaded it says that, in German.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      load().then(
        (component) => {
          loaded = component;
          setScreen(() => component);
        },
        () => setFailed(true),
      );
    }, [Screen]);
    if (failed) return <p role="alert">{de.app.loadFailed}</p>;
    return Screen ? <Screen {...props} /> : <LoadingStatus />;
  };
}
