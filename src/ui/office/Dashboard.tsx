import type { AreaFigure, OfficeData, OfficeFilter, TrendBucket } from '../../domain/aggregation';
import { shareOf } from '../../domain/aggregation';
import type { Edition } from '../../domain/edition-schema';
import type { CatalogueArea } from '../../domain/office-catalogue';
import { heldBackGroups } from '../../domain/office-insights';
import { lightForValue } from '../../domain/scoring';
import { fmt, t, tf } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';
import { ScrollTable } from '../components/ScrollTable';
import { TrendTable } from './TrendChart';
import { areaTitle } from './AreaFigures';
import { periodLabel } from './period-label';
import { Bar } from './StackedBar';

// The first screen of the office view: one compact row per area with its
// lights, and the areas' values over the latest periods. Symbols and numbers
// carry every light; the bars are decoration beside them.

const LIGHTS = ['green', 'yellow', 'red'] as const;
/** Held-back groups named in the sentence before "and N more". */
const GROUPS_NAMED = 4;
/** Periods in the compact table; the charts further down show them all. */
export const LATEST_PERIODS = 4;

/** Why files are held back, naming their groups, and what would help; null when none are. */
export function HeldBackNote({ data, filter }: { data: OfficeData; filter: OfficeFilter }) {
  // The groups are named on the office's own screen only: the office imported
  // these files and sees each in its file list anyway, so this tells it nothing
  // new. Never put the names into an export (CSV, PDF): those carry the count.
  const groups = heldBackGroups(data, filter);
  if (groups.length === 0) return null;
  const files = groups.reduce((n, g) => n + g.files, 0);
  const named = groups
    .slice(0, GROUPS_NAMED)
    .map((g) =>
      tf().office.group(
        periodLabel(g.period),
        t.clubs.categories[g.category],
        g.sizeBand === 'keine-angabe'
          ? tf().office.sizeUnknown
          : tf().office.members(t.clubs.sizeBands[g.sizeBand]),
        g.files,
      ),
    );
  return (
    <p class="held-back" data-testid="office-held-back">
      {tf().office.heldBackReason(
        files,
        groups.length,
        tf().office.listJoin(named, groups.length - named.length),
      )}{' '}
      {tf().office.heldBackHelp}
    </p>
  );
}

const percent = (part: number, whole: number) => fmt.percent(shareOf(part, whole), 0);

/** One row per area: its green, yellow and red shares, and the files they rest on. */
export function AreasOverview({
  areas,
  figures,
}: {
  areas: CatalogueArea[];
  figures: AreaFigure[];
}) {
  // Criteria of editions not on the device have no area to rate.
  const rows = areas.flatMap((area, a) => {
    const figure = figures[a];
    return area.title === null || !figure || figure.asked === 0 ? [] : [{ area, figure }];
  });
  const withoutValue = rows.some((r) => (r.figure.lights?.none ?? 0) > 0);
  // Usually every area rests on the same files: then the note says how many, and
  // the table keeps the width of a phone.
  const first = rows[0]?.figure.asked;
  const same = rows.every((r) => r.figure.asked === first) ? (first ?? null) : null;
  return (
    <>
      <ScrollTable label={tf().office.overviewCaption} class="numbers office-overview">
        <thead>
          <tr>
            <th scope="col">{tf().office.area}</th>
            {LIGHTS.map((light) => (
              <th key={light} scope="col">
                <span class="with-symbol">
                  <LightSymbol rating={light} size={16} />
                  {t.ratings[light]}
                </span>
              </th>
            ))}
            {withoutValue && <th scope="col">{tf().office.noValue}</th>}
            {same === null && <th scope="col">{tf().office.overviewBasis}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ area, figure }) => {
            const lights = figure.lights;
            return (
              <tr key={area.id}>
                <th scope="row">
                  <div class="area-cell">
                    <span>{areaTitle(area)}</span>
                    {lights && (
                      <Bar
                        counts={{ ...lights, na: 0, unanswered: lights.none }}
                        asked={figure.asked}
                      />
                    )}
                  </div>
                </th>
                {lights ? (
                  <>
                    {LIGHTS.map((light) => (
                      <td key={light}>
                        <span class="with-symbol">
                          <LightSymbol rating={light} size={16} />
                          {percent(lights[light], figure.asked)}
                        </span>
                      </td>
                    ))}
                    {withoutValue && <td>{percent(lights.none, figure.asked)}</td>}
                  </>
                ) : (
                  <td colSpan={LIGHTS.length + (withoutValue ? 1 : 0)}>{tf().office.tooFew}</td>
                )}
                {same === null && <td>{figure.asked}</td>}
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <p class="muted small">{tf().office.overviewNote(same)}</p>
    </>
  );
}

/** The areas' mean values over the latest periods, as a compact table. */
export function TrendSummary({
  areas,
  buckets,
  scale,
}: {
  areas: CatalogueArea[];
  buckets: TrendBucket[];
  scale: Edition;
}) {
  const latest = buckets.slice(-LATEST_PERIODS);
  const offset = buckets.length - latest.length;
  return (
    <>
      <TrendTable
        areas={areas}
        buckets={latest}
        class="numbers office-trend-summary"
        cell={(figure) => <TrendValue figure={figure} scale={scale} />}
      />
      <p class="muted small">
        {offset > 0 && `${tf().office.trendLatest(latest.length, buckets.length)} `}
        {latest.some((b) => areas.some((area, a) => area.title !== null && tooFew(b.areas[a]))) &&
          tf().office.trendGap}
      </p>
    </>
  );
}

/** An area's figure held back in a period: the dash of "zu wenige Rückmeldungen". */
function tooFew(figure: AreaFigure | undefined): boolean {
  return (figure?.value ?? null) === null && !figure?.lights;
}

/** A value with its light's symbol; a dash where held back, "ohne Wert" where no answer counts. */
function TrendValue({ figure, scale }: { figure: AreaFigure | undefined; scale: Edition }) {
  const value = figure?.value ?? null;
  if (value === null && figure?.lights)
    // Figures shown, but every answer "trifft nicht zu": no value.
    return <span class="muted">{tf().office.noValue}</span>;
  if (value === null)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{tf().office.tooFew}</span>
      </>
    );
  const light = lightForValue(scale, value);
  return (
    <span class="with-symbol">
      {light && <LightSymbol rating={light} size={16} />}
      {fmt.percent(value, 0)}
    </span>
  );
}
