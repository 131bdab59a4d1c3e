import { useEffect, useState } from 'preact/hooks';
import { t } from '../locale';
import { applyWaitingUpdate, dismissUpdate, useUpdateState } from './sw-bridge';

/** A small, polite offer of the new version; nothing happens until it is tapped. */
export function UpdateBanner() {
  const { needRefresh } = useUpdateState();
  const [busy, setBusy] = useState(false);
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
  return null;
}

/**
 * "Ready offline" is news, not a question: a line at the end of the page that
 * covers nothing and goes away by itself. Its live region is always there, so
 * a screen reader says the line when it appears.
 */
export function OfflineReadyNote() {
  const { needRefresh, offlineReady } = useUpdateState();
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(dismissUpdate, 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh]);
  return (
    <div class="page-news" role="status">
      {offlineReady && !needRefresh && <p class="muted">{t.update.offlineReady}</p>}
    </div>
  );
}
