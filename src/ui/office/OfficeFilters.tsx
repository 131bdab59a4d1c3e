import type { Granularity, OfficeFilter } from '../../domain/aggregation';
import { tf } from '../../locale';
import { periodLabel } from './period-label';
import { CategorySelect, SizeBandSelect } from '../components/ClubSelects';
import '../components/forms.css';

interface Props {
  periods: string[];
  filter: OfficeFilter;
  onChange: (filter: OfficeFilter) => void;
}

/** Period, club category and size band. */
export function OfficeFilters({ periods, filter, onChange }: Props) {
  const first = periods[0] ?? '';
  const last = periods.at(-1) ?? '';
  return (
    <div class="office-filters">
      <div class="field">
        <label for="office-from">{tf().office.from}</label>
        <select
          id="office-from"
          value={filter.from ?? first}
          onChange={(e) => {
            const from = e.currentTarget.value;
            onChange({ ...filter, from, to: filter.to && filter.to < from ? from : filter.to });
          }}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="office-to">{tf().office.to}</label>
        <select
          id="office-to"
          value={filter.to ?? last}
          onChange={(e) => {
            const to = e.currentTarget.value;
            onChange({ ...filter, to, from: filter.from && filter.from > to ? to : filter.from });
          }}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="office-category">{tf().office.category}</label>
        <CategorySelect
          id="office-category"
          all={tf().office.all}
          value={filter.category}
          onChange={(category) => onChange({ ...filter, category })}
        />
      </div>
      <div class="field">
        <label for="office-size">{tf().office.sizeBand}</label>
        <SizeBandSelect
          id="office-size"
          all={tf().office.all}
          value={filter.sizeBand}
          onChange={(sizeBand) => onChange({ ...filter, sizeBand })}
        />
      </div>
    </div>
  );
}

/** Quarter or year for the values over time. */
export function GranularityChoice({
  value,
  onChange,
}: {
  value: Granularity;
  onChange: (g: Granularity) => void;
}) {
  return (
    <fieldset class="choice">
      <legend>{tf().office.granularity}</legend>
      {(['quarter', 'year'] as const).map((g) => (
        <label key={g} class="choice-option">
          <input
            type="radio"
            name="office-granularity"
            value={g}
            checked={value === g}
            onChange={() => onChange(g)}
          />
          {g === 'quarter' ? tf().office.byQuarter : tf().office.byYear}
        </label>
      ))}
    </fieldset>
  );
}
