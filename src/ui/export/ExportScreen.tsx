import { officeOf } from '../../domain/edition';
import { fmt, t, tf } from '../../locale';
import { paths } from '../paths';
import { LoadedAssessment } from '../components/LoadedAssessment';
import { ScreenHeading } from '../components/ScreenHeading';
import { AnonymousFileSection } from './AnonymousFileSection';
import { OfficeContact } from './OfficeContact';
import { PdfAction } from './PdfAction';
import '../shared.css';
import './export.css';

const msg = () => tf().share;

/**
 * What leaves the device from one assessment: the anonymous file first (its
 * button within the first screen height), then the report and the contact.
 */
export function ExportScreen({ assessmentId }: { assessmentId: string }) {
  return (
    <LoadedAssessment assessmentId={assessmentId}>
      {({ assessment, club, edition, answers }) => {
        const finished = assessment.status === 'done';
        return (
          <section aria-labelledby="screen-title">
            <p class="club-name">
              {club.name} · {fmt.date(assessment.date)}
            </p>
            <ScreenHeading>{msg().heading}</ScreenHeading>
            <p>{msg().intro}</p>
            {finished && <AnonymousFileSection source={{ assessment, club, edition, answers }} />}
            <section class="card export-section" aria-labelledby="pdf-title">
              <h2 id="pdf-title" class="card-title">
                {msg().pdf.heading}
              </h2>
              <p>{finished ? msg().pdf.intro : msg().pdf.draft}</p>
              <PdfAction assessmentId={assessment.id} />
            </section>
            {!finished && (
              <section class="card export-section" aria-labelledby="anonymous-title">
                <h2 id="anonymous-title" class="card-title">
                  {msg().anonymous.heading}
                </h2>
                <p>{msg().anonymous.draft}</p>
                <a class="button" href={paths.summary(assessment.id)}>
                  {msg().toSummary}
                </a>
              </section>
            )}
            <OfficeContact office={officeOf(edition)} />
            <div class="thumb-bar">
              <a class="button" href={paths.club(club.id)}>
                {t.summary.backToClub}
              </a>
            </div>
          </section>
        );
      }}
    </LoadedAssessment>
  );
}
