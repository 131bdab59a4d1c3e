import { officeOf } from '../../domain/edition';
import { useMemo, useState } from 'preact/hooks';
import {
  mailtoHref,
  prepareAnonymousFile,
  saveAnonymousFile,
  type AnonymousSource,
} from '../../actions/anonymous';
import { tf } from '../../locale';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { AnonymousFileDetails } from './AnonymousFileDetails';
import './export.css';

const msg = () => tf().share.anonymous;

/**
 * The anonymous file of a finished assessment: a short summary of what it
 * holds and the button to hand it over first, the details folded below. The
 * preview is made from the very file that is handed over, with its random id.
 */
export function AnonymousFileSection({ source }: { source: AnonymousSource }) {
  // One random id for as long as the screen is open: saving twice gives the
  // same file, which the Integrationsbüro then counts once.
  const [fileId] = useState(() => crypto.randomUUID());
  const prepared = useMemo(() => prepareAnonymousFile(source, fileId), [source, fileId]);
  const { file, text, name, shareable } = prepared;
  const [saved, setSaved] = useState(false);
  const { status, run } = useAction();
  const { edition } = source;
  const office = officeOf(edition);
  const email = office?.email;
  const dropUrl = office?.dropUrl;
  // The next steps after saving: where files cannot be shared, or once saved.
  const afterSaving = !shareable || saved;
  const quarter = msg().quarterShort(file.period);

  const deliver = (share: boolean) =>
    void run(() => saveAnonymousFile(prepared, share, msg().shareTitle), {
      done: (delivery) => {
        if (delivery === 'downloaded') setSaved(true);
        return delivery === 'cancelled' ? null : msg().delivered[delivery];
      },
      failed: () => msg().failed,
    });

  return (
    <section class="card export-section" aria-labelledby="anonymous-title">
      <h2 id="anonymous-title" class="card-title">
        {msg().heading}
      </h2>
      <ul class="anonymous-summary">
        <li>
          <strong>{msg().summaryIn}</strong>{' '}
          {msg().summaryInList(
            Object.keys(file.ratings).length,
            quarter,
            msg().editionName(edition.title, edition.version),
          )}
        </li>
        <li>
          <strong>{msg().summaryOut}</strong> {msg().summaryOutList}
        </li>
      </ul>
      <div class="actions">
        {shareable && (
          <button type="button" class="button primary" onClick={() => deliver(true)}>
            {msg().share}
          </button>
        )}
        <button
          type="button"
          class={shareable ? 'button' : 'button primary'}
          onClick={() => deliver(false)}
        >
          {msg().save}
        </button>
      </div>
      <StatusLine status={status} />
      {email && afterSaving && (
        <p class="mail-step">
          {msg().mailStep}{' '}
          <a
            class="text-link"
            href={mailtoHref(email, msg().mailSubject(quarter), msg().mailBody(name))}
          >
            {msg().mailLink(email)}
          </a>
        </p>
      )}
      {dropUrl && afterSaving && (
        <p class="mail-step">
          {msg().dropStep}{' '}
          <a class="text-link" href={dropUrl} target="_blank" rel="noopener noreferrer">
            {msg().dropLink}
          </a>
        </p>
      )}
      <p class="muted">
        {msg().sender}
        {dropUrl && ` ${msg().senderDrop}`}
      </p>
      <AnonymousFileDetails file={file} text={text} edition={edition} />
    </section>
  );
}
