// The app's addresses. Routing is by hash, so every screen works offline from
// the one precached index.html. app/router.ts parses what these build.

export const paths = {
  home: () => '#/',
  newClub: () => '#/vereine/neu',
  club: (id: string) => `#/vereine/${encodeURIComponent(id)}`,
  editClub: (id: string) => `#/vereine/${encodeURIComponent(id)}/bearbeiten`,
  progress: (clubId: string) => `#/vereine/${encodeURIComponent(clubId)}/fortschritt`,
  startAssessment: (clubId: string) => `#/vereine/${encodeURIComponent(clubId)}/einschaetzung/neu`,
  area: (assessmentId: string, index: number) =>
    `#/einschaetzung/${encodeURIComponent(assessmentId)}/bereich/${index + 1}`,
  summary: (assessmentId: string) =>
    `#/einschaetzung/${encodeURIComponent(assessmentId)}/uebersicht`,
  share: (assessmentId: string) =>
    `#/einschaetzung/${encodeURIComponent(assessmentId)}/weitergeben`,
  round: (assessmentId: string) => `#/einschaetzung/${encodeURIComponent(assessmentId)}/runde`,
  roundSpread: (assessmentId: string) =>
    `#/einschaetzung/${encodeURIComponent(assessmentId)}/runde/ergebnis`,
  roundBig: (assessmentId: string) =>
    `#/einschaetzung/${encodeURIComponent(assessmentId)}/runde/leinwand`,
  roundPass: (assessmentId: string) =>
    `#/einschaetzung/${encodeURIComponent(assessmentId)}/runde/reihum`,
  join: () => '#/runde',
  language: () => '#/sprache',
  settings: () => '#/einstellungen',
  office: () => '#/auswertung',
};

/** Goes to an address; replace keeps the browser history free of form steps. */
export function go(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) location.replace(href);
  else location.hash = href;
}
