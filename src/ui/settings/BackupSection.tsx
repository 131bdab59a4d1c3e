import { useState } from 'preact/hooks';
import type { Backup } from '../../files/backup-file';
import { summariseBackup, type BackupSummary } from '../../domain/backup';
import { toIsoDate } from '../../domain/dates';
import {
  checkBackupEditions,
  countDeviceData,
  readBackupStatus,
  restoreBackup,
  type RestoreMode,
  type RestoreRefusal,
} from '../../storage/backup';
import { createBackup } from '../../actions/backup';
import { fmt, t, tf } from '../../locale';
import { FilePicker } from '../components/FilePicker';
import { useLiveQuery } from '../hooks/use-query';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Alert, Status } from '../components/Field';
import { describeStorageError } from '../storage-messages';
import { describeFileProblem } from '../file-problems';

const msg = () => tf().backup;

/** An instant as German readers expect it: "14.03.2026, 10:00 Uhr", in local time. */
export function formatInstant(iso: string): string {
  return msg().when(fmt.date(toIsoDate(new Date(iso))), fmt.time(iso));
}

function refusalMessage(result: RestoreRefusal): string {
  return describeFileProblem({
    format: 'ampelbogen-sicherung',
    problem: { code: result.problem, edition: result.key },
  });
}

/** A file read and checked, waiting for the user's choice. */
interface Pending {
  backup: Backup;
  summary: BackupSummary;
}

/** Settings, "Sicherung": make a backup file, see when the last one was made, restore one. */
export function BackupSection() {
  const status = useLiveQuery(readBackupStatus, []);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirm, setConfirm] = useState<{ clubs: number; assessments: number } | null>(null);

  const create = async () => {
    setBusy(msg().creating);
    setMessage(null);
    const outcome = await createBackup(msg().shareTitle);
    setBusy(null);
    if (!outcome.ok) setMessage({ kind: 'alert', text: msg().createFailed });
    else if (outcome.delivery === 'cancelled')
      setMessage({ kind: 'status', text: msg().cancelled });
    else setMessage({ kind: 'status', text: msg().created(outcome.fileName) });
  };

  const pick = async ([file]: File[]) => {
    if (!file) return;
    setPending(null);
    setMessage(null);
    setBusy(msg().reading);
    try {
      const { readBackupFile } = await import('../../files/backup-file');
      const read = await readBackupFile(file);
      // The device's editions are checked before the preview, so the user
      // never chooses how to restore a file that would be refused.
      const refused = read.ok ? await checkBackupEditions(read.value) : null;
      if (!read.ok) setMessage({ kind: 'alert', text: describeFileProblem(read) });
      else if (refused) setMessage({ kind: 'alert', text: refusalMessage(refused) });
      else setPending({ backup: read.value, summary: summariseBackup(read.value) });
    } catch {
      setMessage({ kind: 'alert', text: t.app.loadFailed });
    } finally {
      setBusy(null);
    }
  };

  const restore = async (mode: RestoreMode) => {
    if (!pending) return;
    setConfirm(null);
    setBusy(msg().restoring);
    try {
      const result = await restoreBackup(pending.backup, mode);
      if (!result.ok) {
        setMessage({ kind: 'alert', text: refusalMessage(result) });
      } else {
        setMessage({
          kind: 'status',
          text: msg().restored(pending.backup.clubs.length, pending.backup.assessments.length),
        });
        setPending(null);
      }
    } catch (error) {
      setMessage({ kind: 'alert', text: `${msg().restoreFailed} ${describeStorageError(error)}` });
    } finally {
      setBusy(null);
    }
  };

  const askReplace = async () => {
    const counts = await countDeviceData();
    if (counts.clubs === 0 && counts.assessments === 0) await restore('replace');
    else setConfirm(counts);
  };

  return (
    <section aria-labelledby="backup-title" id="sicherung">
      <h2 id="backup-title">{msg().heading}</h2>
      <div class="card">
        <p>{msg().intro}</p>
        {status.status === 'ready' && (
          <>
            <p data-testid="last-backup">
              {status.value.lastBackupAt
                ? msg().lastBackup(formatInstant(status.value.lastBackupAt))
                : msg().never}
            </p>
            {status.value.due && (
              <p class="notice">
                {status.value.lastBackupAt ? t.entry.backupDue : t.entry.backupDueNever}
              </p>
            )}
          </>
        )}
        <div class="actions">
          <button type="button" class="button primary" onClick={create} disabled={busy !== null}>
            {msg().create}
          </button>
        </div>
        <FilePicker
          id="backup-file"
          label={msg().restore}
          hint={msg().restoreHint}
          disabled={busy !== null}
          onPick={pick}
        />
      </div>
      <Status
        message={busy ?? (message?.kind === 'status' ? message.text : null)}
        class={busy ? 'muted' : 'notice'}
      />
      {message?.kind === 'alert' && <Alert message={message.text} />}
      {pending && (
        <BackupPreview
          pending={pending}
          disabled={busy !== null}
          onMerge={() => restore('merge')}
          onReplace={askReplace}
          onCancel={() => setPending(null)}
        />
      )}
      {confirm && (
        <ConfirmDialog
          title={msg().confirmTitle}
          confirmLabel={msg().confirmReplace}
          onConfirm={() => restore('replace')}
          onCancel={() => setConfirm(null)}
        >
          <p>{msg().confirmBody(confirm.clubs, confirm.assessments)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface PreviewProps {
  pending: Pending;
  disabled: boolean;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** What the picked file holds, and the two ways to restore it. */
function BackupPreview({ pending, disabled, onMerge, onReplace, onCancel }: PreviewProps) {
  const { backup, summary } = pending;
  return (
    <section class="card" aria-labelledby="backup-preview-title">
      <h3 id="backup-preview-title">{msg().previewHeading}</h3>
      <p>{msg().previewMade(formatInstant(backup.createdAt), backup.appVersion)}</p>
      {summary.clubs.length === 0 ? (
        <p>{msg().previewNoClubs}</p>
      ) : (
        <ul aria-label={msg().previewClubs}>
          {summary.clubs.map((c, i) => (
            <li key={i}>{msg().previewClub(c.name, c.assessments)}</li>
          ))}
        </ul>
      )}
      <p>
        {msg().previewTotals(summary.assessments, summary.measures)}{' '}
        {summary.dateRange &&
          msg().previewRange(fmt.date(summary.dateRange.from), fmt.date(summary.dateRange.to))}
      </p>
      <p>{msg().previewChoose}</p>
      <div class="field">
        <button
          type="button"
          class="button primary"
          onClick={onMerge}
          disabled={disabled}
          aria-describedby="backup-merge-hint"
        >
          {msg().merge}
        </button>
        <p id="backup-merge-hint" class="hint">
          {msg().mergeHint}
        </p>
      </div>
      <div class="field">
        <button
          type="button"
          class="button danger-outline"
          onClick={onReplace}
          disabled={disabled}
          aria-describedby="backup-replace-hint"
        >
          {msg().replace}
        </button>
        <p id="backup-replace-hint" class="hint">
          {msg().replaceHint}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={onCancel} disabled={disabled}>
          {msg().cancel}
        </button>
      </div>
    </section>
  );
}
