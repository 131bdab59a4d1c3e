import { useState } from 'preact/hooks';
import { countCriteria } from '../../domain/edition';
import {
  checkEditionFile,
  deleteEdition,
  importEdition,
  listEditionItems,
  type EditionCandidate,
  type EditionFileError,
  type EditionItem,
} from '../../actions/editions';
import { fmt, t, tf } from '../../locale';
import { useLiveQuery } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StatusLine } from '../components/StatusLine';
import { describeStorageProblem } from '../storage-messages';
import { describeFileProblem } from '../file-problems';
import { EditionDiffView } from './EditionDiffView';
import { FilePicker } from '../components/FilePicker';
import '../shared.css';
import './settings.css';

const msg = () => tf().editions;

/** Why a picked edition file is not offered. */
function fileProblem(error: EditionFileError): string {
  switch (error.code) {
    case 'refused':
      return describeFileProblem(error.refusal);
    case 'conflict':
      return tf().files.sameVersionDifferent;
    case 'load-failed':
      return t.app.loadFailed;
    case 'storage':
      return describeStorageProblem(error.problem);
  }
}

/** The editions on this device: which one new assessments use, importing and deleting. */
export function EditionsSection() {
  const editions = useLiveQuery(listEditionItems, []);
  const { status, run } = useAction();
  const [candidate, setCandidate] = useState<EditionCandidate | null>(null);
  const [toDelete, setToDelete] = useState<EditionItem | null>(null);

  const pick = async ([file]: File[]) => {
    if (!file) return;
    setCandidate(null);
    const outcome = await run(() => checkEditionFile(file), {
      done: (checked) =>
        checked.kind === 'already-there' ? tf().settings.editionAlreadyThere : null,
      failed: fileProblem,
    });
    if (outcome?.ok && outcome.value.kind === 'candidate') setCandidate(outcome.value.candidate);
  };

  const accept = async (c: EditionCandidate) => {
    const outcome = await run(() => importEdition(c.edition), {
      done: (result) =>
        result === 'already-there'
          ? tf().settings.editionAlreadyThere
          : c.older
            ? msg().importedOlder(c.edition.title, c.edition.version)
            : tf().settings.editionImported(c.edition.title, c.edition.version),
      failed: (error) =>
        error.code === 'conflict'
          ? tf().files.sameVersionDifferent
          : describeStorageProblem(error.problem),
    });
    // A storage failure keeps the check on the screen, to be taken again.
    if (outcome && (outcome.ok || outcome.error.code === 'conflict')) setCandidate(null);
  };

  const remove = (item: EditionItem) => {
    setToDelete(null);
    void run(() => deleteEdition(item.stored.key), {
      done: () => msg().deleted(item.stored.edition.title, item.stored.version),
      failed: (error) =>
        error.code === 'storage'
          ? describeStorageProblem(error.problem)
          : msg().notDeleted[error.code],
    });
  };

  return (
    <section aria-labelledby="editions-title">
      <h2 id="editions-title">{tf().settings.editionsHeading}</h2>
      <Loaded state={editions}>
        {(items) =>
          items && (
            <ul class="cards" aria-label={tf().settings.editionsHeading}>
              {items.map((item) => {
                const { stored, isDefault, isShipped, assessments } = item;
                const removable = assessments === 0 && !isShipped;
                return (
                  <li key={stored.key} class="card edition-card">
                    <span class="card-title">{stored.edition.title}</span>
                    <span>
                      {msg().line(
                        stored.version,
                        fmt.date(stored.edition.publishedAt),
                        countCriteria(stored.edition),
                      )}
                    </span>
                    <span class="muted">
                      <code>{stored.id}</code> · {msg().used(assessments)}
                      {isShipped && ` · ${msg().shipped}`}
                    </span>
                    {isDefault && <span class="badge done">{tf().settings.editionDefault}</span>}
                    {removable ? (
                      <button
                        type="button"
                        class="button danger-outline"
                        aria-label={msg().deleteLabel(stored.edition.title, stored.version)}
                        onClick={() => setToDelete(item)}
                      >
                        {msg().delete}
                      </button>
                    ) : (
                      assessments > 0 && <span class="hint">{msg().inUseHint}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </Loaded>
      <StatusLine status={status} />
      {candidate && (
        <section class="card candidate" aria-labelledby="candidate-title">
          <h3 id="candidate-title">
            {msg().checkHeading(candidate.edition.title, candidate.edition.version)}
          </h3>
          <p>{msg().valid(countCriteria(candidate.edition), candidate.edition.areas.length)}</p>
          {candidate.older && <p class="warning">{msg().older}</p>}
          {candidate.diff && <EditionDiffView diff={candidate.diff} />}
          <div class="actions">
            <button type="button" class="button" onClick={() => setCandidate(null)}>
              {msg().discard}
            </button>
            <button type="button" class="button primary" onClick={() => accept(candidate)}>
              {msg().accept}
            </button>
          </div>
        </section>
      )}
      <FilePicker
        id="edition-file"
        label={tf().settings.importEdition}
        hint={msg().importHint}
        onPick={pick}
      />
      {toDelete && (
        <ConfirmDialog
          title={msg().confirmDelete(toDelete.stored.edition.title, toDelete.stored.version)}
          confirmLabel={msg().delete}
          onConfirm={() => remove(toDelete)}
          onCancel={() => setToDelete(null)}
        >
          <p>{msg().confirmDeleteBody}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
