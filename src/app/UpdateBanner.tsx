import { useEffect, useState } from 'preact/hooks';
import { t } from '../locale';
import { applyWaitingUpdate, dismissUpdate, useUpdateState } from './sw-bridge';

/** A small, polite offer of the new version; nothing happens until it is tapped. */
export function UpdateBanner() {
  const { needRefresh, offlineReady } = useUpdateState();
  const [busy, setBusy] = useState(false);
  // "Ready offline" is news, not a question: it goes away by itself.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(dismissUpdate, 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh]);
  if (needRefresh) {
    return (
      <div class="banner" role="status">
        <p>{t.update.available}</p>
        <div class="actions">
          <button type="button" class="button" onClick={dismissUpdate}>
            {t.update.later}
          </button>
          <button
            type="button"
            class="button primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void applyWaitingUpdate();
            }}
          >
            {t.update.apply}
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div class="banner" role="status">
        <p>{t.update.offlineReady}</p>
        <button type="button" class="button" onClick={dismissUpdate}>
          {t.storage.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
