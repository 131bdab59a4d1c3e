import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importAnonymousFiles } from '../../src/actions/office';
import { claimSharedFiles, settleSharedFiles } from '../../src/actions/received-files';
import { MAX_ANONYMOUS_BYTES } from '../../src/files/anonymous-file';
import { OfficeDb, setOfficeDatabase } from '../../src/storage/office-db';
import { INBOX_CACHE, SHARE_ACTION } from '../../src/storage/shared-inbox-names';
import { receiveSharedFiles } from '../../src/sw/receive-shared';
import { makeFile } from '../fixtures/anonymous-files';

// The shared inbox from both ends: the service worker keeps the files of a
// share (src/sw/receive-shared.ts), the office view claims them for its import
// and deletes them after it (src/actions/received-files.ts). Cache Storage is
// a small stand-in here, which can be told to fail for one entry or to delete.

const ORIGIN = 'https://ampelbogen.example';

class FakeCache {
  readonly entries = new Map<string, Response>();
  failMatch = (_url: string) => false;
  failDelete = false;
  async put(request: Request, response: Response) {
    this.entries.set(request.url, response.clone());
  }
  async match(request: Request | string) {
    const url = typeof request === 'string' ? request : request.url;
    if (this.failMatch(url)) throw new DOMException('entry lost', 'UnknownError');
    return this.entries.get(url)?.clone();
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(request: Request | string) {
    if (this.failDelete) throw new DOMException('refused', 'UnknownError');
    return this.entries.delete(typeof request === 'string' ? request : request.url);
  }
}

let inbox: FakeCache;

beforeEach(() => {
  inbox = new FakeCache();
  vi.stubGlobal('caches', {
    has: async (name: string) => name === INBOX_CACHE && inbox.entries.size > 0,
    open: async () => inbox,
  });
  setOfficeDatabase(new OfficeDb(`shared-inbox-${Math.random().toString(36).slice(2)}`));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const valid = () => makeFile({ ratings: { 'a-01': 'green' } });

const json = (name: string, content: unknown) =>
  new File([JSON.stringify(content)], name, { type: 'application/json' });

/** Shares the files as the share sheet posts them; returns where the service worker sends the page. */
async function share(files: File[]): Promise<string> {
  const form = new FormData();
  for (const file of files) form.append('files', file);
  const response = await receiveSharedFiles(
    new Request(`${ORIGIN}${SHARE_ACTION}`, { method: 'POST', body: form }),
    ORIGIN,
  );
  expect(response.status).toBe(303);
  return response.headers.get('location') ?? '';
}

describe('the shared inbox', () => {
  it('gives back the shared files in order, under their names', async () => {
    const names = ['b.json', 'a b%20c.json', '..', 'Rückmeldung (2).json'];
    const location = await share(names.map((name) => json(name, { name })));
    expect(location).toBe(`${ORIGIN}/?geteilt=4#/auswertung`);

    const claimed = await claimSharedFiles();
    expect(claimed.ok).toBe(true);
    const files = claimed.ok ? claimed.value : [];
    expect(files.map((f) => f.file.name)).toEqual(names);
    expect(await Promise.all(files.map((f) => f.file.text()))).toEqual(
      names.map((name) => JSON.stringify({ name })),
    );
    await settleSharedFiles(
      files.map((f) => f.key),
      true,
    );
    expect(inbox.entries.size).toBe(0);
  });

  it('keeps a file too large for an anonymous file without its content, and the import refuses it by name', async () => {
    const big = new File(['x'.repeat(MAX_ANONYMOUS_BYTES + 1)], 'riesig.bin', {
      type: 'application/octet-stream',
    });
    await share([json('gut.json', valid()), big]);
    const kept = [...inbox.entries.values()];
    expect((await kept[1]!.clone().arrayBuffer()).byteLength).toBe(0);

    const claimed = await claimSharedFiles();
    const files = claimed.ok ? claimed.value : [];
    const outcome = await importAnonymousFiles(files.map((f) => f.file));
    const reports = outcome.ok ? outcome.value : [];
    expect(reports.map((r) => [r.name, r.outcome])).toEqual([
      ['gut.json', 'added'],
      ['riesig.bin', 'rejected'],
    ]);
    expect(reports[1]).toMatchObject({
      refusal: { problem: { code: 'too-large', maxBytes: MAX_ANONYMOUS_BYTES } },
    });
  });

  it('reads each entry on its own: a broken one is refused by name, the others are taken, all are deleted', async () => {
    await share([json('eins.json', valid()), json('kaputt.json', {}), json('drei.json', valid())]);
    inbox.failMatch = (url) => url.endsWith('kaputt.json');

    const claimed = await claimSharedFiles();
    expect(claimed.ok).toBe(true);
    const files = claimed.ok ? claimed.value : [];
    const outcome = await importAnonymousFiles(files.map((f) => f.file));
    const reports = outcome.ok ? outcome.value : [];
    expect(reports.map((r) => [r.name, r.outcome])).toEqual([
      ['eins.json', 'added'],
      ['kaputt.json', 'rejected'],
      ['drei.json', 'added'],
    ]);
    expect(reports[1]).toMatchObject({ refusal: { problem: { code: 'unreadable' } } });

    expect(
      await settleSharedFiles(
        files.map((f) => f.key),
        true,
      ),
    ).toEqual({ ok: true, value: undefined });
    expect(inbox.entries.size).toBe(0);
  });

  it('gives the files of a share to one import at a time', async () => {
    await share([json('a.json', valid()), json('b.json', valid())]);

    // Two visits of the office view, the second while the first still imports.
    const [first, second] = await Promise.all([claimSharedFiles(), claimSharedFiles()]);
    const taken = first.ok ? first.value : [];
    expect(taken).toHaveLength(2);
    expect(second).toEqual({ ok: true, value: [] });
    expect(await claimSharedFiles()).toEqual({ ok: true, value: [] });

    // The import failed: the files stay for the next visit, which takes them.
    await settleSharedFiles(
      taken.map((f) => f.key),
      false,
    );
    expect(inbox.entries.size).toBe(2);
    const again = await claimSharedFiles();
    expect(again.ok ? again.value.map((f) => f.file.name) : []).toEqual(['a.json', 'b.json']);
  });

  it('says so when the imported files cannot be deleted, and leaves them alone until the app starts again', async () => {
    await share([json('a.json', valid())]);
    const claimed = await claimSharedFiles();
    const keys = claimed.ok ? claimed.value.map((f) => f.key) : [];
    expect(keys).toHaveLength(1);

    inbox.failDelete = true;
    const settled = await settleSharedFiles(keys, true);
    expect(settled.ok).toBe(false);
    expect(inbox.entries.size).toBe(1);
    // Another visit of the office view does not import them again.
    expect(await claimSharedFiles()).toEqual({ ok: true, value: [] });
  });

  it('sends the page to the office view with the failure marker when it cannot keep the files', async () => {
    vi.stubGlobal('caches', {
      has: async () => false,
      open: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    expect(await share([json('a.json', valid())])).toBe(`${ORIGIN}/?geteilt=fehler#/auswertung`);
  });
});
