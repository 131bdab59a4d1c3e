import { useState } from 'preact/hooks';
import { FilePicker } from '../components/FilePicker';
import { tf } from '../../locale';
import { Disclosure } from '../components/Disclosure';
import { describeStorageError } from '../storage-messages';
import { countOutcomes, importBatch, type FileReport } from './import-batch';
import '../shared.css';

type State =
  | { status: 'idle' }
  | { status: 'checking'; count: number }
  | { status: 'done'; reports: FileReport[] }
  | { status: 'failed'; message: string };

/** Takes in many anonymous files at once, from the file picker or by drag and drop. */
export function ImportPanel() {
  const [state, setState] = useState<State>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);

  const take = async (files: File[]) => {
    if (files.length === 0) return;
    setState({ status: 'checking', count: files.length });
    try {
      setState({ status: 'done', reports: await importBatch(files) });
    } catch (error) {
      setState({ status: 'failed', message: describeStorageError(error) });
    }
  };

  return (
    <section aria-labelledby="office-import-title">
      <h2 id="office-import-title">{tf().office.importHeading}</h2>
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
          onPick={take}
        />
      </div>
      <ImportResult state={state} />
    </section>
  );
}

function ImportResult({ state }: { state: State }) {
  if (state.status === 'idle') return <p role="status" class="visually-hidden" />;
  if (state.status === 'checking')
    return (
      <p role="status" class="muted">
        {tf().office.checking(state.count)}
      </p>
    );
  if (state.status === 'failed')
    return (
      <p role="alert" class="error">
        {state.message}
      </p>
    );
  const counts = countOutcomes(state.reports);
  const notAdded = state.reports.filter((r) => r.outcome !== 'added');
  return (
    <div class="import-result">
      <p role="status" class={counts.rejected > 0 ? 'notice warning' : 'notice'}>
        {tf().office.result(counts.added, counts.already, counts.rejected)}
      </p>
      {notAdded.length > 0 && (
        <ul class="file-reports" aria-label={tf().office.notAdded}>
          {notAdded.map((r, i) => (
            <FileReportItem key={i} report={r} />
          ))}
        </ul>
      )}
      <Disclosure summary={tf().office.resultList(state.reports.length)}>
        {() => (
          <ul class="file-reports">
            {state.reports.map((r, i) => (
              <FileReportItem key={i} report={r} />
            ))}
          </ul>
        )}
      </Disclosure>
    </div>
  );
}

function FileReportItem({ report }: { report: FileReport }) {
  return (
    <li class={`file-report ${report.outcome}`}>
      <span class="file-name">{report.name}</span>{' '}
      <strong>{tf().office.outcomes[report.outcome]}</strong>
      {report.outcome === 'rejected' && <span class="reason">{report.reason}</span>}
    </li>
  );
}
