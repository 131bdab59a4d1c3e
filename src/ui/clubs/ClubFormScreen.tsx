import { useState } from 'preact/hooks';
import type { Club } from '../../domain/entities';
import {
  changedClubFields,
  validateClubDraft,
  type ClubDraft,
  type ClubFieldError,
} from '../../domain/club';
import { LIMITS } from '../../domain/vocabulary';
import { createClub, readClub, updateClub } from '../../actions/clubs';
import { t } from '../../locale';
import { go, paths } from '../paths';
import { useOnce } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeStorageProblem } from '../storage-messages';
import { Field } from '../components/Field';
import { StatusLine } from '../components/StatusLine';
import { CategorySelect, SizeBandSelect } from '../components/ClubSelects';

type Errors = Partial<Record<keyof ClubDraft, ClubFieldError>>;

const EMPTY: ClubDraft = {
  name: '',
  category: 'keine-angabe',
  sizeBand: 'keine-angabe',
  description: '',
};

function toDraft(club: Club): ClubDraft {
  return {
    name: club.name,
    category: club.category,
    sizeBand: club.sizeBand,
    description: club.description ?? '',
  };
}

/** Create or edit a club; with clubId it edits. */
export function ClubFormScreen({ clubId }: { clubId?: string }) {
  const state = useOnce(async () => (clubId ? readClub(clubId) : undefined), [clubId]);
  return (
    <Loaded state={state}>
      {(club) =>
        clubId && !club ? <p role="alert">{t.app.notFound}</p> : <ClubForm club={club} />
      }
    </Loaded>
  );
}

function ClubForm({ club }: { club: Club | undefined }) {
  const [draft, setDraft] = useState<ClubDraft>(club ? toDraft(club) : EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const { busy, status, run, setStatus } = useAction();
  const set = (field: keyof ClubDraft) => (e: Event) =>
    setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = validateClubDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'alert', text: t.clubs.errors.summary });
      return;
    }
    setErrors({});
    const words = { failed: describeStorageProblem };
    if (club) {
      const saved = await run(
        () => updateClub(club.id, changedClubFields(club, checked.value)),
        words,
      );
      if (saved?.ok) go(paths.club(club.id), { replace: true });
    } else {
      const created = await run(() => createClub(checked.value), words);
      if (created?.ok) go(paths.club(created.value.id), { replace: true });
    }
  };

  const fieldError = (field: keyof ClubDraft) => {
    const code = errors[field];
    return code ? t.clubs.errors[field][code] : null;
  };

  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{club ? t.clubs.editHeading : t.clubs.newHeading}</ScreenHeading>
      <form onSubmit={submit} noValidate>
        <StatusLine status={status} />
        <Field id="club-name" label={t.clubs.name} error={fieldError('name')}>
          {(control) => (
            <input
              {...control}
              name="name"
              type="text"
              autocomplete="organization"
              maxLength={LIMITS.name + 20}
              required
              value={draft.name}
              onInput={set('name')}
            />
          )}
        </Field>
        <Field id="club-category" label={t.clubs.category} error={fieldError('category')}>
          {(control) => (
            <CategorySelect
              {...control}
              name="category"
              value={draft.category}
              onChange={(category) => setDraft({ ...draft, category })}
            />
          )}
        </Field>
        <Field id="club-size" label={t.clubs.sizeBand} error={fieldError('sizeBand')}>
          {(control) => (
            <SizeBandSelect
              {...control}
              name="sizeBand"
              value={draft.sizeBand}
              onChange={(sizeBand) => setDraft({ ...draft, sizeBand })}
            />
          )}
        </Field>
        <Field
          id="club-description"
          label={t.clubs.description}
          hint={t.clubs.descriptionHint}
          error={fieldError('description')}
        >
          {(control) => (
            <textarea
              {...control}
              name="description"
              rows={3}
              value={draft.description}
              onInput={set('description')}
            />
          )}
        </Field>
        <div class="thumb-bar">
          <a class="button" href={club ? paths.club(club.id) : paths.home()}>
            {t.clubs.cancel}
          </a>
          <button type="submit" class="button primary" disabled={busy !== null}>
            {t.clubs.save}
          </button>
        </div>
      </form>
    </section>
  );
}
