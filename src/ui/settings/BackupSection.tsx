import { useState } from 'preact/hooks';
import { toIsoDate } from '../../domain/dates';
import {
  countDeviceData,
  createBackup,
  readBackupForRestore,
  readBackupStatus,
  restoreBackup,
  type BackupToRestore,
  type ReadBackupError,
  type RestoreError,
  type RestoreMode,
} from '../../actions/backup';
import { fmt, t, tf } from '../../locale';
import { FilePicker } from '../components/FilePicker';
import { useLiveQuery } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StatusLine } from '../components/StatusLine';
import { describeStorageProblem } from '../storage-messages';
import { describeFileProblem } from '../file-problems';

const msg = () => tf().backup;

/** An instant as German readers expect it: "14.03.2026, 10:00 Uhr", in local time. */
export function formatInstant(iso: string): string {
  return msg().when(fmt.date(toIsoDate(new Date(iso))), fmt.time(iso));
}

/** Why a picked file shows no preview. */
function readProblem(error: ReadBackupError): string {
  switch (error.code) {
    case 'refused':
      return describeFileProblem(error.refusal);
    case 'load-failed':
      return t.app.loadFailed;
    case 'storage':
      return describeStorageProblem(error.problem);
  }
}

/** Why a restore wrote nothing. */
function restoreProblem(error: RestoreError): string {
  return error.code === 'refused'
    ? describeFileProblem(error.refusal)
    : `${msg().restoreFailed} ${describeStorageProblem(error.problem)}`;
}

/** Settings, "Sicherung": make a backup file, see when the last one was made, restore one. */
export function BackupSection() {
  const backupStatus = useLiveQuery(readBackupStatus, []);
  const { busy, status, run } = useAction();
  const [pending, setPending] = useState<BackupToRestore | null>(null);
  const [confirm, setConfirm] = useState<{ clubs: number; assessments: number } | null>(null);

  const create = () =>
    void run(() => createBackup(msg().shareTitle), {
      busy: msg().creating,
      done: ({ delivery, fileName }) =>
        delivery === 'cancelled' ? msg().cancelled : msg().created(fileName),
      failed: () => msg().createFailed,
    });

  const pick = async ([file]: File[]) => {
    if (!file) return;
    setPending(null);
    const outcome = await run(() => readBackupForRestore(file), {
      busy: msg().reading,
      failed: readProblem,
    });
    if (outcome?.ok) setPending(outcome.value);
  };

  const restore = async (mode: RestoreMode) => {
    if (!pending) return;
    setConfirm(null);
    const outcome = await run(() => restoreBackup(pending.backup, mode), {
      busy: msg().restoring,
      done: ({ clubs, assessments }) => msg().restored(clubs, assessments),
      failed: restoreProblem,
    });
    if (outcome?.ok) setPending(null);
  };

  const askReplace = async () => {
    const counts = await run(countDeviceData, { failed: describeStorageProblem });
    if (!counts?.ok) return;
    if (counts.value.clubs === 0 && counts.value.assessments === 0) await restore('replace');
    else setConfirm(counts.value);
  };

  return (
    <section aria-labelledby="backup-title" id="sicherung">
      <h2 id="backup-title">{msg().heading}</h2>
      <div class="card">
        <p>{msg().intro}</p>
        {backupStatus.status === 'ready' && (
          <>
            <p data-testid="last-backup">
              {backupStatus.value.lastBackupAt
                ? msg().lastBackup(formatInstant(backupStatus.value.lastBackupAt))
                : msg().never}
            </p>
            {backupStatus.value.due && (
              <p class="notice">
                {backupStatus.value.lastBackupAt ? t.entry.backupDue : t.entry.backupDueNever}
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
      <StatusLine status={status} />
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
  pending: BackupToRestore;
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
