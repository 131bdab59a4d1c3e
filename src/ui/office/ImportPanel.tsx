import { useState } from 'preact/hooks';
import { countOutcomes, importAnonymousFiles, type ImportReport } from '../../actions/office';
import { FilePicker } from '../components/FilePicker';
import { tf } from '../../locale';
import { Disclosure } from '../components/Disclosure';
import { StatusLine } from '../components/StatusLine';
import { useAction } from '../hooks/use-action';
import { describeStorageProblem } from '../storage-messages';
import { describeFileProblem } from '../file-problems';
import { ReceivedNote, useReceivedFiles } from './use-received-files';
import '../shared.css';

/** Takes in many anonymous files at once, from the file picker or by drag and drop. */
export function ImportPanel() {
  const { status, run } = useAction();
  const [reports, setReports] = useState<ImportReport[] | null>(null);
  const [dragging, setDragging] = useState(false);

  const take = async (files: File[]) => {
    if (files.length === 0) return;
    setReports(null);
    const outcome = await run(() => importAnonymousFiles(files), {
      busy: tf().office.checking(files.length),
      done: (done) => {
        const counts = countOutcomes(done);
        return tf().office.result(counts.added, counts.already, counts.rejected);
      },
      failed: describeStorageProblem,
    });
    if (outcome?.ok) setReports(outcome.value);
    return outcome;
  };
  // Files shared to the installed app, or opened with it, take the same way.
  const received = useReceivedFiles(take);

  const rejected = reports?.some((r) => r.outcome === 'rejected') ?? false;
  return (
    <section class="office-import" aria-labelledby="office-import-title">
      {/* Compact, so the figures come first; the whole bar takes dropped files. */}
      <h2 id="office-import-title" class="visually-hidden">
        {tf().office.importHeading}
      </h2>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take([...(e.dataTransfer?.files ?? [])]);
        }}
        data-testid="drop-zone"
      >
        <FilePicker
          id="office-files"
          label={tf().office.pick}
          hint={dragging ? tf().office.dropActive : tf().office.pickHint}
          multiple
          primary
          onPick={async (files) => void (await take(files))}
        />
        <div class={rejected ? 'import-status rejected' : 'import-status'}>
          <StatusLine status={status} />
        </div>
        {reports && <ImportResult reports={reports} />}
      </div>
      <ReceivedNote note={received} />
    </section>
  );
}

function ImportResult({ reports }: { reports: ImportReport[] }) {
  const notAdded = reports.filter((r) => r.outcome !== 'added');
  return (
    <div class="import-result">
      {notAdded.length > 0 && (
        <ul class="file-reports" aria-label={tf().office.notAdded}>
          {notAdded.map((r, i) => (
            <FileReportItem key={i} report={r} />
          ))}
        </ul>
      )}
      <Disclosure summary={tf().office.resultList(reports.length)}>
        {() => (
          <ul class="file-reports">
            {reports.map((r, i) => (
              <FileReportItem key={i} report={r} />
            ))}
          </ul>
        )}
      </Disclosure>
    </div>
  );
}

function FileReportItem({ report }: { report: ImportReport }) {
  return (
    <li class={`file-report ${report.outcome}`}>
      <span class="file-name">{report.name}</span>{' '}
      <strong>{tf().office.outcomes[report.outcome]}</strong>
      {report.outcome === 'rejected' && (
        <span class="reason">{describeFileProblem(report.refusal)}</span>
      )}
    </li>
  );
}
