import type { ComponentChildren } from 'preact';
import type { Edition } from '../../domain/edition-schema';
import { loadAssessmentBundle, type AssessmentBundle } from '../../actions/assessment';
import { t } from '../../locale';
import { useOnce } from '../hooks/use-query';
import { Loaded } from './Loading';

/** An assessment bundle whose edition is on the device. */
export type CompleteBundle = AssessmentBundle & { edition: Edition };

/**
 * Loads an assessment with its club, edition and answers (again when version
 * changes) and renders children with it; says so when the assessment or its
 * edition is not on the device.
 */
export function LoadedAssessment({
  assessmentId,
  version = 0,
  children,
}: {
  assessmentId: string;
  version?: number;
  children: (bundle: CompleteBundle) => ComponentChildren;
}) {
  const state = useOnce(() => loadAssessmentBundle(assessmentId), [assessmentId, version]);
  return (
    <Loaded state={state}>
      {(bundle) => {
        if (!bundle) return <p role="alert">{t.assessment.notFound}</p>;
        const { edition } = bundle;
        if (!edition) return <p role="alert">{t.assessment.editionMissing}</p>;
        return children({ ...bundle, edition });
      }}
    </Loaded>
  );
}
