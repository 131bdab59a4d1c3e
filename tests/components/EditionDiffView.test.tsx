// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import first from '../../src/domain/editions/ni-ampelbogen-v1.json';
import second from '../../src/domain/editions/ni-ampelbogen-v2.json';
import type { Edition } from '../../src/domain/edition-schema';
import { diffEditions } from '../../src/domain/edition-diff';
import { EditionDiffView } from '../../src/ui/settings/EditionDiffView';

describe('EditionDiffView', () => {
  it('says where the ideas for a first step change, and how', () => {
    render(<EditionDiffView diff={diffEditions(first as Edition, second as Edition)} />);
    const total = (second as Edition).areas.flatMap((a) => a.criteria).length;
    expect(
      screen.getByText(`Bei ${total} Aussagen ändern sich die Ideen für einen ersten Schritt`),
    ).toBeInTheDocument();
    const firstText = (second as Edition).areas[0]!.criteria[0]!.text;
    expect(
      screen.getByText(new RegExp(`^${firstText.replace(/[*.]/g, '\\$&')}: \\d neue Ideen?$`)),
    ).toBeInTheDocument();
    expect(screen.queryByText('Inhaltlich gleich.')).toBeNull();
  });
});
