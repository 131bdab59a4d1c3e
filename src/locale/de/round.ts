// The German texts of a round at the meeting: starting it, taking part,
// collecting the answers, the spread and the big-screen view (part of the
// on-demand catalog, as deFiles.round). Same shape rules as core.ts.

const answers = (n: number) => (n === 1 ? '1 Antwort' : `${n} Antworten`);
const statements = (n: number) => (n === 1 ? '1 Aussage' : `${n} Aussagen`);

export const deRound = {
  answers,
  start: {
    heading: 'Runde: Jede*r stimmt selbst ab',
    intro:
      'In einer Runde gibt jede*r auf dem eigenen Handy still für sich die Ampeln. Danach seht ihr, wo ihr es verschieden seht, und einigt euch gemeinsam auf eine Ampel.',
    privacy:
      'Die App zählt nur, wie oft jede Ampel gewählt wurde, nie, wer was gewählt hat. Alles geht ohne Internet von Handy zu Handy.',
    areas: 'Welche Bereiche kommen in die Runde?',
    areaOption: (label: string, n: number) => `${label} (${statements(n)})`,
    start: 'Runde starten',
    noneChosen: 'Wählt mindestens einen Bereich.',
    finished:
      'Diese Einschätzung ist abgeschlossen. Eine Runde startet ihr zu einer Einschätzung, die noch offen ist.',
    started: 'Die Runde läuft. Zeigt den Code zum Mitmachen.',
  },
  open: {
    heading: 'Runde',
    running: (n: number) =>
      n === 0 ? 'Die Runde läuft. Noch keine Antwort da.' : `Die Runde läuft. ${answers(n)} da.`,
    statements: (n: number) => `${statements(n)} in dieser Runde`,
    joinHeading: 'Mitmachen',
    joinHow:
      'Öffnet auf eurem Handy den Ampelbogen, tippt auf „An einer Runde teilnehmen“ und scannt diesen Code.',
    joinQr: 'QR-Code zum Mitmachen',
    joinTyped: 'Ohne Kamera diesen Code eintippen:',
    collectHeading: 'Antworten einsammeln',
    collectHow:
      'Wer fertig ist, zeigt den QR-Code auf dem eigenen Handy. Scannt ihn hier. Wer zweimal gescannt wird, zählt einmal.',
    typedLabel: 'Code mit Antworten eintippen',
    typedHint: 'Groß- und Kleinschreibung, Leerzeichen und Bindestriche sind egal.',
    count: 'Zählen',
    typedEmpty: 'Tippt zuerst einen Code ein.',
    fileLabel: 'Code als Datei wählen',
    fileHint: 'Hat jemand den Code als Datei geschickt? Dann wählt hier die Datei.',
    counted: (n: number) => `Gezählt. Jetzt ${answers(n)} da.`,
    countedAgain: (n: number) =>
      `Diese Person war schon gezählt: Ihre neuen Ampeln ersetzen die alten. Weiterhin ${answers(n)}.`,
    passPhone: 'Handy weitergeben',
    passPhoneHint: 'Ohne zweites Handy gibt jede*r reihum auf diesem Handy die Ampeln.',
    toSpread: 'Ergebnis ansehen und einigen',
    bigScreen: 'Großbildansicht für Beamer oder Fernseher',
    end: 'Runde beenden',
    endTitle: 'Runde beenden?',
    endBody:
      'Danach lassen sich keine Antworten mehr zählen. Die einzelnen Antworten werden gelöscht; wie oft jede Ampel gewählt wurde, bleibt bei der Einschätzung.',
    ended: 'Die Runde ist beendet. Die Zählung bleibt bei der Einschätzung.',
    toSummary: 'Zur Übersicht',
    noRound: 'Zu dieser Einschätzung läuft gerade keine Runde.',
    toRound: 'Zur Runde',
  },
  problem: {
    joinCodeHere:
      'Das ist der Code zum Mitmachen. Scannt hier die Codes mit den Antworten der anderen.',
    answerCodeHere:
      'Das ist ein Code mit Antworten. Zum Mitmachen scannt den Code auf dem Handy, das die Runde gestartet hat.',
    otherRound: 'Dieser Code gehört zu einer anderen Runde. Er wurde nicht gezählt.',
    noRound: 'Die Runde ist schon beendet. Der Code wurde nicht gezählt.',
    editionMissing: (id: string, version: number) =>
      `Die Runde nutzt die Ausgabe „${id}“ in Version ${version}. Sie fehlt auf diesem Handy. Aktualisiert die App oder ladet die Datei dieser Ausgabe (ihr bekommt sie beim Integrationsbüro) unter Einstellungen → Ausgaben.`,
    editionDiffers: (id: string, version: number) =>
      `Die Ausgabe „${id}“ in Version ${version} hat auf diesem Handy andere Aussagen als auf dem Handy der Runde. Ladet dieselbe Datei wie dort.`,
    scanned: 'Dieser QR-Code gehört nicht zum Ampelbogen.',
  },
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
  join: {
    heading: 'An einer Runde teilnehmen',
    intro:
      'Scannt den QR-Code auf dem Handy, das die Runde gestartet hat. Eure Ampeln bleiben geheim: Dort wird nur gezählt, wie oft jede Ampel gewählt wurde.',
    typedLabel: 'Code zum Mitmachen eintippen',
    go: 'Mitmachen',
    rateHeading: 'Eure Ampeln',
    rateIntro:
      'Gebt für jede Aussage still für euch eine Ampel. Notizen gibt es in der Runde nicht: Sprecht darüber, wenn ihr das Ergebnis gemeinsam anseht.',
    progress: (done: number, total: number) => `${done} von ${statements(total)} bewertet`,
    showCode: 'Fertig: Code zeigen',
    openLeft: (n: number) =>
      `${statements(n)} ${n === 1 ? 'ist' : 'sind'} noch ohne Ampel. Das zählt als „keine Angabe“.`,
    codeHeading: 'Zeigt diesen Code',
    codeHow:
      'Das Handy der Runde scannt ihn. Klappt das nicht, lest den Code zum Eintippen vor oder teilt ihn als Datei.',
    answerQr: 'QR-Code mit euren Ampeln',
    typed: 'Code zum Eintippen:',
    shareFile: 'Als Datei teilen',
    shared: 'Die Datei ist weitergegeben.',
    saved: 'Die Datei ist gespeichert. Schickt sie an das Handy der Runde.',
    shareFailed: 'Die Datei ließ sich nicht weitergeben. Zeigt den QR-Code oder lest den Code vor.',
    change: 'Ampeln ändern',
    done: 'Fertig: Runde verlassen',
    cancel: 'Abbrechen',
    keepsNothing: 'Auf diesem Handy wird nichts von der Runde gespeichert.',
  },
  pass: {
    heading: 'Handy weitergeben',
    intro:
      'Jede*r gibt still für sich die Ampeln. Danach verdeckt die App sie, bevor das Handy weitergeht.',
    person: (n: number) => `Person ${n}`,
    done: 'Fertig: verdecken und weitergeben',
    covered: (n: number) =>
      `Gezählt. Jetzt ${answers(n)} da. Die Ampeln sind verdeckt: Gebt das Handy an die nächste Person.`,
    next: 'Nächste Person beginnt',
    finish: 'Alle sind fertig: zum Ergebnis',
  },
  spread: {
    heading: 'Ergebnis der Runde',
    none: 'Noch keine Antwort gezählt. Sammelt zuerst die Codes ein.',
    disputed: 'Hier seht ihr es verschieden',
    disputedIntro:
      'Sprecht über diese Aussagen zuerst. Tippt dann die Ampel, auf die ihr euch einigt: Sie wird sofort gespeichert.',
    unanimous: 'Hier seid ihr euch einig',
    unanimousIntro: 'Alle, die geantwortet haben, haben dieselbe Ampel gewählt.',
    takeUnanimous: (n: number) =>
      n === 1 ? 'Die gemeinsame Ampel übernehmen' : `Alle ${n} gemeinsamen Ampeln übernehmen`,
    tookUnanimous: (n: number) => (n === 1 ? '1 Ampel übernommen.' : `${n} Ampeln übernommen.`),
    empty: (n: number) => `Ohne Antwort in der Runde (${statements(n)})`,
    of: (n: number) =>
      n === 1 ? 'So verteilt sich 1 Antwort' : `So verteilen sich die ${n} Antworten`,
    count: (word: string, n: number) => `${word}: ${n}`,
    agreed: 'Eure gemeinsame Ampel',
    saved: 'Gespeichert.',
    toRound: 'Zurück zur Runde',
    toBigScreen: 'Großbildansicht',
  },
  big: {
    heading: 'Großbildansicht',
    position: (i: number, n: number) => `Aussage ${i} von ${n}`,
    keys: 'Weiter mit → oder Bild ↓, zurück mit ← oder Bild ↑.',
    previous: 'Zurück',
    next: 'Weiter',
    agreedNone: 'Noch keine gemeinsame Ampel',
    agreed: (word: string) => `Gemeinsame Ampel: ${word}`,
    exit: 'Großbildansicht verlassen',
  },
};
