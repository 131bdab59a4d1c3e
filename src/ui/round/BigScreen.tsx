import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lightLabels } from '../../domain/edition';
import { ratingLookup } from '../../domain/assessment';
import { answersIn, spreadItems } from '../../domain/round';
import { t, tf } from '../../locale';
import { paths } from '../paths';
import { LightSymbol } from '../components/LightSymbol';
import { LoadedAssessment, type CompleteBundle } from '../components/LoadedAssessment';
import { SpreadBars } from './SpreadBars';
import '../shared.css';
import './round.css';

const NEXT_KEYS = new Set(['ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'PageUp']);
/** The arrow key that moves on follows the reading direction: left in Arabic. */
const forward = () => (document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
const backward = () => (document.documentElement.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');

/**
 * The big-screen view for a laptop on a projector or TV: one statement at a
 * time in large type with its spread and the group's light, most disagreement
 * first; the arrow keys and a presentation clicker (PageUp / PageDown) move on.
 */
export function BigScreen({ assessmentId }: { assessmentId: string }) {
  return (
    <LoadedAssessment assessmentId={assessmentId} live>
      {(bundle) => <Slides bundle={bundle} />}
    </LoadedAssessment>
  );
}

function Slides({ bundle }: { bundle: CompleteBundle }) {
  const words = tf().round;
  const { assessment, edition, answers } = bundle;
  // Statements nobody rated in the round have nothing to show on the wall.
  const items = useMemo(
    () => spreadItems(edition, assessment.spread).filter((i) => answersIn(i.spread) > 0),
    [edition, assessment.spread],
  );
  const labels = useMemo(() => lightLabels(edition), [edition]);
  // Held by criterion, not position: a newly counted answer may reorder the list.
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const found = items.findIndex((i) => i.criterion.id === currentId);
  const index = found >= 0 ? found : 0;
  const item = items[index];
  // The position a key moves on from: set at once by a move, so a key pressed
  // before the screen has rendered the last one still counts from there.
  const at = useRef({ index, last: items.length - 1 });
  at.current = { index, last: items.length - 1 };
  const moveTo = (i: number) => {
    const clamped = Math.min(Math.max(i, 0), items.length - 1);
    const target = items[clamped];
    if (!target) return;
    at.current = { ...at.current, index: clamped };
    setCurrentId(target.criterion.id);
  };
  // One key listener for the screen's life, calling the newest moveTo.
  const move = useRef(moveTo);
  move.current = moveTo;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Keys on a link or button do what they do there.
      const target = e.target as HTMLElement | null;
      if (e.key === ' ' && target?.closest('a, button, input')) return;
      const { index: now, last } = at.current;
      if (NEXT_KEYS.has(e.key) || e.key === forward()) move.current(now + 1);
      else if (PREVIOUS_KEYS.has(e.key) || e.key === backward()) move.current(now - 1);
      else if (e.key === 'Home') move.current(0);
      else if (e.key === 'End') move.current(last);
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const rating = item ? ratingLookup(answers)(item.criterion.id) : undefined;
  return (
    <section aria-labelledby="screen-title" class="big-screen">
      <h1 id="screen-title" tabIndex={-1} class="big-title">
        {words.big.heading}
        {item && <span class="big-position"> · {words.big.position(index + 1, items.length)}</span>}
      </h1>
      {item ? (
        <div class="big-slide" aria-live="polite" aria-atomic="true">
          <p class="big-area">{item.area.title}</p>
          <p class="big-statement">{item.criterion.text}</p>
          <SpreadBars spread={item.spread} labels={labels} size={40} />
          <p class="big-agreed">
            {rating ? (
              <>
                <LightSymbol rating={rating} size={40} />{' '}
                {words.big.agreed(labels[rating] ?? t.ratings[rating])}
              </>
            ) : (
              words.big.agreedNone
            )}
          </p>
        </div>
      ) : (
        <p>{words.spread.none}</p>
      )}
      <div class="big-controls">
        <button
          type="button"
          class="button"
          disabled={index <= 0}
          onClick={() => moveTo(index - 1)}
        >
          {words.big.previous}
        </button>
        <button
          type="button"
          class="button primary"
          disabled={index >= items.length - 1}
          onClick={() => moveTo(index + 1)}
        >
          {words.big.next}
        </button>
        <a class="button" href={paths.roundSpread(assessment.id)}>
          {words.big.exit}
        </a>
      </div>
      <p class="hint">{words.big.keys}</p>
    </section>
  );
}
