// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/preact';
import { Loaded } from '../../src/ui/components/Loading';
import { reportUpgrading } from '../../src/storage/upgrade-status';

afterEach(() => reportUpgrading(false));

describe('Loaded while loading', () => {
  it('says the data is being converted while the database upgrades, in the same status region', () => {
    render(<Loaded state={{ status: 'loading' }}>{() => null}</Loaded>);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Wird geladen …');

    act(() => reportUpgrading(true));
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Eure Daten werden für die neue Version umgestellt …');

    act(() => reportUpgrading(false));
    expect(status).toHaveTextContent('Wird geladen …');
  });

  it('shows the upgrade text at once when the upgrade began before it was shown', () => {
    reportUpgrading(true);
    render(<Loaded state={{ status: 'loading' }}>{() => null}</Loaded>);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Eure Daten werden für die neue Version umgestellt …',
    );
  });
});
