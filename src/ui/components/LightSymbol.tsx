import type { RatingId } from '../../domain/edition-schema';
import './light-symbol.css';

/**
 * The shape of each light, so it reads without colour: a check for green, a
 * half-filled circle for yellow, a cross for red, a dash for "trifft nicht zu".
 */
export function LightSymbol({ rating, size = 24 }: { rating: RatingId | 'none'; size?: number }) {
  return (
    <svg
      class={`light-symbol light-${rating}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {rating === 'green' && (
        <>
          <circle cx="12" cy="12" r="11" class="fill" />
          <path
            d="M6.5 12.5l3.5 3.5 7.5-8"
            class="mark"
            fill="none"
            stroke-width="2.6"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </>
      )}
      {rating === 'yellow' && (
        <>
          <circle cx="12" cy="12" r="10" class="ring" fill="none" stroke-width="2" />
          <path d="M12 2a10 10 0 0 0 0 20z" class="fill" />
          <path d="M12 2a10 10 0 0 1 0 20" class="ring" fill="none" stroke-width="2" />
        </>
      )}
      {rating === 'red' && (
        <>
          <rect x="1.5" y="1.5" width="21" height="21" rx="4" class="fill" />
          <path
            d="M7.5 7.5l9 9M16.5 7.5l-9 9"
            class="mark"
            stroke-width="2.6"
            stroke-linecap="round"
          />
        </>
      )}
      {rating === 'na' && (
        <path d="M5 12h14" class="ring" stroke-width="3" stroke-linecap="round" />
      )}
      {rating === 'none' && (
        <circle
          cx="12"
          cy="12"
          r="9.5"
          class="ring"
          fill="none"
          stroke-width="2"
          stroke-dasharray="3 3"
        />
      )}
    </svg>
  );
}
