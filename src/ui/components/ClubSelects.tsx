import type { ClubCategory, SizeBand } from '../../domain/entities';
import { CLUB_CATEGORIES, SIZE_BANDS } from '../../domain/vocabulary';
import { t } from '../../locale';
import type { FieldControlProps } from './Field';

// The club's category and size band as selects, in the words of the club form;
// the Auswertung's filters add a first option for all of them.

interface Props<V extends string> extends Partial<FieldControlProps> {
  id: string;
  name?: string;
  value: V;
  onChange: (value: V) => void;
  /** The words of a first option, value "all", that stands for every entry. */
  all?: string;
}

function VocabularySelect<V extends string>({
  options,
  words,
  value,
  onChange,
  all,
  ...control
}: Props<V> & { options: readonly string[]; words: Readonly<Record<string, string>> }) {
  return (
    // The options are the vocabulary's (and "all"), so the value is one of V.
    <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
      {all !== undefined && <option value="all">{all}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {words[option]}
        </option>
      ))}
    </select>
  );
}

/** The club categories ("Art"). */
export function CategorySelect<V extends string = ClubCategory>(props: Props<V>) {
  return <VocabularySelect options={CLUB_CATEGORIES} words={t.clubs.categories} {...props} />;
}

/** The size bands ("Größe (Mitglieder)"). */
export function SizeBandSelect<V extends string = SizeBand>(props: Props<V>) {
  return <VocabularySelect options={SIZE_BANDS} words={t.clubs.sizeBands} {...props} />;
}
