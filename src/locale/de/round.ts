// The German texts of a round at the meeting: starting it, taking part,
// collecting the answers, the spread and the big-screen view (part of the
// on-demand catalog, as deFiles.round). Same shape rules as core.ts.

export const deRound = {
  heading: 'Runde',
  code: {
    notRound: 'Das ist kein Code einer Runde des Ampelbogens.',
    badCharacters: (found: string) =>
      `Diese Zeichen kommen in einem Code nicht vor: ${found}. Prüft die Eingabe.`,
    badCheck:
      'Ein Zeichen des Codes stimmt nicht. Prüft die Eingabe oder lest den Code noch einmal ein.',
    damaged: 'Der Code ist unvollständig oder beschädigt. Lest ihn bitte noch einmal ein.',
    unknownKind: 'Diese Art von Code kennt die App nicht.',
    newerApp:
      'Der Code kommt aus einer neueren Version der App. Aktualisiert die App auf diesem Handy und versucht es noch einmal.',
  },
};
