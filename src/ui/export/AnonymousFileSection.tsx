import { useMemo, useState } from 'preact/hooks';
import { countRatings } from '../../domain/anonymous';
import { snapshotLookup } from '../../domain/assessment';
import { RATING_IDS } from '../../domain/vocabulary';
import {
  prepareAnonymousFile,
  saveAnonymousFile,
  type AnonymousSource,
} from '../../actions/anonymous';
import { t, tf } from '../../locale';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { Disclosure } from '../components/Disclosure';
import { LightSymbol } from '../components/LightSymbol';
import './export.css';

const msg = () => tf().share.anonymous;

/**
 * The anonymous file of a finished assessment: first what it holds, in words
 * and as the exact text, then saving or sharing it. The preview is made from
 * the very file that is handed over, with the random id it will carry.
 */
export function AnonymousFileSection({ source }: { source: AnonymousSource }) {
  // One random id for as long as the screen is open: saving twice gives the
  // same file, which the Integrationsbüro then counts once.
  const [fileId] = useState(() => crypto.randomUUID());
  const prepared = useMemo(() => prepareAnonymousFile(source, fileId), [source, fileId]);
  const { file, text, shareable } = prepared;
  const { status, run } = useAction();
  const counts = countRatings(file);
  const ratingOf = snapshotLookup(file.ratings);
  const { edition } = source;
  const answered = Object.keys(file.ratings).length;

  const deliver = (share: boolean) =>
    void run(() => saveAnonymousFile(prepared, share, msg().shareTitle), {
      done: (delivery) => (delivery === 'cancelled' ? null : msg().delivered[delivery]),
      failed: () => msg().failed,
    });

  return (
    <section class="card export-section" aria-labelledby="anonymous-title">
      <h2 id="anonymous-title" class="card-title">
        {msg().heading}
      </h2>
      <p>{msg().intro}</p>
      <h3 class="export-subtitle">{msg().contains}</h3>
      <dl class="facts">
        <div>
          <dt>{msg().edition}</dt>
          <dd>{msg().editionName(edition.title, edition.version)}</dd>
        </div>
        <div>
          <dt>{msg().period}</dt>
          <dd>{msg().quarter(file.period)}</dd>
        </div>
        <div>
          <dt>{t.clubs.category}</dt>
          <dd>{t.clubs.categories[file.club.category]}</dd>
        </div>
        <div>
          <dt>{t.clubs.sizeBand}</dt>
          <dd>{t.clubs.sizeBands[file.club.sizeBand]}</dd>
        </div>
        <div>
          <dt>{msg().lights}</dt>
          <dd>
            {msg().lightCount(answered)}
            <ul class="plain-list light-counts">
              {RATING_IDS.map((r) => (
                <li key={r}>
                  <LightSymbol rating={r} size={18} />
                  <span>
                    {counts[r]} × {t.ratings[r]}
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{msg().fileId}</dt>
          <dd>
            <code class="break">{file.fileId}</code>
            <span class="muted block">{msg().fileIdHint}</span>
          </dd>
        </div>
        <div>
          <dt>{msg().appVersion}</dt>
          <dd>{file.appVersion}</dd>
        </div>
      </dl>
      <Disclosure summary={msg().everyLight}>
        {() => (
          <ol class="plain-list criterion-lights">
            {edition.areas.flatMap((area) =>
              area.criteria.map((c) => {
                const rating = ratingOf(c.id);
                return (
                  <li key={c.id}>
                    <LightSymbol rating={rating ?? 'none'} size={18} />
                    <span>
                      {c.text} <strong>{rating ? t.ratings[rating] : msg().notInFile}</strong>
                    </span>
                  </li>
                );
              }),
            )}
          </ol>
        )}
      </Disclosure>
      <Disclosure summary={msg().exactText}>
        {() => (
          <pre class="file-text" tabIndex={0} role="region" aria-label={msg().exactText}>
            {text}
          </pre>
        )}
      </Disclosure>
      <h3 class="export-subtitle">{msg().notContained}</h3>
      <ul class="not-contained">
        {msg().notContainedList.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <StatusLine status={status} />
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
    </section>
  );
}
