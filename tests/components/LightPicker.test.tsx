// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { fireEvent, render, screen } from '@testing-library/preact';
import { LightPicker } from '../../src/ui/components/LightPicker';
import type { RatingId } from '../../src/domain/edition-schema';

function Harness({ initial }: { initial?: RatingId }) {
  const [value, setValue] = useState<RatingId | undefined>(initial);
  return (
    <>
      <p id="text">Unsere Infos gibt es auch in einfacher Sprache.</p>
      <LightPicker name="k-01" labelledBy="text" value={value} onChange={setValue} />
    </>
  );
}

describe('LightPicker', () => {
  it('is a radio group named by the criterion, with one radio per light named by its word', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', {
      name: 'Unsere Infos gibt es auch in einfacher Sprache.',
    });
    const radios = screen.getAllByRole('radio');
    expect(group).toContainElement(radios[0]!);
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['green', 'yellow', 'red', 'na']);
    for (const name of ['grün', 'gelb', 'rot', 'trifft nicht zu']) {
      expect(screen.getByRole('radio', { name })).not.toBeChecked();
    }
  });

  it('selects a light with one tap and only one at a time', () => {
    render(<Harness initial="red" />);
    expect(screen.getByRole('radio', { name: 'rot' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'gelb' }));
    expect(screen.getByRole('radio', { name: 'gelb' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'rot' })).not.toBeChecked();
  });

  it('shows a symbol beside each word, never colour alone', () => {
    const { container } = render(<Harness />);
    const options = container.querySelectorAll('.light-option');
    expect(options).toHaveLength(4);
    options.forEach((option) => {
      expect(option.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
      expect(option.querySelector('.light-word')?.textContent).not.toBe('');
    });
  });

  it('uses the words an edition gives', () => {
    render(
      <LightPicker
        name="x"
        labelledBy="t"
        value={undefined}
        onChange={() => undefined}
        labels={{ na: 'passt nicht' }}
      />,
    );
    expect(screen.getByRole('radio', { name: 'passt nicht' })).toBeInTheDocument();
  });
});
