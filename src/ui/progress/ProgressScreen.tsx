import { useMemo, useState } from 'preact/hooks';
import {
  buildAreaSeries,
  buildCriterionRows,
  buildOverview,
  chronological,
  type AssessmentView,
} from '../../domain/progress';
import { snapshotLookup } from '../../domain/assessment';
import { readProgress } from '../../actions/clubs';
import { t } from '../../locale';
import { paths } from '../paths';
import { useLiveQuery } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { AreaChart } from './AreaChart';
import { AreaTable } from './AreaTable';
import { Comparison } from './Comparison';
import { CriterionRows } from './CriterionRows';
import { Overview } from './Overview';
import { inLanguage } from '../edition-language';
import { Disclosure } from '../components/Disclosure';
import '../shared.css';
import './progress.css';

/** How a club moved across its finished assessments: an overview, charts, rows of lights, a comparison. */
export function ProgressScreen({ clubId }: { clubId: string }) {
  const state = useLiveQuery(() => readProgress(clubId), [clubId]);
  return (
    <Loaded state={state}>
      {(data) =>
        data ? (
          <Progress
            clubName={data.club.name}
            clubId={clubId}
            views={data.entries.map((e) => ({
              assessment: e.assessment,
              edition: inLanguage(e.edition),
              ratingOf: snapshotLookup(e.ratings),
            }))}
          />
        ) : (
          <p role="alert">{t.app.notFound}</p>
        )
      }
    </Loaded>
  );
}

/** How many of the latest assessments the tables show until the user asks for all. */
const RECENT = 8;

function Progress({
  clubName,
  clubId,
  views,
}: {
  clubName: string;
  clubId: string;
  views: AssessmentView[];
}) {
  const ordered = useMemo(() => chronological(views), [views]);
  const series = useMemo(() => buildAreaSeries(ordered), [ordered]);
  // Tables show the latest meetings; a phone cannot show a hundred columns.
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? ordered : ordered.slice(-RECENT);
  const rows = useMemo(() => buildCriterionRows(shown), [ordered, showAll]);
  const overview = useMemo(() => buildOverview(buildAreaSeries(shown)), [ordered, showAll]);
  const newest = ordered[ordered.length - 1];
  return (
    <section aria-labelledby="screen-title">
      <p class="club-name">{clubName}</p>
      <ScreenHeading>{t.progress.heading}</ScreenHeading>
      <p>{t.progress.intro}</p>
      {!newest ? (
        <p class="empty">{t.progress.none}</p>
      ) : (
        <>
          {ordered.length === 1 && <p class="notice">{t.progress.onlyOne}</p>}
          <h2>{t.progress.overviewHeading}</h2>
          <p class="muted">{t.progress.overviewHint}</p>
          {ordered.length > RECENT && (
            <p>
              {showAll
                ? t.progress.showingAll(ordered.length)
                : t.progress.showingRecent(RECENT, ordered.length)}{' '}
              <button type="button" class="button" onClick={() => setShowAll(!showAll)}>
                {showAll ? t.progress.showRecent(RECENT) : t.progress.showAll(ordered.length)}
              </button>
            </p>
          )}
          <Overview overview={overview} />
          <h2>{t.progress.areasHeading}</h2>
          {series.map((s) => (
            // Folded, so the page stays short; the overview above shows the whole picture.
            <Disclosure key={s.areaId} summary={t.progress.chartTitle(s.title)}>
              {() => (
                <>
                  {ordered.length > 1 && <AreaChart series={s} edition={newest.edition} />}
                  <Disclosure summary={t.progress.numbersToggle}>
                    {() => (
                      <AreaTable series={showAll ? s : { ...s, points: s.points.slice(-RECENT) }} />
                    )}
                  </Disclosure>
                </>
              )}
            </Disclosure>
          ))}
          <h2>{t.progress.criteriaHeading}</h2>
          <p class="muted">{t.progress.criteriaHint}</p>
          {rows.map((area) => (
            <Disclosure key={area.areaId} summary={area.title}>
              {() => <CriterionRows title={area.title} rows={area.rows} />}
            </Disclosure>
          ))}
          {ordered.length > 1 && <Comparison views={ordered} />}
        </>
      )}
      <div class="thumb-bar">
        <a class="button" href={paths.club(clubId)}>
          {t.summary.backToClub}
        </a>
      </div>
    </section>
  );
}
