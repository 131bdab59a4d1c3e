import { useState } from 'preact/hooks';
import type { ScreenEntries } from '../../domain/rescue';
import { createRescueBackup } from '../../actions/backup';
import { t } from '../../locale';
import { Status } from '../components/Field';

const msg = () => t.storage;

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
    setMessage(msg().rescueBusy);
    const outcome = await createRescueBackup(screen(), msg().rescueHeading);
    setBusy(false);
    setMessage(
      !outcome.ok
        ? msg().rescueFailed
        : outcome.delivery === 'cancelled'
          ? null
          : msg().rescueDone(outcome.fileName),
    );
  };
  return (
    <div class="rescue">
      <button type="button" class="button primary" onClick={save} disabled={busy}>
        {msg().rescueAction}
      </button>
      <Status message={message} />
    </div>
  );
}
