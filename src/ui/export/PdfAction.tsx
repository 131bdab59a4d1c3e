import { useMemo, useState } from 'preact/hooks';
import { canShareReport, makeReport, type ReportError } from '../../actions/report';
import { activeLocale, activeWords, LOCALES, tf, type LocaleId } from '../../locale';
import { wordsIn } from '../../locale/catalogs';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { describeStorageProblem } from '../storage-messages';

const msg = () => tf().report;

/** The languages a report can be made in. */
const OFFERED = LOCALES.filter((l) => !('testOnly' in l && l.testOnly));

function reportProblem(error: ReportError): string {
  switch (error.code) {
    case 'not-found':
      return msg().notFound;
    case 'edition-missing':
      return msg().editionMissing;
    case 'make-failed':
      return msg().failed;
    case 'storage':
      return describeStorageProblem(error.problem);
  }
}

/**
 * Makes the PDF report of one assessment and hands it over: a download, or the
 * share sheet where the device can share files. jsPDF and the font load only
 * when a report is made, so the first screen does not carry them.
 */
export function PdfAction({ assessmentId }: { assessmentId: string }) {
  const { busy, status, run } = useAction();
  const [sharing, setSharing] = useState(false);
  const shareable = useMemo(canShareReport, []);

  const [language, setLanguage] = useState<LocaleId>(activeLocale);

  const make = (share: boolean) => {
    setSharing(share);
    // A board may want the report in German while the screens speak Turkish.
    const report = async () => {
      const pdf = language === activeLocale() ? activeWords() : await wordsIn(language);
      const title = (club: string, date: string) =>
        pdf.tf.report.docTitle(club, pdf.fmt.date(date));
      return makeReport(assessmentId, share, { pdf, language, title });
    };
    void run(report, {
      done: ({ delivery, fileName }) =>
        delivery === 'shared'
          ? msg().shared
          : delivery === 'cancelled'
            ? msg().cancelled
            : msg().downloaded(fileName),
      failed: reportProblem,
    });
  };

  const running = (share: boolean) => busy !== null && sharing === share;
  return (
    <div class="pdf-action">
      <div class="field">
        <label for="pdf-language">{msg().language}</label>
        <select
          id="pdf-language"
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as LocaleId)}
        >
          {OFFERED.map((l) => (
            <option key={l.id} value={l.id} lang={l.intl}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={busy !== null}
          aria-busy={running(false)}
          onClick={() => make(false)}
        >
          {running(false) ? msg().busy : msg().make}
        </button>
        {shareable && (
          <button
            type="button"
            class="button"
            disabled={busy !== null}
            aria-busy={running(true)}
            onClick={() => make(true)}
          >
            {running(true) ? msg().busy : msg().share}
          </button>
        )}
      </div>
      <StatusLine status={status} />
    </div>
  );
}
