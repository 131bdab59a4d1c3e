// The share target's receiving end, in the service worker: the files of the
// POST are kept, all of them and in order, in the shared inbox (Cache
// Storage; IndexedDB is only touched by the page's storage code), and the
// browser is sent on to the office view, which imports them. Nothing here
// judges a file: the import checks each one and says why it refuses one. Only
// a file larger than any anonymous file may be is kept without its content
// (the manifest also accepts application/octet-stream, so anything may come):
// its entry has its name and size, and the import refuses it as too large.
import { MAX_ANONYMOUS_BYTES } from '../files/anonymous-size';
import {
  INBOX_CACHE,
  INBOX_PATH,
  NAME_HEADER,
  SHARED_FAILED,
  TOO_LARGE_HEADER,
  sharedOfficeAddress,
} from '../storage/shared-inbox-names';

/** The entry that keeps one shared file: its content, or only its size when it is too large. */
function entryOf(file: File): Response {
  const name = encodeURIComponent(file.name);
  if (file.size > MAX_ANONYMOUS_BYTES)
    return new Response(null, {
      headers: { [NAME_HEADER]: name, [TOO_LARGE_HEADER]: String(file.size) },
    });
  return new Response(file, {
    headers: { 'content-type': file.type || 'application/octet-stream', [NAME_HEADER]: name },
  });
}

/** Keeps the posted files in the inbox; answers with a redirect (303) to the office view. */
export async function receiveSharedFiles(request: Request, origin: string): Promise<Response> {
  try {
    const form = await request.formData();
    const files = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
    const inbox = await caches.open(INBOX_CACHE);
    // One batch, its files numbered in the order they came: the keys sort that
    // way. Each key ends in the file's name, which a broken entry still has.
    const batch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    await Promise.all(
      files.map((file, i) =>
        inbox.put(
          new Request(
            `${origin}${INBOX_PATH}${batch}/${String(i).padStart(4, '0')}-${encodeURIComponent(file.name)}`,
          ),
          entryOf(file),
        ),
      ),
    );
    return Response.redirect(`${origin}${sharedOfficeAddress(String(files.length))}`, 303);
  } catch {
    // A broken form or a full disk: the office view says so, and how to go on.
    return Response.redirect(`${origin}${sharedOfficeAddress(SHARED_FAILED)}`, 303);
  }
}
