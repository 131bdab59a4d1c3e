import { useState } from 'preact/hooks';
import { countAssessmentsOfClub, deleteClub, getClub } from '../../storage/clubs';
import { listAssessmentItems } from '../../storage/assessments';
import { fmt, t } from '../../locale';
import { go, paths } from '../paths';
import { useLiveQuery } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeStorageError } from '../storage-messages';
import { MeasureList } from './MeasureList';
import { Alert } from '../components/Field';
import '../shared.css';

/** One club: its details, its assessments, and the way to start the next one. */
export function ClubScreen({ clubId }: { clubId: string }) {
  const state = useLiveQuery(async () => {
    const club = await getClub(clubId);
    return club ? { club, items: await listAssessmentItems(clubId) } : null;
  }, [clubId]);
  const [confirm, setConfirm] = useState<{ count: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <Loaded state={state}>
      {(data) => {
        if (!data)
          return (
            <p role="alert">
              {t.app.notFound} <a href={paths.home()}>{t.app.toStart}</a>
            </p>
          );
        const { club, items } = data;
        const draft = items.find((i) => i.assessment.status === 'draft');
        const askDelete = async () => setConfirm({ count: await countAssessmentsOfClub(club.id) });
        const doDelete = async () => {
          try {
            await deleteClub(club.id);
            go(paths.home(), { replace: true });
          } catch (error) {
            setConfirm(null);
            setFailure(describeStorageError(error));
          }
        };
        return (
          <section aria-labelledby="screen-title">
            <ScreenHeading>{club.name}</ScreenHeading>
            <p class="muted">
              {t.clubs.categories[club.category]} · {t.clubs.sizeBand}:{' '}
              {t.clubs.sizeBands[club.sizeBand]}
            </p>
            {club.description && <p>{club.description}</p>}
            <div class="actions">
              <a class="button" href={paths.editClub(club.id)}>
                {t.clubs.edit}
              </a>
              <button type="button" class="button danger-outline" onClick={askDelete}>
                {t.clubs.delete}
              </button>
            </div>
            <Alert message={failure} />
            <h2>{t.club.assessments}</h2>
            {items.some((i) => i.assessment.status === 'done') && (
              <p>
                <a class="text-link" href={paths.progress(club.id)}>
                  {t.progress.open}
                </a>
              </p>
            )}
            {items.length === 0 ? (
              <p class="empty">{t.club.noAssessments}</p>
            ) : (
              <ul class="cards" aria-label={t.club.assessments}>
                {items.map(({ assessment, answered, total }) => (
                  <li key={assessment.id}>
                    <a
                      class="card card-link"
                      href={
                        assessment.status === 'draft'
                          ? paths.area(assessment.id, assessment.lastArea)
                          : paths.summary(assessment.id)
                      }
                    >
                      <span class="card-title">{fmt.date(assessment.date)}</span>
                      <span class={`badge ${assessment.status}`}>
                        {assessment.status === 'draft' ? t.club.draft : t.club.done}
                      </span>
                      <span class="muted">{t.club.answered(answered, total)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
            <MeasureList clubId={club.id} />
            <div class="thumb-bar">
              {draft ? (
                <>
                  <a class="button" href={paths.startAssessment(club.id)}>
                    {t.club.start}
                  </a>
                  <a
                    class="button primary"
                    href={paths.area(draft.assessment.id, draft.assessment.lastArea)}
                  >
                    {t.club.resume}
                  </a>
                </>
              ) : (
                <a class="button primary" href={paths.startAssessment(club.id)}>
                  {t.club.start}
                </a>
              )}
            </div>
            {confirm && (
              <ConfirmDialog
                title={t.clubs.confirmDeleteTitle(club.name)}
                confirmLabel={t.clubs.confirmDelete}
                onCancel={() => setConfirm(null)}
                onConfirm={doDelete}
              >
                <p>{t.clubs.confirmDeleteBody(confirm.count)}</p>
              </ConfirmDialog>
            )}
          </section>
        );
      }}
    </Loaded>
  );
}
