import { useState } from 'preact/hooks';
import { editionKey } from '../../domain/assessment';
import { countCriteria, sameJson } from '../../domain/edition';
import { diffEditions, editionReplaced, type EditionDiff } from '../../domain/edition-diff';
import type { Edition } from '../../domain/edition-schema';
import {
  addEdition,
  deleteEdition,
  listEditionItems,
  type EditionItem,
} from '../../storage/editions';
import { fmt, tf } from '../../locale';
import { useLiveQuery } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { describeStorageError } from '../storage-messages';
import { describeFileProblem } from '../file-problems';
import { EditionDiffView } from './EditionDiffView';
import { FilePicker } from '../components/FilePicker';
import { Alert, Status } from '../components/Field';
import '../shared.css';
import './settings.css';

const msg = () => tf().editions;

type Message = { kind: 'status' | 'alert'; text: string };

/** A checked edition file waiting for the user's yes. */
interface Candidate {
  edition: Edition;
  diff: EditionDiff | null;
  older: boolean;
}

/** Sees whether a validated edition can be added, and against what it is compared. */
function examine(edition: Edition, items: readonly EditionItem[]): Candidate | Message {
  const same = items.find((i) => i.stored.key === editionKey(edition.id, edition.version));
  if (same) {
    return sameJson(same.stored.edition, edition)
      ? { kind: 'status', text: tf().settings.editionAlreadyThere }
      : { kind: 'alert', text: tf().files.sameVersionDifferent };
  }
  const stored = items.map((i) => i.stored);
  const replaced = editionReplaced(edition, stored, items.find((i) => i.isDefault)?.stored);
  return {
    edition,
    diff: replaced ? diffEditions(replaced.edition, edition) : null,
    older: stored.some((s) => s.id === edition.id && s.version > edition.version),
  };
}

/** The editions on this device: which one new assessments use, importing and deleting. */
export function EditionsSection() {
  const editions = useLiveQuery(listEditionItems, []);
  const [message, setMessage] = useState<Message | null>(null);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [toDelete, setToDelete] = useState<EditionItem | null>(null);

  const pick = async ([file]: File[]) => {
    if (!file) return;
    setCandidate(null);
    const { readEditionFile } = await import('../../files/edition-file');
    const read = await readEditionFile(file);
    if (!read.ok) {
      setMessage({ kind: 'alert', text: describeFileProblem(read) });
      return;
    }
    const items = editions.status === 'ready' ? (editions.value ?? []) : [];
    const result = examine(read.value, items);
    if ('kind' in result) setMessage(result);
    else {
      setMessage(null);
      setCandidate(result);
    }
  };

  const accept = async (c: Candidate) => {
    try {
      const result = await addEdition(c.edition);
      setCandidate(null);
      if (result === 'conflict')
        setMessage({ kind: 'alert', text: tf().files.sameVersionDifferent });
      else if (result === 'already-there')
        setMessage({ kind: 'status', text: tf().settings.editionAlreadyThere });
      else
        setMessage({
          kind: 'status',
          text: c.older
            ? msg().importedOlder(c.edition.title, c.edition.version)
            : tf().settings.editionImported(c.edition.title, c.edition.version),
        });
    } catch (error) {
      setMessage({ kind: 'alert', text: describeStorageError(error) });
    }
  };

  const remove = async (item: EditionItem) => {
    setToDelete(null);
    try {
      const result = await deleteEdition(item.stored.key);
      setMessage(
        result === 'deleted'
          ? { kind: 'status', text: msg().deleted(item.stored.edition.title, item.stored.version) }
          : { kind: 'alert', text: msg().notDeleted[result] },
      );
    } catch (error) {
      setMessage({ kind: 'alert', text: describeStorageError(error) });
    }
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
      <Status message={message?.kind === 'status' ? message.text : null} />
      <Alert message={message?.kind === 'alert' ? message.text : null} />
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
