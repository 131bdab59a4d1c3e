import { useEffect, useState } from 'preact/hooks';
import { onStorageProblem, type StorageProblem } from '../storage/errors';
import { de } from '../messages/de';
import { describeStorageProblem } from '../ui/storage-messages';

/** Database-wide problems (another tab upgrading, blocked upgrade) in plain words. */
export function StorageBanner() {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => onStorageProblem(setProblem), []);
  if (!problem) return null;
  return (
    <div class="banner warning" role="alert">
      <p>{describeStorageProblem(problem)}</p>
      <button type="button" class="button" onClick={() => setProblem(null)}>
        {de.storage.dismiss}
      </button>
    </div>
  );
}
