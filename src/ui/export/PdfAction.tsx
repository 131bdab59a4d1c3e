import { useMemo, useState } from 'preact/hooks';
import { canShareFile } from '../../files/deliver';
import { classifyStorageError } from '../../storage/errors';
import { tf } from '../../locale';
import { Alert } from '../components/Field';
import { describeStorageProblem } from '../storage-messages';

type Busy = 'make' | 'share' | null;

/**
 * Makes the PDF report of one assessment and hands it over: a download, or the
 * share sheet where the device can share files. jsPDF and the font load only
 * here, with a dynamic import(), so the first screen does not carry them.
 */
export function PdfAction({ assessmentId }: { assessmentId: string }) {
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const shareable = useMemo(
    () => canShareFile(new File([], 'ampelbogen.pdf', { type: 'application/pdf' })),
    [],
  );

  const run = async (share: boolean) => {
    setBusy(share ? 'share' : 'make');
    setError(null);
    setNotice(null);
    try {
      const { makeAndDeliverPdf } = await import('./make-pdf');
      const outcome = await makeAndDeliverPdf(assessmentId, share);
      if (!outcome.ok) {
        setError(
          outcome.reason === 'not-found' ? tf().report.notFound : tf().report.editionMissing,
        );
        return;
      }
      setNotice(
        outcome.delivery === 'shared'
          ? tf().report.shared
          : outcome.delivery === 'cancelled'
            ? tf().report.cancelled
            : tf().report.downloaded(outcome.fileName),
      );
    } catch (failure) {
      const problem = classifyStorageError(failure);
      setError(problem === 'write-failed' ? tf().report.failed : describeStorageProblem(problem));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="pdf-action">
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={busy !== null}
          aria-busy={busy === 'make'}
          onClick={() => run(false)}
        >
          {busy === 'make' ? tf().report.busy : tf().report.make}
        </button>
        {shareable && (
          <button
            type="button"
            class="button"
            disabled={busy !== null}
            aria-busy={busy === 'share'}
            onClick={() => run(true)}
          >
            {busy === 'share' ? tf().report.busy : tf().report.share}
          </button>
        )}
      </div>
      <p role="status" class="notice" hidden={notice === null}>
        {notice}
      </p>
      <Alert message={error} />
    </div>
  );
}
