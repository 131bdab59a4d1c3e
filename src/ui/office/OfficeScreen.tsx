import { useMemo, useState } from 'preact/hooks';
import {
  NO_FILTER,
  summarise,
  summariseTrend,
  type Granularity,
  type OfficeData,
  type OfficeFilter,
} from '../../domain/aggregation';
import type { Edition } from '../../domain/edition-schema';
import { narrowing } from '../../domain/office-insights';
import { MIN_FILES } from '../../domain/suppression';
import {
  deleteAllOfficeFiles,
  deleteOfficeFile,
  exportOfficeCsv,
  makeOfficeSummary,
  readOfficeView,
  type OfficeView,
} from '../../actions/office';
import { activeWords, t, tf } from '../../locale';
import { inLanguage } from '../edition-language';
import { useLiveQuery } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Disclosure } from '../components/Disclosure';
import { StatusLine } from '../components/StatusLine';
import { describeStorageProblem } from '../storage-messages';
import { paths } from '../paths';
import { ImportPanel } from './ImportPanel';
import { GranularityChoice, OfficeFilters } from './OfficeFilters';
import { AreaFigures, areaTitle } from './AreaFigures';
import { AreasOverview, HeldBackNote, TrendSummary } from './Dashboard';
import { SupportNeeds } from './SupportNeeds';
import { LightLegend } from './StackedBar';
import { TrendChart, TrendTable } from './TrendChart';
import { OfficeFileList } from './OfficeFileList';
import '../shared.css';
import '../components/forms.css';
import './office.css';

/** The Integrationsbüro's view: import anonymous files, see the town-wide lights, export. */
export function OfficeScreen() {
  // The files and the editions they are read against, counted into cells once
  // per change of either; a filter change only adds cells up.
  // The areas and statements in the language of the screen, where the edition has it.
  const view = useLiveQuery(() => readOfficeView(inLanguage), []);
  return (
    <section class="office-screen" aria-labelledby="screen-title">
      <ScreenHeading>{tf().office.heading}</ScreenHeading>
      <p>{tf().office.intro}</p>
      <ImportPanel />
      <Loaded state={view}>{(v) => <Office view={v} />}</Loaded>
    </section>
  );
}

function Office({ view }: { view: OfficeView }) {
  const { files: rows, data, shipped } = view;
  const { status, run } = useAction();
  const [confirmAll, setConfirmAll] = useState(false);

  const remove = (fileId: string) =>
    void run(() => deleteOfficeFile(fileId), {
      done: () => tf().office.deletedOne(fileId.slice(0, 8)),
      failed: describeStorageProblem,
    });
  const removeAll = () => {
    setConfirmAll(false);
    void run(deleteAllOfficeFiles, {
      done: () => tf().office.deletedAll,
      failed: describeStorageProblem,
    });
  };

  return (
    <>
      <StatusLine status={status} />
      {rows.length === 0 ? (
        <p class="empty">{tf().office.empty}</p>
      ) : (
        <>
          <Figures data={data} shipped={shipped} />
          <h2>{tf().office.filesHeading(rows.length)}</h2>
          <p class="muted">{tf().office.filesIntro}</p>
          <Disclosure summary={tf().office.showList}>
            {() => <OfficeFileList files={rows} onDelete={remove} />}
          </Disclosure>
          <div class="actions">
            <button type="button" class="button danger-outline" onClick={() => setConfirmAll(true)}>
              {tf().office.deleteAll}
            </button>
          </div>
        </>
      )}
      {confirmAll && (
        <ConfirmDialog
          title={tf().office.confirmDeleteAllTitle}
          confirmLabel={tf().office.confirmDeleteAll}
          onConfirm={removeAll}
          onCancel={() => setConfirmAll(false)}
        >
          <p>{tf().office.confirmDeleteAllBody(rows.length)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/**
 * Filters, then the dashboard (counts, lights per area, values over time),
 * where clubs need support, every statement per area, the charts, the rule on
 * small numbers, export.
 */
function Figures({ data, shipped }: { data: OfficeData; shipped: Edition }) {
  const [filter, setFilter] = useState<OfficeFilter>(NO_FILTER);
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const { busy, status, run, setStatus } = useAction();
  const [task, setTask] = useState<'csv' | 'pdf'>('csv');
  const summary = useMemo(() => summarise(data, filter), [data, filter]);
  const trend = useMemo(
    () => summariseTrend(data, filter, granularity),
    [data, filter, granularity],
  );
  const tooFew = summary.files < MIN_FILES;
  const narrowed = narrowing(data, filter);
  const isNarrowed = narrowed.period || narrowed.category || narrowed.sizeBand;
  const selection = { data, summary, filter };
  const exportCsv = () => {
    setTask('csv');
    void run(() => exportOfficeCsv(selection, tf().office), {
      done: () => tf().office.csvDone,
      // Starting a download fails only in a browser that refuses it; no text of its own.
      failed: () => tf().share.anonymous.failed,
    });
  };
  const exportPdf = () => {
    setTask('pdf');
    void run(() => makeOfficeSummary(selection, activeWords()), {
      done: () => tf().office.pdfDone,
      failed: () => tf().office.pdfFailed,
    });
  };
  const pdfBusy = busy !== null && task === 'pdf';
  let offset = 0;
  return (
    <>
      <div class="office-top">
        <div class="office-basis" data-testid="office-basis">
          {/* One region for both texts, so a change of the selection is announced. */}
          <div role="status">
            {tooFew ? (
              <p class="notice warning">
                {isNarrowed ? tf().office.tooFewSelection : tf().office.tooFewAll}
                {/* Widening helps only where the filter narrows; otherwise the groups below say why. */}
                {isNarrowed && ` ${tf().office.widen(narrowed)}`}
              </p>
            ) : (
              <p class="basis">{tf().office.basis(summary.files, data.total)}</p>
            )}
          </div>
          <HeldBackNote data={data} filter={filter} />
          {data.missingEditions.map((m) => (
            <p key={`${m.id}@${m.version}`} class="notice">
              {tf().office.missingEdition(m.id, m.version, m.files)}{' '}
              <a href={paths.settings()}>{t.app.settings}</a>
            </p>
          ))}
        </div>
        <section class="office-selection" aria-labelledby="office-filters-title">
          <h2 id="office-filters-title" class="visually-hidden">
            {tf().office.filtersHeading}
          </h2>
          <OfficeFilters
            periods={data.periods}
            filter={filter}
            onChange={(f) => {
              setStatus(null);
              setFilter(f);
            }}
          />
        </section>
      </div>
      {!tooFew && (
        <>
          <div class="office-dashboard">
            <section aria-labelledby="office-overview-title" data-testid="office-overview">
              <h2 id="office-overview-title">{tf().office.overviewHeading}</h2>
              <AreasOverview areas={data.catalogue.areas} figures={summary.areas} />
            </section>
            <section aria-labelledby="office-trend-title" data-testid="office-trend">
              <h2 id="office-trend-title">{tf().office.trendHeading}</h2>
              <TrendSummary areas={data.catalogue.areas} buckets={trend} scale={shipped} />
              <p class="muted small">{tf().office.trendShort}</p>
              <GranularityChoice value={granularity} onChange={setGranularity} />
            </section>
          </div>
          <SupportNeeds data={data} summary={summary} />
          <h2>{tf().office.areasHeading}</h2>
          <LightLegend scale={shipped} />
          <div class="office-areas">
            {data.catalogue.areas.map((area, a) => {
              const criteria = summary.criteria.slice(offset, offset + area.criteria.length);
              offset += area.criteria.length;
              return (
                <Disclosure key={area.id} summary={areaTitle(area)}>
                  {() => <AreaFigures area={area} figure={summary.areas[a]} criteria={criteria} />}
                </Disclosure>
              );
            })}
          </div>
          <h2>{tf().office.trendDetails}</h2>
          <p class="muted">{tf().office.trendIntro}</p>
          <Disclosure summary={tf().office.trendCharts}>
            {() => (
              <ul class="cards office-trends">
                {data.catalogue.areas.map((area, a) =>
                  area.title === null ? null : (
                    <li key={area.id} class="card">
                      <h3 class="card-title">{area.title}</h3>
                      <TrendChart area={area} index={a} buckets={trend} scale={shipped} />
                    </li>
                  ),
                )}
              </ul>
            )}
          </Disclosure>
          <Disclosure summary={tf().office.trendTable}>
            {() => <TrendTable areas={data.catalogue.areas} buckets={trend} />}
          </Disclosure>
        </>
      )}
      <h2>{tf().office.ruleToggle}</h2>
      <p>
        {tf().office.ruleShort} {tf().office.heldBack(data.heldBack)}
      </p>
      <p class="muted">{tf().office.rule}</p>
      {!tooFew && (
        <>
          <h2>{tf().office.exportHeading}</h2>
          <div class="actions">
            <button type="button" class="button primary" onClick={exportCsv}>
              {tf().office.csv}
            </button>
            <button type="button" class="button" disabled={pdfBusy} onClick={exportPdf}>
              {pdfBusy ? tf().office.pdfBusy : tf().office.pdf}
            </button>
          </div>
          <p class="hint">{tf().office.csvHint}</p>
          <StatusLine status={status} />
        </>
      )}
    </>
  );
}
