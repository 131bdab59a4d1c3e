import type { AreaLight } from '../../domain/scoring';
import { t } from '../../locale';
import { LightSymbol } from './LightSymbol';
import './area-light.css';

/** An area's summary light: symbol and word, or "keine Ampel". */
export function AreaLightBadge({ light }: { light: AreaLight }) {
  return (
    <span class={`area-light light-${light ?? 'none'}`}>
      <span class="visually-hidden">{t.assessment.lightOfArea} </span>
      <LightSymbol rating={light ?? 'none'} size={28} />
      <span>{light ? t.ratings[light] : t.summary.noLight}</span>
    </span>
  );
}
