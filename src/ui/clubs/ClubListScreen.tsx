import { listClubItems, readBackupStatus } from '../../actions/clubs';
import { LOCALES, t } from '../../locale';
import { paths } from '../paths';
import { useLiveQuery } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';

/** On a new device: the way to the language choice, named in every language offered. */
function LanguageLink() {
  const offered = LOCALES.filter((l) => !('testOnly' in l && l.testOnly));
  return (
    <p class="language-link">
      <a class="text-link" href={paths.language()}>
        {offered.map((l, i) => (
          <span key={l.id} lang={l.intl} dir={l.dir}>
            {i > 0 && ' · '}
            {l.name}
          </span>
        ))}
      </a>
    </p>
  );
}

/** The start screen: every club on this device, and the way to add one. */
export function ClubListScreen() {
  const state = useLiveQuery(listClubItems, []);
  const backup = useLiveQuery(readBackupStatus, []);
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{t.clubs.heading}</ScreenHeading>
      <p>{t.clubs.intro}</p>
      <Loaded state={state}>
        {(items) =>
          items.length === 0 ? (
            <>
              <p class="empty">{t.clubs.empty}</p>
              <ol class="first-run">
                {t.clubs.firstRun.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <LanguageLink />
            </>
          ) : (
            <ul class="cards" aria-label={t.app.clubs}>
              {items.map(({ club, assessments, drafts }) => (
                <li key={club.id}>
                  <a class="card card-link" href={paths.club(club.id)}>
                    <span class="card-title">{club.name}</span>
                    <span class="muted">
                      {t.clubs.categories[club.category]} · {t.clubs.assessmentCount(assessments)}
                      {drafts > 0 && ` · ${t.club.draft}`}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {backup.status === 'ready' && backup.value.due && (
        <p class="notice" data-testid="backup-reminder">
          {backup.value.lastBackupAt ? t.entry.backupDue : t.entry.backupDueNever}{' '}
          <a class="text-link" href={paths.settings()}>
            {t.entry.backupDueLink}
          </a>
        </p>
      )}
      <p class="join-round">
        <a class="text-link" href={paths.join()}>
          {t.clubs.join}
        </a>
        <span class="muted"> {t.clubs.joinHint}</span>
      </p>
      <div class="thumb-bar">
        <a class="button primary" href={paths.newClub()}>
          {t.clubs.add}
        </a>
      </div>
    </section>
  );
}
