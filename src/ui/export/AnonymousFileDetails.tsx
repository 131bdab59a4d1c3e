import { countRatings, type AnonymousFile } from '../../domain/anonymous';
import { snapshotLookup } from '../../domain/assessment';
import type { Edition } from '../../domain/edition-schema';
import { RATING_IDS } from '../../domain/vocabulary';
import { t, tf } from '../../locale';
import { Disclosure } from '../components/Disclosure';
import { LightSymbol } from '../components/LightSymbol';
import './export.css';

const msg = () => tf().share.anonymous;

/**
 * Everything the anonymous file holds, folded below its main action: the
 * facts in words, every light, and the exact text that leaves the device.
 */
export function AnonymousFileDetails({
  file,
  text,
  edition,
}: {
  file: AnonymousFile;
  text: string;
  edition: Edition;
}) {
  const counts = countRatings(file);
  const ratingOf = snapshotLookup(file.ratings);
  const answered = Object.keys(file.ratings).length;
  return (
    <Disclosure summary={msg().details}>
      {() => (
        <div class="anonymous-details">
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
        </div>
      )}
    </Disclosure>
  );
}
