import { listClubItems } from '../../storage/clubs';
import { readBackupStatus } from '../../storage/backup';
import { de } from '../../messages/de';
import { paths } from '../paths';
import { useLiveQuery } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';

/** The start screen: every club on this device, and the way to add one. */
export function ClubListScreen() {
  const state = useLiveQuery(listClubItems, []);
  const backup = useLiveQuery(readBackupStatus, []);
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{de.clubs.heading}</ScreenHeading>
      <p>{de.clubs.intro}</p>
      <Loaded state={state}>
        {(items) =>
          items.length === 0 ? (
            <p class="empty">{de.clubs.empty}</p>
          ) : (
            <ul class="cards" aria-label={de.app.clubs}>
              {items.map(({ club, assessments, drafts }) => (
                <li key={club.id}>
                  <a class="card card-link" href={paths.club(club.id)}>
                    <span class="card-title">{club.name}</span>
                    <span class="muted">
                      {de.clubs.categories[club.category]} · {de.clubs.assessmentCount(assessments)}
                      {drafts > 0 && ` · ${de.club.draft}`}
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
          {backup.value.lastBackupAt ? de.entry.backupDue : de.entry.backupDueNever}{' '}
          <a class="text-link" href={paths.settings()}>
            {de.entry.backupDueLink}
          </a>
        </p>
      )}
      <p class="office-entry">
        <a class="text-link" href={paths.office()}>
          {de.entry.office}
        </a>
      </p>
      <div class="thumb-bar">
        <a class="button primary" href={paths.newClub()}>
          {de.clubs.add}
        </a>
      </div>
    </section>
  );
}
