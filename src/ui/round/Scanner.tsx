import { useEffect, useRef, useState } from 'preact/hooks';
import { tf } from '../../locale';
import { StatusLine } from '../components/StatusLine';
import type { ActionStatus } from '../hooks/use-action';
import { openCamera, stopCamera, type CameraProblem } from './camera';
import { createQrReader, type QrReader } from './qr-reader';
import './round.css';

const msg = () => tf().scan;

/** How often a frame is read: often enough to feel instant, rare enough for a slow phone. */
const INTERVAL_MS = 120;
/** The same text is not handed on again within this time: a code held still is one reading. */
const REPEAT_MS = 1500;

type Phase =
  | { kind: 'starting' }
  | { kind: 'running' }
  | { kind: 'stopped'; read: boolean }
  | { kind: 'problem'; problem: CameraProblem };

interface Props {
  /** Called with each text read; true when it is what was wanted, and the camera turns off. */
  onRead: (text: string) => boolean;
  /** Called when the camera cannot be used, so the code can be typed instead. */
  onUnavailable?: () => void;
}

function statusOf(phase: Phase): ActionStatus {
  switch (phase.kind) {
    case 'starting':
      return { kind: 'status', text: msg().starting };
    case 'running':
      return { kind: 'status', text: msg().running };
    case 'stopped':
      return { kind: 'status', text: phase.read ? msg().read : msg().stopped };
    case 'problem':
      return { kind: 'alert', text: `${msg().problem[phase.problem]} ${msg().typeInstead}` };
  }
}

/**
 * Reads a QR code with the camera: shows the live picture and hands every text
 * it reads to onRead until onRead accepts one. The camera starts at once and
 * can be turned off and on; it is off (every track stopped) after an accepted
 * code, after a failure and when the scanner leaves the page.
 */
export function Scanner({ onRead, onUnavailable }: Props) {
  const [on, setOn] = useState(true);
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const video = useRef<HTMLVideoElement>(null);
  const callbacks = useRef({ onRead, onUnavailable });
  callbacks.current = { onRead, onUnavailable };

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const end = () => {
      ended = true;
      clearTimeout(timer);
      if (stream) stopCamera(stream);
    };
    const fail = (problem: CameraProblem) => {
      if (ended) return;
      end();
      setOn(false);
      setPhase({ kind: 'problem', problem });
      callbacks.current.onUnavailable?.();
    };
    let last = { text: '', at: -Infinity };
    const isNew = (text: string) => {
      const now = performance.now();
      if (text === last.text && now - last.at < REPEAT_MS) return false;
      last = { text, at: now };
      return true;
    };

    setPhase({ kind: 'starting' });
    const reading = createQrReader();
    // A reader that fails to load is reported below, once the camera is open.
    reading.catch(() => undefined);
    void (async () => {
      const camera = await openCamera();
      if (!camera.ok) return fail(camera.problem);
      stream = camera.stream;
      if (ended) return stopCamera(stream);
      stream.getVideoTracks()[0]?.addEventListener('ended', () => fail('failed'));
      const element = video.current;
      if (!element) return fail('failed');
      element.srcObject = stream;
      let read: QrReader;
      try {
        [read] = await Promise.all([reading, element.play()]);
      } catch {
        return fail('failed');
      }
      if (ended) return;
      setPhase({ kind: 'running' });
      const tick = async () => {
        if (element.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
          const text = await read(element).catch(() => null);
          if (ended) return;
          if (text && isNew(text) && callbacks.current.onRead(text)) {
            end();
            setOn(false);
            setPhase({ kind: 'stopped', read: true });
            return;
          }
        }
        if (!ended) timer = setTimeout(() => void tick(), INTERVAL_MS);
      };
      void tick();
    })();
    return end;
  }, [on]);

  const toggle = () => {
    if (on) setPhase({ kind: 'stopped', read: false });
    setOn(!on);
  };

  return (
    <div class="scanner">
      {on && (
        <div class="scanner-view">
          <video ref={video} class="scanner-video" muted playsInline aria-label={msg().video} />
          <div class="scanner-frame" aria-hidden="true" />
        </div>
      )}
      <div class="actions">
        <button type="button" class="button scanner-toggle" onClick={toggle}>
          {on ? msg().stop : msg().start}
        </button>
      </div>
      <StatusLine status={statusOf(phase)} />
    </div>
  );
}
