import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SHARE_ACTION,
  SHARED_FAILED,
  sharedOfficeAddress,
} from '../../src/storage/shared-inbox-names';

// A share that reaches the server (no service worker in control) is sent by the
// shipped nginx rules to the address the service worker uses when it cannot
// keep the files. The rules are a text file; this keeps both the same.

describe('the nginx rules for a share without a service worker', () => {
  it('redirect the share target to the office view with the failure marker', () => {
    const rules = readFileSync('deploy/nginx/ampelbogen-static.conf', 'utf8');
    const block = rules.match(/location = (\S+) \{\s*return 303 "([^"]+)";\s*\}/);
    expect(block?.[1]).toBe(SHARE_ACTION);
    expect(block?.[2]).toBe(sharedOfficeAddress(SHARED_FAILED));
  });
});
