import { useState } from 'preact/hooks';
import { formatGermanDate } from '../../domain/dates';
import { countCriteria } from '../../domain/edition';
import { addEdition, ensureShippedEdition, listEditionItems } from '../../storage/editions';
import { readStorageStatus, requestPersistence } from '../../storage/persistence';
import { de } from '../../messages/de';
import { useLiveQuery, useOnce } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeStorageError } from '../storage-messages';
import { BackupSection } from './BackupSection';

const formatBytes = (n: number) =>
  n < 1024 * 1024
    ? `${Math.max(1, Math.round(n / 1024))} KB`
    : `${(n / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

/** Settings: how safe the data is on this device, its backup, and the editions of the Ampelbogen. */
export function SettingsScreen() {
  const [round, setRound] = useState(0);
  const storage = useOnce(readStorageStatus, [round]);
  // The shipped edition is written once, outside the read-only live query.
  const shipped = useOnce(ensureShippedEdition, []);
  const editions = useLiveQuery(
    async () => (shipped.status === 'loading' ? null : listEditionItems()),
    [shipped.status],
  );
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const persist = async () => {
    await requestPersistence();
    setRound((r) => r + 1);
  };

  const importEdition = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { readEditionFile } = await import('../../files/edition-file');
    const read = await readEditionFile(file);
    if (!read.ok) {
      setMessage({ kind: 'alert', text: read.message });
      return;
    }
    try {
      const result = await addEdition(read.value);
      if (result === 'conflict') setMessage({ kind: 'alert', text: de.files.sameVersionDifferent });
      else if (result === 'already-there')
        setMessage({ kind: 'status', text: de.settings.editionAlreadyThere });
      else
        setMessage({
          kind: 'status',
          text: de.settings.editionImported(read.value.title, read.value.version),
        });
    } catch (error) {
      setMessage({ kind: 'alert', text: describeStorageError(error) });
    }
  };

  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{de.settings.heading}</ScreenHeading>
      <h2>{de.settings.storageHeading}</h2>
      <Loaded state={storage}>
        {(s) => (
          <div class="card">
            <p data-testid="persistence">
              {s.persisted === true
                ? de.settings.persistent
                : s.persisted === false
                  ? de.settings.notPersistent
                  : de.settings.persistUnknown}
            </p>
            <p>
              {s.usage !== null && s.quota !== null
                ? de.settings.usage(formatBytes(s.usage), formatBytes(s.quota))
                : de.settings.usageUnknown}
            </p>
            {s.persisted !== true && (
              <>
                <p>{de.settings.persistAdvice}</p>
                <button type="button" class="button" onClick={persist}>
                  {de.settings.persistAsk}
                </button>
              </>
            )}
          </div>
        )}
      </Loaded>
      <BackupSection />
      <h2>{de.settings.editionsHeading}</h2>
      <Loaded state={editions}>
        {(items) =>
          items && (
            <ul class="cards" aria-label={de.settings.editionsHeading}>
              {items.map(({ stored, isDefault }) => (
                <li key={stored.key} class="card">
                  <span>
                    {de.settings.editionLine(
                      stored.edition.title,
                      stored.version,
                      formatGermanDate(stored.edition.publishedAt),
                      countCriteria(stored.edition),
                    )}
                  </span>
                  {isDefault && <span class="badge done">{de.settings.editionDefault}</span>}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {message && (
        <p role={message.kind} class={message.kind === 'alert' ? 'error' : 'notice'}>
          {message.text}
        </p>
      )}
      <div class="field">
        <label for="edition-file" class="button file-button">
          {de.settings.importEdition}
        </label>
        <input
          id="edition-file"
          class="file-input"
          type="file"
          accept="application/json,.json"
          aria-describedby="edition-file-hint"
          onChange={importEdition}
        />
        <p id="edition-file-hint" class="hint">
          {de.settings.importEditionHint}
        </p>
      </div>
      <p class="muted">{de.settings.appVersion(__APP_VERSION__)}</p>
    </section>
  );
}
