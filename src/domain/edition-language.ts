import type { Edition } from './edition-schema';
import { ideasOf } from './edition';

// An edition in a language (format 3 carries its texts in other languages by
// id). A module of its own: the first screen needs domain/edition.ts, but only
// screens that show statements need this.

/** An edition's texts in one language, and whether it had none there. */
export interface LocalizedEdition {
  edition: Edition;
  /** The edition has no texts in the wanted language: it shows in its own. */
  fellBack: boolean;
}

/**
 * The edition with its texts in `language` where it has them (format 3
 * translations, field by field), its own texts elsewhere. Ids, values and
 * structure stay as they are, so everything computed from it is the same in
 * every language. `own` is the language the edition is written in.
 */
export function localizeEdition(edition: Edition, language: string, own = 'de'): LocalizedEdition {
  if (language === own) return { edition, fellBack: false };
  const texts = 'translations' in edition ? edition.translations?.[language] : undefined;
  if (!texts) return { edition, fellBack: true };
  const localized: Edition = {
    ...edition,
    title: texts.title ?? edition.title,
    ...(edition.description !== undefined && {
      description: texts.description ?? edition.description,
    }),
    ...(edition.office && {
      office: { ...edition.office, name: texts.office?.name ?? edition.office.name },
    }),
    scale: {
      ...edition.scale,
      ratings: edition.scale.ratings.map((r) => ({
        ...r,
        label: texts.ratings?.[r.id]?.label ?? r.label,
        meaning: texts.ratings?.[r.id]?.meaning ?? r.meaning,
      })),
    },
    dimensions: edition.dimensions.map((d) => {
      const t = Object.hasOwn(texts.dimensions ?? {}, d.id) ? texts.dimensions?.[d.id] : undefined;
      return {
        ...d,
        label: t?.label ?? d.label,
        ...('short' in d && d.short !== undefined && { short: t?.short ?? d.short }),
      };
    }),
    areas: edition.areas.map((area) => {
      const a = Object.hasOwn(texts.areas ?? {}, area.id) ? texts.areas?.[area.id] : undefined;
      return {
        ...area,
        title: a?.title ?? area.title,
        ...(area.description !== undefined && { description: a?.description ?? area.description }),
        criteria: area.criteria.map((c) => {
          const k = Object.hasOwn(texts.criteria ?? {}, c.id) ? texts.criteria?.[c.id] : undefined;
          const ideas = ideasOf(c);
          return {
            ...c,
            text: k?.text ?? c.text,
            ...(c.hint !== undefined && { hint: k?.hint ?? c.hint }),
            ...(ideas.length > 0 && { ideas: k?.ideas ?? [...ideas] }),
          };
        }),
      };
    }),
  } as Edition;
  return { edition: localized, fellBack: false };
}
