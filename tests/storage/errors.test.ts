import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classifyStorageError,
  markDatabaseLost,
  markVersionChanged,
  resetStorageSession,
  StorageValidationError,
} from '../../src/storage/errors';

afterEach(resetStorageSession);

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('classifyStorageError', () => {
  it('recognises a full disk, plain or wrapped by Dexie', () => {
    expect(classifyStorageError(domError('QuotaExceededError'))).toBe('quota');
    const wrapped = new Dexie.AbortError('Transaction aborted', domError('QuotaExceededError'));
    expect(classifyStorageError(wrapped)).toBe('quota');
    const deeper = new Dexie.OpenFailedError(
      'open failed',
      new Dexie.AbortError('x', domError('QuotaExceededError')),
    );
    expect(classifyStorageError(deeper)).toBe('quota');
  });

  it('recognises a database closed for another tab’s upgrade', () => {
    expect(classifyStorageError(new Dexie.VersionChangeError('vc'))).toBe('version-change');
    markVersionChanged();
    expect(classifyStorageError(new Dexie.DatabaseClosedError('closed'))).toBe('version-change');
  });

  it('tells a closed or failed connection apart from another tab’s upgrade', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError('closed'))).toBe('closed');
    const failedOpen = new Dexie.DatabaseClosedError(
      new Dexie.OpenFailedError('open failed', domError('UnknownError')),
    );
    expect(classifyStorageError(failedOpen)).toBe('closed');
    expect(classifyStorageError(domError('InvalidStateError'))).toBe('closed');
  });

  it('still calls a full disk a full disk when the connection failed over it', () => {
    const failedOpen = new Dexie.DatabaseClosedError(
      new Dexie.OpenFailedError('open failed', domError('QuotaExceededError')),
    );
    expect(classifyStorageError(failedOpen)).toBe('quota');
  });

  it('names a write that found its rows gone with the database that the browser deleted', () => {
    const missing = new StorageValidationError('assessment missing');
    expect(classifyStorageError(missing)).toBe('write-failed');
    markDatabaseLost();
    expect(classifyStorageError(missing)).toBe('database-lost');
  });

  it('recognises a missing or unusable IndexedDB', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError('no idb'))).toBe('unavailable');
  });

  it('calls anything else a failed write', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('write-failed');
    expect(classifyStorageError('text')).toBe('write-failed');
    expect(classifyStorageError(null)).toBe('write-failed');
  });
});
