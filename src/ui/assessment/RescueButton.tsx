import type { ScreenEntries } from '../../domain/rescue';
import { createRescueBackup } from '../../actions/backup';
import { t } from '../../locale';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';

const msg = () => t.storage;

/**
 * Offered at once when a write fails for lack of space or the browser lost its
 * database: a backup file with everything the device still holds and every
 * entry on this screen, so the club's work does not depend on the browser.
 */
export function RescueButton({ screen }: { screen: () => ScreenEntries }) {
  const { busy, status, run } = useAction();
  const save = () =>
    run(() => createRescueBackup(screen(), msg().rescueHeading), {
      busy: msg().rescueBusy,
      done: ({ delivery, fileName }) =>
        delivery === 'cancelled' ? null : msg().rescueDone(fileName),
      failed: () => msg().rescueFailed,
    });
  return (
    <div class="rescue">
      <button type="button" class="button primary" onClick={save} disabled={busy !== null}>
        {msg().rescueAction}
      </button>
      <StatusLine status={status} />
    </div>
  );
}
