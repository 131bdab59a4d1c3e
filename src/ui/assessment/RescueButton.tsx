import { useState } from 'preact/hooks';
import type { ScreenEntries } from '../../domain/rescue';
import { createRescueBackup } from '../../actions/backup';
import { de } from '../../messages/de';
import { Status } from '../components/Field';

const t = de.storage;

/**
 * Offered at once when a write fails for lack of space or the browser lost its
 * database: a backup file with everything the device still holds and every
 * entry on this screen, so the club's work does not depend on the browser.
 */
export function RescueButton({ screen }: { screen: () => ScreenEntries }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setMessage(t.rescueBusy);
    const outcome = await createRescueBackup(screen(), t.rescueHeading);
    setBusy(false);
    setMessage(
      !outcome.ok
        ? t.rescueFailed
        : outcome.delivery === 'cancelled'
          ? null
          : t.rescueDone(outcome.fileName),
    );
  };
  return (
    <div class="rescue">
      <button type="button" class="button primary" onClick={save} disabled={busy}>
        {t.rescueAction}
      </button>
      <Status message={message} />
    </div>
  );
}
