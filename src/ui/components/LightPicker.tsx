import { RATING_IDS } from '../../domain/vocabulary';
import type { RatingId } from '../../domain/edition-schema';
import { t } from '../../locale';
import { LightSymbol } from './LightSymbol';
import './light-picker.css';

interface Props {
  /** Unique per criterion on the page; used for the radio name and ids. */
  name: string;
  labelledBy: string;
  describedBy?: string | undefined;
  value: RatingId | undefined;
  /** Tapping the light already set counts too (it confirms a carried-over light). */
  confirmable?: boolean;
  onChange: (rating: RatingId) => void;
  /** Words from the edition; fall back to the app's own. */
  labels?: Partial<Record<RatingId, string>>;
}

/** One tap rates a criterion: a radio group of the four lights, each with symbol and word. */
export function LightPicker({
  name,
  labelledBy,
  describedBy,
  value,
  onChange,
  labels,
  confirmable = false,
}: Props) {
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      class="light-picker"
    >
      {RATING_IDS.map((rating) => {
        const id = `${name}-${rating}`;
        return (
          <label key={rating} for={id} class={`light-option light-${rating}`}>
            <input
              type="radio"
              id={id}
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              // A tap on the light already set fires no change event.
              onClick={confirmable && value === rating ? () => onChange(rating) : undefined}
            />
            <LightSymbol rating={rating} />
            <span class="light-word">{labels?.[rating] ?? t.ratings[rating]}</span>
          </label>
        );
      })}
    </div>
  );
}
