import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../src/storage/errors';

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
    expect(classifyStorageError(new Dexie.DatabaseClosedError('closed'))).toBe('version-change');
    expect(classifyStorageError(new Dexie.VersionChangeError('vc'))).toBe('version-change');
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
