// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Scanner } from '../../src/ui/round/Scanner';
import { spokenAlert } from './alerts';

// jsdom has no camera, no video playback and no BarcodeDetector: each test
// gives the scanner a getUserMedia, and the reading tests a camera stream of
// fake tracks and a detector that "sees" the texts they choose.

const TYPE_INSTEAD = 'Ihr könnt den Code auch eintippen.';

function setCamera(getUserMedia: (() => Promise<MediaStream>) | null) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: getUserMedia ? { getUserMedia: vi.fn(getUserMedia) } : undefined,
  });
}

function rejectWith(name: string) {
  setCamera(() => Promise.reject(new DOMException('camera', name)));
}

function fakeStream() {
  const track = { stop: vi.fn(), addEventListener: vi.fn() };
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] };
  return { track, stream: stream as unknown as MediaStream };
}

/** A BarcodeDetector that reads the given texts one frame each, then the last one forever. */
function seeCodes(...texts: string[]) {
  let seen = 0;
  vi.stubGlobal(
    'BarcodeDetector',
    class {
      static getSupportedFormats = () => Promise.resolve(['qr_code']);
      detect() {
        const text = texts[Math.min(seen++, texts.length - 1)];
        return Promise.resolve(text ? [{ rawValue: text }] : []);
      }
    },
  );
}

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(
    HTMLMediaElement.HAVE_ENOUGH_DATA,
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  setCamera(null);
});

describe('Scanner when the camera cannot be used', () => {
  it.each([
    ['NotAllowedError', 'Die Kamera ist für diese App nicht erlaubt.'],
    ['NotFoundError', 'gibt es keine Kamera, die die App nutzen kann.'],
    ['NotReadableError', 'Vielleicht nutzt gerade eine andere App sie'],
  ])('says why after %s, points to typing the code, and tells the parent', async (name, why) => {
    rejectWith(name);
    const onUnavailable = vi.fn();
    render(<Scanner onRead={() => true} onUnavailable={onUnavailable} />);
    const alert = await spokenAlert(document.body);
    expect(alert).toHaveTextContent(why);
    expect(alert).toHaveTextContent(TYPE_INSTEAD);
    expect(onUnavailable).toHaveBeenCalledOnce();
    expect(screen.queryByLabelText('Kamerabild zum Lesen des QR-Codes')).toBeNull();
    expect(screen.getByRole('button', { name: 'Kamera einschalten' })).toBeInTheDocument();
  });

  it('says there is no camera where the browser offers none (an insecure page)', async () => {
    setCamera(null);
    const onUnavailable = vi.fn();
    render(<Scanner onRead={() => true} onUnavailable={onUnavailable} />);
    expect(await spokenAlert(document.body)).toHaveTextContent('gibt es keine Kamera');
    expect(onUnavailable).toHaveBeenCalledOnce();
  });

  it('tries again when the camera is switched on after a refusal', async () => {
    rejectWith('NotAllowedError');
    render(<Scanner onRead={() => true} />);
    await spokenAlert(document.body);
    const { stream } = fakeStream();
    setCamera(() => Promise.resolve(stream));
    fireEvent.click(screen.getByRole('button', { name: 'Kamera einschalten' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Kamera läuft – haltet den Code in den Rahmen.',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('');
  });
});

describe('Scanner with a camera', () => {
  it('shows the live picture and says to hold the code in the frame', async () => {
    seeCodes('');
    const { stream } = fakeStream();
    setCamera(() => Promise.resolve(stream));
    render(<Scanner onRead={() => true} />);
    expect(screen.getByLabelText('Kamerabild zum Lesen des QR-Codes').tagName).toBe('VIDEO');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Kamera läuft – haltet den Code'),
    );
    expect(navigator.mediaDevices.getUserMedia).toHaveBeenCalledWith({
      video: { facingMode: { ideal: 'environment' } },
      audio: false,
    });
  });

  it('hands on each new text once, and turns the camera off when one is accepted', async () => {
    seeCodes('WRONG', 'WRONG', 'WRONG', 'WRONG', 'RIGHT');
    const { stream, track } = fakeStream();
    setCamera(() => Promise.resolve(stream));
    const onRead = vi.fn((text: string) => text === 'RIGHT');
    render(<Scanner onRead={onRead} />);
    await waitFor(() => expect(onRead).toHaveBeenCalledWith('RIGHT'));
    expect(onRead.mock.calls).toEqual([['WRONG'], ['RIGHT']]);
    expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Code gelesen. Die Kamera ist aus.');
    expect(screen.queryByLabelText('Kamerabild zum Lesen des QR-Codes')).toBeNull();
    // It stays off: no more readings come.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onRead).toHaveBeenCalledTimes(2);
  });

  it('turns the camera off and on with the button', async () => {
    seeCodes('');
    const first = fakeStream();
    setCamera(() => Promise.resolve(first.stream));
    render(<Scanner onRead={() => true} />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kamera läuft'));

    fireEvent.click(screen.getByRole('button', { name: 'Kamera beenden' }));
    expect(first.track.stop).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Die Kamera ist aus.');

    const second = fakeStream();
    setCamera(() => Promise.resolve(second.stream));
    fireEvent.click(screen.getByRole('button', { name: 'Kamera einschalten' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kamera läuft'));
    expect(second.track.stop).not.toHaveBeenCalled();
  });

  it('stops the camera when it leaves the page', async () => {
    seeCodes('');
    const { stream, track } = fakeStream();
    setCamera(() => Promise.resolve(stream));
    const { unmount } = render(<Scanner onRead={() => true} />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kamera läuft'));
    unmount();
    expect(track.stop).toHaveBeenCalled();
  });

  it('stops a camera that opens only after it left the page', async () => {
    const { stream, track } = fakeStream();
    let open: (s: MediaStream) => void = () => undefined;
    setCamera(() => new Promise((resolve) => (open = resolve)));
    const { unmount } = render(<Scanner onRead={() => true} />);
    unmount();
    open(stream);
    await waitFor(() => expect(track.stop).toHaveBeenCalled());
  });
});
