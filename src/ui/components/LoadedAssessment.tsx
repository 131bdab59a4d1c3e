import type { ComponentChildren } from 'preact';
import type { Edition } from '../../domain/edition-schema';
import { loadAssessmentBundle, type AssessmentBundle } from '../../actions/assessment';
import { t } from '../../locale';
import { useLiveQuery, useOnce } from '../hooks/use-query';
import { Loaded } from './Loading';
import { inLanguage } from '../edition-language';

/** An assessment bundle whose edition is on the device, its texts in the active language. */
export type CompleteBundle = AssessmentBundle & { edition: Edition };

/**
 * Loads an assessment with its club, edition and answers (again when version
 * changes, or with `live` whenever they change in the database) and renders
 * children with it; says so when the assessment or its edition is not on the
 * device.
 */
export function LoadedAssessment({
  assessmentId,
  version = 0,
  live = false,
  children,
}: {
  assessmentId: string;
  version?: number;
  /** Follows the database (another screen or tab counting, saving) instead of reading once. */
  live?: boolean;
  children: (bundle: CompleteBundle) => ComponentChildren;
}) {
  // `live` is fixed for a screen's life: the same hook runs on every render.
  const read = live ? useLiveQuery : useOnce;
  const state = read(() => loadAssessmentBundle(assessmentId), [assessmentId, version]);
  return (
    <Loaded state={state}>
      {(bundle) => {
        if (!bundle) return <p role="alert">{t.assessment.notFound}</p>;
        const { edition } = bundle;
        if (!edition) return <p role="alert">{t.assessment.editionMissing}</p>;
        return children({ ...bundle, edition: inLanguage(edition) });
      }}
    </Loaded>
  );
}
