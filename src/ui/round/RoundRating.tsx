import type { Edition, RatingId } from '../../domain/edition-schema';
import { lightLabels } from '../../domain/edition';
import { LightPicker } from '../components/LightPicker';
import { pure } from '../components/pure';
import '../assessment/assessment.css';

interface Props {
  edition: Edition;
  /** The round's statements, in order. */
  criterionIds: readonly string[];
  ratings: Readonly<Record<string, RatingId>>;
  onRate: (criterionId: string, rating: RatingId) => void;
  /** Prefix of ids and radio names, unique per person on the page. */
  prefix: string;
}

const Lights = pure(LightPicker);

/**
 * The round's statements with the same lights as an assessment's cards, by
 * area, and nothing else: no notes, no next steps.
 */
export function RoundRating({ edition, criterionIds, ratings, onRate, prefix }: Props) {
  const wanted = new Set(criterionIds);
  const labels = lightLabels(edition);
  const areas = edition.areas
    .map((area) => ({ area, criteria: area.criteria.filter((c) => wanted.has(c.id)) }))
    .filter((a) => a.criteria.length > 0);
  return (
    <>
      {areas.map(({ area, criteria }) => (
        <section key={area.id} aria-labelledby={`${prefix}-${area.id}`}>
          <h2 id={`${prefix}-${area.id}`}>{area.title}</h2>
          <ul class="criteria">
            {criteria.map((c) => {
              const base = `${prefix}-${c.id}`;
              return (
                <li key={c.id} class="criterion">
                  <p class="criterion-text" id={`${base}-text`}>
                    {c.text}
                  </p>
                  {c.hint && <p class="hint">{c.hint}</p>}
                  <Lights
                    name={base}
                    labelledBy={`${base}-text`}
                    value={ratings[c.id]}
                    labels={labels}
                    onChange={(rating) => onRate(c.id, rating)}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
