import { useMemo, useState } from 'preact/hooks';
import {
  NO_FILTER,
  prepareOfficeData,
  summarise,
  summariseTrend,
  type Granularity,
  type OfficeData,
  type OfficeFilter,
} from '../../domain/aggregation';
import type { Edition } from '../../domain/edition-schema';
import { toIsoDate } from '../../domain/dates';
import { MIN_FILES } from '../../domain/suppression';
import type { StoredOfficeFile } from '../../storage/office-db';
import {
  deleteAllOfficeFiles,
  deleteOfficeFile,
  listOfficeFiles,
  loadOfficeEditions,
} from '../../storage/office-files';
import { downloadBlob } from '../../files/deliver';
import { buildOfficeCsv, officeCsvName } from '../../files/office-csv';
import { activeWords, t, tf } from '../../locale';
import { useLiveQuery, useOnce } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Disclosure } from '../components/Disclosure';
import { describeStorageError } from '../storage-messages';
import { paths } from '../paths';
import { ImportPanel } from './ImportPanel';
import { GranularityChoice, OfficeFilters } from './OfficeFilters';
import { AreaFigures } from './AreaFigures';
import { LightLegend } from './StackedBar';
import { TrendChart, TrendTable } from './TrendChart';
import { OfficeFileList } from './OfficeFileList';
import '../shared.css';
import '../components/forms.css';
import './office.css';

/** The Integrationsbüro's view: import anonymous files, see the town-wide lights, export. */
export function OfficeScreen() {
  const editions = useOnce(loadOfficeEditions, []);
  const files = useLiveQuery(listOfficeFiles, []);
  return (
    <section class="office-screen" aria-labelledby="screen-title">
      <ScreenHeading>{tf().office.heading}</ScreenHeading>
      <p>{tf().office.intro}</p>
      <ImportPanel />
      <Loaded state={editions}>
        {(e) => (
          <Loaded state={files}>
            {(rows) => <Office rows={rows} editions={e.editions} shipped={e.shipped} />}
          </Loaded>
        )}
      </Loaded>
    </section>
  );
}

interface OfficeProps {
  rows: StoredOfficeFile[];
  editions: Edition[];
  shipped: Edition;
}

function Office({ rows, editions, shipped }: OfficeProps) {
  // Counted into cells once per set of files; a filter change only adds cells up.
  const data = useMemo(
    () =>
      prepareOfficeData(
        rows.map((r) => r.file),
        editions,
        shipped,
      ),
    [rows, editions, shipped],
  );
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);

  const remove = async (fileId: string) => {
    try {
      await deleteOfficeFile(fileId);
      setMessage({ kind: 'status', text: tf().office.deletedOne(fileId.slice(0, 8)) });
    } catch (error) {
      setMessage({ kind: 'alert', text: describeStorageError(error) });
    }
  };
  const removeAll = async () => {
    setConfirmAll(false);
    try {
      await deleteAllOfficeFiles();
      setMessage({ kind: 'status', text: tf().office.deletedAll });
    } catch (error) {
      setMessage({ kind: 'alert', text: describeStorageError(error) });
    }
  };

  return (
    <>
      {message && (
        <p role={message.kind} class={message.kind === 'alert' ? 'error' : 'notice'}>
          {message.text}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="empty">{tf().office.empty}</p>
      ) : (
        <>
          <Figures data={data} shipped={shipped} />
          <h2>{tf().office.filesHeading(rows.length)}</h2>
          <p class="muted">{tf().office.filesIntro}</p>
          <Disclosure summary={tf().office.showList}>
            {() => <OfficeFileList files={rows} onDelete={(id) => void remove(id)} />}
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
          onConfirm={() => void removeAll()}
          onCancel={() => setConfirmAll(false)}
        >
          <p>{tf().office.confirmDeleteAllBody(rows.length)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** Filters, the rule on small numbers, every area's figures, the values over time, export. */
function Figures({ data, shipped }: { data: OfficeData; shipped: Edition }) {
  const [filter, setFilter] = useState<OfficeFilter>(NO_FILTER);
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const [exported, setExported] = useState<string | null>(null);
  const [pdfBusy, setPdfBusy] = useState(false);
  const summary = useMemo(() => summarise(data, filter), [data, filter]);
  const trend = useMemo(
    () => summariseTrend(data, filter, granularity),
    [data, filter, granularity],
  );
  const tooFew = summary.files < MIN_FILES;
  const exportCsv = () => {
    const blob = new Blob([buildOfficeCsv(data, summary, tf().office)], {
      type: 'text/csv;charset=utf-8',
    });
    downloadBlob(blob, officeCsvName(data, filter));
    setExported(tf().office.csvDone);
  };
  // jsPDF and the font load only here, on the first PDF.
  const exportPdf = async () => {
    setPdfBusy(true);
    try {
      const { makeOfficeSummaryPdf } = await import('../../pdf/make-office-summary');
      const blob = await makeOfficeSummaryPdf(
        { data, summary, filter },
        toIsoDate(new Date()),
        activeWords(),
      );
      const name = officeCsvName(data, filter).replace(/\.csv$/, '.pdf');
      downloadBlob(blob, name);
      setExported(tf().office.pdfDone);
    } catch {
      setExported(tf().office.pdfFailed);
    } finally {
      setPdfBusy(false);
    }
  };
  let offset = 0;
  return (
    <>
      <h2>{tf().office.filtersHeading}</h2>
      <OfficeFilters
        periods={data.periods}
        filter={filter}
        onChange={(f) => {
          setExported(null);
          setFilter(f);
        }}
      />
      <div class="office-basis" data-testid="office-basis">
        {tooFew ? (
          <p role="status" class="notice warning">
            {tf().office.tooFewSelection}
          </p>
        ) : (
          <p role="status">{tf().office.basis(summary.files, data.total)}</p>
        )}
        <p>
          {tf().office.ruleShort} {tf().office.heldBack(data.heldBack)}
        </p>
        <Disclosure summary={tf().office.ruleToggle}>{() => <p>{tf().office.rule}</p>}</Disclosure>
        {data.missingEditions.map((m) => (
          <p key={`${m.id}@${m.version}`} class="notice">
            {tf().office.missingEdition(m.id, m.version, m.files)}{' '}
            <a href={paths.settings()}>{t.app.settings}</a>
          </p>
        ))}
      </div>
      {!tooFew && (
        <>
          <h2>{tf().office.areasHeading}</h2>
          <LightLegend />
          <div class="office-areas">
            {data.catalogue.areas.map((area, a) => {
              const criteria = summary.criteria.slice(offset, offset + area.criteria.length);
              offset += area.criteria.length;
              return (
                <AreaFigures
                  key={area.id}
                  area={area}
                  figure={summary.areas[a]}
                  criteria={criteria}
                />
              );
            })}
          </div>
          <h2>{tf().office.trendHeading}</h2>
          <p class="muted">{tf().office.trendIntro}</p>
          <GranularityChoice value={granularity} onChange={setGranularity} />
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
          <Disclosure summary={tf().office.trendTable}>
            {() => <TrendTable areas={data.catalogue.areas} buckets={trend} />}
          </Disclosure>
          <h2>{tf().office.exportHeading}</h2>
          <div class="actions">
            <button type="button" class="button primary" onClick={exportCsv}>
              {tf().office.csv}
            </button>
            <button
              type="button"
              class="button"
              disabled={pdfBusy}
              onClick={() => void exportPdf()}
            >
              {pdfBusy ? tf().office.pdfBusy : tf().office.pdf}
            </button>
          </div>
          <p class="hint">{tf().office.csvHint}</p>
          {exported && <p role="status">{exported}</p>}
        </>
      )}
    </>
  );
}
