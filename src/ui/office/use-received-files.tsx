import { useEffect, useRef, useState } from 'preact/hooks';
import {
  SHARED_FAILED,
  SHARED_MARKER,
  claimSharedFiles,
  onOpenedFiles,
  settleSharedFiles,
  takeOpenedFiles,
} from '../../actions/received-files';
import type { Outcome } from '../../actions/outcome';
import { tf } from '../../locale';
import type { ActionStatus } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';

/** The import panel's own import: the files in, its outcome out (null when it could not run). */
export type TakeFiles = (files: File[]) => Promise<Outcome<unknown> | null | undefined>;

/**
 * The share marker of the address the service worker sent the page to, and
 * the address without it, so that a reload does not show the note again.
 */
function takeShareMarker(): string | null {
  const params = new URLSearchParams(location.search);
  const marker = params.get(SHARED_MARKER);
  if (marker === null) return null;
  params.delete(SHARED_MARKER);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  return marker;
}

/**
 * Feeds the files that came without the picker into the import panel's own
 * import, one batch after another: those shared to the app (waiting in the
 * shared inbox) when the view opens, and those the app is opened with,
 * whenever they come. Shared files leave the inbox only once their import
 * has finished; if it fails they stay, and the note says so. Returns the note
 * on where the files came from, or on what went wrong.
 */
export function useReceivedFiles(take: TakeFiles): ActionStatus | null {
  const [note, setNote] = useState<ActionStatus | null>(null);
  const latestTake = useRef(take);
  latestTake.current = take;

  useEffect(() => {
    let alive = true;
    const say = (next: ActionStatus) => alive && setNote(next);
    const marker = takeShareMarker();

    const importShared = async () => {
      const inbox = await claimSharedFiles();
      if (!inbox.ok) {
        // Without a share there is nothing to miss: where Cache Storage fails
        // (private modes of some browsers), every visit would cry wolf.
        if (marker === SHARED_FAILED) say({ kind: 'alert', text: tf().received.shareFailed });
        else if (marker !== null) say({ kind: 'alert', text: tf().received.inboxUnreadable });
        return;
      }
      const shared = inbox.value;
      if (marker === SHARED_FAILED) say({ kind: 'alert', text: tf().received.shareFailed });
      if (shared.length === 0) return;
      if (marker !== SHARED_FAILED)
        say({ kind: 'status', text: tf().received.shared(shared.length) });
      const keys = shared.map((entry) => entry.key);
      const outcome = await latestTake.current(shared.map((entry) => entry.file)).catch(() => null);
      const imported = outcome?.ok === true;
      const settled = await settleSharedFiles(keys, imported);
      if (!imported) say({ kind: 'alert', text: tf().received.keptForLater });
      else if (!settled.ok) say({ kind: 'alert', text: tf().received.notDeleted });
    };
    const importOpened = async () => {
      for (const files of takeOpenedFiles()) {
        say({ kind: 'status', text: tf().received.opened(files.length) });
        await latestTake.current(files);
      }
    };

    // One batch at a time: each import replaces the panel's result list.
    const settled = () => undefined;
    let queue = importShared().catch(settled).then(importOpened).catch(settled);
    const stop = onOpenedFiles(() => {
      queue = queue.then(importOpened).catch(settled);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);

  return note;
}

/**
 * The note of useReceivedFiles, where the import panel shows it: in live
 * regions that are on the page before the note comes, so it is heard.
 */
export function ReceivedNote({ note }: { note: ActionStatus | null }) {
  return <StatusLine status={note} />;
}
