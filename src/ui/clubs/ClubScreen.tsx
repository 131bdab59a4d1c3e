import { useState } from 'preact/hooks';
import { countClubAssessments, deleteClub, readClubPage } from '../../actions/clubs';
import { fmt, t } from '../../locale';
import { go, paths } from '../paths';
import { useLiveQuery } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeStorageProblem } from '../storage-messages';
import { MeasureList } from './MeasureList';
import { StatusLine } from '../components/StatusLine';
import { InstallHint } from '../components/InstallHint';
import '../shared.css';

/** One club: its details, its assessments, and the way to start the next one. */
export function ClubScreen({ clubId }: { clubId: string }) {
  const state = useLiveQuery(() => readClubPage(clubId), [clubId]);
  const [confirm, setConfirm] = useState<{ count: number } | null>(null);
  const { busy, status, run } = useAction();

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
        const finished = items.some((i) => i.assessment.status === 'done');
        const words = { failed: describeStorageProblem };
        const askDelete = async () => {
          const counted = await run(() => countClubAssessments(club.id), words);
          if (counted?.ok) setConfirm({ count: counted.value });
        };
        const doDelete = async () => {
          setConfirm(null);
          const deleted = await run(() => deleteClub(club.id), words);
          if (deleted?.ok) go(paths.home(), { replace: true });
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
              <button
                type="button"
                class="button danger-outline"
                onClick={askDelete}
                disabled={busy !== null}
              >
                {t.clubs.delete}
              </button>
            </div>
            <StatusLine status={status} />
            <h2>{t.club.assessments}</h2>
            {finished && (
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
            {finished && <InstallHint />}
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
