// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import Dexie from 'dexie';
import { useAction, type Outcome } from '../../src/ui/hooks/use-action';
import { StatusLine } from '../../src/ui/components/StatusLine';

function Harness({ action }: { action: () => Promise<Outcome<string, 'too-large'>> }) {
  const { busy, status, run } = useAction();
  return (
    <div>
      <button
        type="button"
        disabled={busy !== null}
        onClick={() =>
          run(action, {
            busy: 'Wird geprüft …',
            done: (name) => `Fertig: ${name}`,
            failed: () => 'Die Datei ist zu groß.',
          })
        }
      >
        Los
      </button>
      <StatusLine status={status} />
    </div>
  );
}

describe('useAction with StatusLine', () => {
  it('keeps both live regions on the page before anything happened', () => {
    render(<Harness action={() => Promise.resolve({ ok: true, value: 'x' })} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('says it is busy, then what came out, in the status region', async () => {
    let finish: (o: Outcome<string, 'too-large'>) => void = () => undefined;
    render(<Harness action={() => new Promise((resolve) => (finish = resolve))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Los' }));
    expect(await screen.findByText('Wird geprüft …')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Los' })).toBeDisabled();
    finish({ ok: true, value: 'sicherung.json' });
    expect(await screen.findByText('Fertig: sicherung.json')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Fertig: sicherung.json');
    expect(screen.getByRole('button', { name: 'Los' })).toBeEnabled();
  });

  it('puts a refusal into the alert region', async () => {
    render(<Harness action={() => Promise.resolve({ ok: false, error: 'too-large' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Los' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Datei ist zu groß.');
  });

  it('words a storage failure the use case did not expect', async () => {
    render(
      <Harness
        action={() =>
          Promise.reject(
            new Dexie.AbortError(
              'aborted',
              Object.assign(new Error('q'), { name: 'QuotaExceededError' }),
            ),
          )
        }
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Los' }));
    expect(await screen.findByText(/Der Speicher des Geräts ist voll/)).toBeInTheDocument();
  });
});
