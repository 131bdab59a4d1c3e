// The share target's receiving end, in the service worker: the files of the
// POST are kept, all of them and in order, in the shared inbox (Cache
// Storage; IndexedDB is only touched by the page's storage code), and the
// browser is sent on to the office view, which imports them. Nothing here
// judges a file: the import checks each one and says why it refuses one.
import {
  INBOX_CACHE,
  INBOX_PATH,
  NAME_HEADER,
  SHARED_FAILED,
  SHARED_MARKER,
} from '../storage/shared-inbox-names';

/** The office view's address after a share, with the count of files or the failure marker. */
function officeAddress(origin: string, marker: string): string {
  return `${origin}/?${SHARED_MARKER}=${marker}#/auswertung`;
}

/** Keeps the posted files in the inbox; answers with a redirect (303) to the office view. */
export async function receiveSharedFiles(request: Request, origin: string): Promise<Response> {
  try {
    const form = await request.formData();
    const files = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
    const inbox = await caches.open(INBOX_CACHE);
    // One batch, its files numbered in the order they came: the keys sort that way.
    const batch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    await Promise.all(
      files.map((file, i) =>
        inbox.put(
          new Request(`${origin}${INBOX_PATH}${batch}/${String(i).padStart(4, '0')}`),
          new Response(file, {
            headers: {
              'content-type': file.type || 'application/octet-stream',
              [NAME_HEADER]: encodeURIComponent(file.name),
            },
          }),
        ),
      ),
    );
    return Response.redirect(officeAddress(origin, String(files.length)), 303);
  } catch {
    // A broken form or a full disk: the office view says so, and how to go on.
    return Response.redirect(officeAddress(origin, SHARED_FAILED), 303);
  }
}
