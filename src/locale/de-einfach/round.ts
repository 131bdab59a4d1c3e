import type { FileMessages } from '../types';

// The German in Einfacher Sprache (plain German: short sentences, common words,
// one statement per sentence, no passive where avoidable, no abbreviations,
// explain a hard word once) texts of a round at the meeting: starting it,
// taking part, collecting the answers, the spread and the big-screen view
// (part of the on-demand catalog, as deEinfachFiles.round).

const answers = (n: number) => (n === 1 ? '1 Antwort' : `${n} Antworten`);
const statements = (n: number) => (n === 1 ? '1 Aussage' : `${n} Aussagen`);
/** "ist 1 Antwort" or "sind 3 Antworten": the verb agrees with the count. */
const isAnswers = (n: number) => `${n === 1 ? 'ist' : 'sind'} ${answers(n)}`;

export const deEinfachRound: FileMessages['round'] = {
  answers,
  start: {
    heading: 'Runde: Jede*r stimmt selbst ab',
    intro:
      'In einer Runde gibt jede*r auf dem eigenen Handy die Ampeln. Alle machen das still für sich. Danach seht ihr, wo ihr verschiedener Meinung seid. Dann einigt ihr euch gemeinsam auf eine Ampel.',
    privacy:
      'Die App zählt nur, wie oft ihr jede Ampel gewählt habt. Sie weiß nie, wer was gewählt hat. Alles geht ohne Internet von Handy zu Handy.',
    areas: 'Welche Bereiche kommen in die Runde?',
    areaOption: (label: string, n: number) => `${label} (${statements(n)})`,
    start: 'Runde starten',
    noneChosen: 'Wählt mindestens einen Bereich.',
    finished:
      'Diese Einschätzung ist abgeschlossen. Eine Runde könnt ihr nur zu einer Einschätzung starten, die noch offen ist.',
    started: 'Die Runde läuft. Zeigt den anderen den Code zum Mitmachen.',
  },
  open: {
    heading: 'Runde',
    running: (n: number) =>
      n === 0
        ? 'Die Runde läuft. Es ist noch keine Antwort da.'
        : `Die Runde läuft. Es ${isAnswers(n)} da.`,
    statements: (n: number) => `${statements(n)} in dieser Runde`,
    joinHeading: 'Mitmachen',
    joinHow:
      'Öffnet auf eurem Handy den Ampelbogen. Tippt auf „Bei einer Runde mitmachen“. Scannt dann diesen Code.',
    joinQr: 'QR-Code zum Mitmachen',
    joinTyped: 'Keine Kamera? Dann tippt diesen Code ein:',
    collectHeading: 'Antworten einsammeln',
    collectHow:
      'Wer fertig ist, zeigt den QR-Code auf dem eigenen Handy. Scannt ihn hier. Scannt ihr eine Person zweimal, zählt sie trotzdem nur einmal.',
    typedLabel: 'Code mit Antworten eintippen',
    typedHint: 'Große und kleine Buchstaben sind egal. Leerzeichen und Bindestriche auch.',
    count: 'Zählen',
    typedEmpty: 'Tippt zuerst einen Code ein.',
    fileLabel: 'Code als Datei wählen',
    fileHint: 'Hat jemand den Code als Datei geschickt? Dann wählt hier die Datei.',
    counted: (n: number) => `Gezählt. Jetzt ${isAnswers(n)} da.`,
    countedAgain: (n: number) =>
      `Diese Person war schon gezählt. Ihre neuen Ampeln ersetzen die alten. Es bleibt bei ${answers(n)}.`,
    passPhone: 'Handy weitergeben',
    passPhoneHint: 'Nur ein Handy? Dann gibt jede*r nacheinander auf diesem Handy die Ampeln.',
    toSpread: 'Ergebnis ansehen und einigen',
    bigScreen: 'Große Ansicht für Beamer oder Fernseher',
    end: 'Runde beenden',
    endTitle: 'Runde beenden?',
    endBody:
      'Danach kann die App keine Antworten mehr zählen. Die App löscht die einzelnen Antworten. Bei der Einschätzung bleibt nur, wie oft ihr jede Ampel gewählt habt.',
    ended: 'Die Runde ist beendet. Die Zählung bleibt bei der Einschätzung.',
    toSummary: 'Zur Übersicht',
    noRound: 'Zu dieser Einschätzung läuft gerade keine Runde.',
    toRound: 'Zur Runde',
  },
  problem: {
    joinCodeHere:
      'Das ist der Code zum Mitmachen. Scannt hier die Codes mit den Antworten der anderen.',
    answerCodeHere:
      'Das ist ein Code mit Antworten. Zum Mitmachen scannt ihr den Code auf dem Handy, das die Runde gestartet hat.',
    otherRound: 'Dieser Code gehört zu einer anderen Runde. Die App hat ihn nicht gezählt.',
    noRound: 'Die Runde ist schon beendet. Die App hat den Code nicht gezählt.',
    editionMissing: (id: string, version: number) =>
      `Die Runde nutzt die Ausgabe „${id}“ in Version ${version}. Diese Ausgabe fehlt auf diesem Handy. Aktualisiert die App. Oder ladet die Datei von dieser Ausgabe: unter „Einstellungen“ bei „Ausgaben vom Ampelbogen“. Die Datei bekommt ihr beim Integrationsbüro.`,
    editionDiffers: (id: string, version: number) =>
      `Die Ausgabe „${id}“ in Version ${version} hat auf diesem Handy andere Aussagen als auf dem Handy der Runde. Ladet dieselbe Datei wie dort.`,
    scanned: 'Dieser QR-Code gehört nicht zum Ampelbogen.',
  },
  code: {
    notRound: 'Das ist kein Code für eine Runde vom Ampelbogen.',
    badCharacters: (found: string) =>
      `Diese Zeichen gibt es in einem Code nicht: ${found}. Prüft, was ihr eingetippt habt.`,
    badCheck:
      'Ein Zeichen im Code stimmt nicht. Prüft, was ihr eingetippt habt. Oder scannt den Code noch einmal.',
    damaged:
      'Der Code ist nicht vollständig oder kaputt. Bitte scannt ihn noch einmal oder tippt ihn noch einmal ein.',
    unknownKind: 'Diese Art von Code kennt die App nicht.',
    newerApp:
      'Der Code kommt aus einer neueren Version der App. Aktualisiert die App auf diesem Handy. Versucht es dann noch einmal.',
  },
  join: {
    heading: 'Bei einer Runde mitmachen',
    intro:
      'Scannt den QR-Code auf dem Handy, das die Runde gestartet hat. Eure Ampeln bleiben geheim. Das andere Handy zählt nur, wie oft jede Ampel vorkommt.',
    typedLabel: 'Code zum Mitmachen eintippen',
    go: 'Mitmachen',
    rateHeading: 'Eure Ampeln',
    rateIntro:
      'Gebt jeder Aussage eine Ampel. Macht das still für euch. In der Runde gibt es keine Notizen. Sprecht lieber darüber, wenn ihr das Ergebnis gemeinsam anseht.',
    progress: (done: number, total: number) => `${done} von ${statements(total)} bewertet`,
    showCode: 'Fertig: Code zeigen',
    openLeft: (n: number) =>
      `${statements(n)} ${n === 1 ? 'hat' : 'haben'} noch keine Ampel. Das zählt als „keine Angabe“.`,
    codeHeading: 'Zeigt diesen Code',
    codeHow:
      'Das Handy der Runde scannt den Code. Klappt das nicht? Dann lest den Code zum Eintippen vor. Oder teilt ihn als Datei.',
    answerQr: 'QR-Code mit euren Ampeln',
    typed: 'Code zum Eintippen:',
    shareFile: 'Als Datei teilen',
    shared: 'Ihr habt die Datei weitergegeben.',
    saved: 'Die Datei ist gespeichert. Schickt sie an das Handy der Runde.',
    shareFailed:
      'Die App konnte die Datei nicht weitergeben. Zeigt den QR-Code. Oder lest den Code vor.',
    change: 'Ampeln ändern',
    done: 'Fertig: Runde verlassen',
    cancel: 'Abbrechen',
    keepsNothing: 'Dieses Handy speichert nichts von der Runde.',
  },
  pass: {
    heading: 'Handy weitergeben',
    intro:
      'Jede*r gibt still für sich die Ampeln. Danach verdeckt die App die Ampeln. Erst dann geht das Handy weiter.',
    person: (n: number) => `Person ${n}`,
    done: 'Fertig: verdecken und weitergeben',
    covered: (n: number) =>
      `Gezählt. Jetzt ${isAnswers(n)} da. Die Ampeln sind verdeckt. Gebt das Handy an die nächste Person.`,
    next: 'Nächste Person beginnt',
    finish: 'Alle sind fertig: zum Ergebnis',
  },
  spread: {
    heading: 'Ergebnis der Runde',
    none: 'Die App hat noch keine Antwort gezählt. Sammelt zuerst die Codes ein.',
    disputed: 'Hier seid ihr verschiedener Meinung',
    disputedIntro:
      'Sprecht zuerst über diese Aussagen. Tippt dann auf die Ampel, auf die ihr euch einigt. Die App speichert sie sofort.',
    unanimous: 'Hier seid ihr euch einig',
    unanimousIntro: 'Alle, die geantwortet haben, haben dieselbe Ampel gewählt.',
    takeUnanimous: (n: number) =>
      n === 1 ? 'Diese Ampel übernehmen' : `Alle ${n} Ampeln übernehmen`,
    tookUnanimous: (n: number) => (n === 1 ? '1 Ampel übernommen.' : `${n} Ampeln übernommen.`),
    empty: (n: number) => `Ohne Antwort in der Runde (${statements(n)})`,
    of: (n: number) => (n === 1 ? 'So hat 1 Person gewählt' : `So haben ${n} Personen gewählt`),
    count: (word: string, n: number) => `${word}: ${n}`,
    agreed: 'Eure gemeinsame Ampel',
    saved: 'Gespeichert.',
    toRound: 'Zurück zur Runde',
    toBigScreen: 'Große Ansicht',
  },
  big: {
    heading: 'Große Ansicht',
    position: (i: number, n: number) => `Aussage ${i} von ${n}`,
    keys: 'Weiter: Pfeil nach rechts (→) oder Taste „Bild ↓“. Zurück: Pfeil nach links (←) oder Taste „Bild ↑“.',
    previous: 'Zurück',
    next: 'Weiter',
    agreedNone: 'Noch keine gemeinsame Ampel',
    agreed: (word: string) => `Gemeinsame Ampel: ${word}`,
    exit: 'Große Ansicht schließen',
  },
};
