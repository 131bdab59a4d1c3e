import { shareOf } from '../../domain/aggregation';
import type { Edition } from '../../domain/edition-schema';
import { fmt, t, tf } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';

// A criterion's lights as one bar in fixed order (green, yellow, red, "trifft
// nicht zu", unanswered). Each segment has its own pattern, and the counts
// follow as words with the light's symbol, so nothing rests on colour alone.

export const BAR_ORDER = ['green', 'yellow', 'red', 'na', 'unanswered'] as const;
type Part = (typeof BAR_ORDER)[number];

const word = (part: Part) => (part === 'unanswered' ? tf().office.unanswered : t.ratings[part]);
const symbol = (part: Part) => (part === 'unanswered' ? 'none' : part);

interface Props {
  counts: Record<Part, number>;
  /** The whole the shares are of. */
  asked: number;
  /** The word for the last part, unanswered by default. */
  restWord?: string;
}

/** The bar alone: decoration beside counts given in words elsewhere. */
export function Bar({ counts, asked }: Pick<Props, 'counts' | 'asked'>) {
  return (
    <div class="stacked-bar" aria-hidden="true">
      {BAR_ORDER.map((part) =>
        counts[part] > 0 ? (
          <span
            key={part}
            class={`segment seg-${part}`}
            style={{ width: `${shareOf(counts[part], asked) * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

/** The bar and its counts; the bar itself is decoration, the counts are the content. */
export function StackedBar({ counts, asked, restWord }: Props) {
  return (
    <>
      <Bar counts={counts} asked={asked} />
      <ul class="light-counts">
        {BAR_ORDER.map((part) =>
          (part === 'unanswered' || part === 'na') && counts[part] === 0 ? null : (
            <li key={part}>
              <LightSymbol rating={symbol(part)} size={16} />
              {part === 'unanswered' && restWord ? restWord : word(part)}{' '}
              <strong>
                {tf().office.count(counts[part], fmt.percent(shareOf(counts[part], asked), 1))}
              </strong>
            </li>
          ),
        )}
      </ul>
    </>
  );
}

/** What the patterns and symbols mean, with each light's meaning in the edition's words, as the clubs saw them. */
export function LightLegend({ scale }: { scale: Pick<Edition, 'scale'> }) {
  const meaning = (part: Part) =>
    part === 'unanswered' ? null : scale.scale.ratings.find((r) => r.id === part)?.meaning;
  return (
    <ul class="legend" aria-label={tf().office.legend}>
      {BAR_ORDER.map((part) => (
        <li key={part}>
          <span class={`swatch seg-${part}`} aria-hidden="true" />
          <LightSymbol rating={symbol(part)} size={18} />
          {word(part)}
          {meaning(part) && <span class="muted"> ({meaning(part)})</span>}
        </li>
      ))}
    </ul>
  );
}
