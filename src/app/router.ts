import { useEffect, useState } from 'preact/hooks';

// Parses the hash addresses that ui/paths.ts builds into a route.

export type Route =
  | { name: 'clubs' }
  | { name: 'new-club' }
  | { name: 'club'; clubId: string }
  | { name: 'edit-club'; clubId: string }
  | { name: 'start-assessment'; clubId: string }
  | { name: 'progress'; clubId: string }
  | { name: 'area'; assessmentId: string; areaIndex: number }
  | { name: 'summary'; assessmentId: string }
  | { name: 'share'; assessmentId: string }
  | { name: 'round'; assessmentId: string }
  | { name: 'round-spread'; assessmentId: string }
  | { name: 'round-big'; assessmentId: string }
  | { name: 'round-pass'; assessmentId: string }
  | { name: 'join' }
  | { name: 'language' }
  | { name: 'settings' }
  | { name: 'office' }
  | { name: 'not-found' };

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
};

/** The screens of a round below "runde/". */
const ROUND_PARTS = {
  ergebnis: 'round-spread',
  leinwand: 'round-big',
  reihum: 'round-pass',
} as const;

/** The route of a location hash such as "#/vereine/abc". */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
  const [a, b, c, d] = parts;
  if (parts.length === 0) return { name: 'clubs' };
  if (a === 'einstellungen' && parts.length === 1) return { name: 'settings' };
  if (a === 'auswertung' && parts.length === 1) return { name: 'office' };
  if (a === 'runde' && parts.length === 1) return { name: 'join' };
  if (a === 'sprache' && parts.length === 1) return { name: 'language' };
  if (a === 'vereine' && b) {
    if (b === 'neu' && parts.length === 2) return { name: 'new-club' };
    if (parts.length === 2) return { name: 'club', clubId: b };
    if (c === 'bearbeiten' && parts.length === 3) return { name: 'edit-club', clubId: b };
    if (c === 'fortschritt' && parts.length === 3) return { name: 'progress', clubId: b };
    if (c === 'einschaetzung' && d === 'neu' && parts.length === 4)
      return { name: 'start-assessment', clubId: b };
  }
  if (a === 'einschaetzung' && b) {
    if (c === 'uebersicht' && parts.length === 3) return { name: 'summary', assessmentId: b };
    if (c === 'weitergeben' && parts.length === 3) return { name: 'share', assessmentId: b };
    if (c === 'runde' && parts.length === 3) return { name: 'round', assessmentId: b };
    if (c === 'runde' && parts.length === 4) {
      const name = ROUND_PARTS[d as keyof typeof ROUND_PARTS];
      if (name && Object.hasOwn(ROUND_PARTS, d as string)) return { name, assessmentId: b };
    }
    const n = Number(d);
    if (c === 'bereich' && parts.length === 4 && Number.isInteger(n) && n >= 1) {
      return { name: 'area', assessmentId: b, areaIndex: n - 1 };
    }
  }
  return { name: 'not-found' };
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() =>
    parseRoute(typeof location === 'undefined' ? '' : location.hash),
  );
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
