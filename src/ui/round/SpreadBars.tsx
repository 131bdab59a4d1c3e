import type { RatingId } from '../../domain/edition-schema';
import { answersIn, chosenLights, type Spread } from '../../domain/round';
import { t, tf } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';

interface Props {
  spread: Spread;
  /** Words of the edition's lights; the app's own where it has none. */
  labels?: Partial<Record<RatingId, string>>;
  /** Symbol size in px: larger on the big screen. */
  size?: number;
}

/**
 * How many chose each light: symbol, word and number on every row, a bar
 * beside them for the eye (never the colour alone). Lights nobody chose are
 * left out, except when nobody answered at all.
 */
export function SpreadBars({ spread, labels, size = 20 }: Props) {
  const n = answersIn(spread);
  const shown = chosenLights(spread);
  return (
    <ul class="spread" aria-label={tf().round.spread.of(n)}>
      {shown.map((id) => (
        <li key={id} class={`spread-row light-${id}`}>
          <LightSymbol rating={id} size={size} />
          <span class="spread-word">
            {tf().round.spread.count(labels?.[id] ?? t.ratings[id], spread[id])}
          </span>
          <span class="spread-bar" aria-hidden="true">
            <span style={{ inlineSize: `${(100 * spread[id]) / Math.max(n, 1)}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
