import type { Messages } from '../types';

// The German in Einfacher Sprache (plain German: short sentences, common words,
// one statement per sentence, no passive where avoidable, no abbreviations,
// explain a hard word once) texts of the first screens: clubs, assessments,
// progress. Same shape as the German reference in ../de/core.ts.

export const deEinfach: Messages = {
  language: {
    heading: 'Sprache',
    intro: 'In welcher Sprache soll die App mit euch sprechen? Ihr wählt das für dieses Gerät.',
    choose: 'Sprache wählen',
    current: (name: string) => `Sprache: ${name}`,
    change: 'Sprache ändern',
    saved: 'Die App spricht jetzt Einfache Sprache.',
    notSaved:
      'Die App spricht jetzt diese Sprache. Aber das Gerät kann sich die Wahl nicht merken.',
    failed: 'Die App konnte diese Sprache nicht laden. Versucht es noch einmal.',
    editionFallback: (title: string, language: string) =>
      `Die Aussagen von „${title}“ gibt es nicht in ${language}. Darum seht ihr sie in normalem Deutsch.`,
  },
  app: {
    name: 'Ampelbogen',
    title: 'Ampelbogen Neu-Isenburg',
    skipToContent: 'Direkt zum Inhalt',
    nav: 'Hauptmenü',
    clubs: 'Vereine',
    settings: 'Einstellungen',
    back: 'Zurück',
    loading: 'Die App lädt …',
    upgrading: 'Es gibt eine neue Version. Die App passt jetzt eure Daten an …',
    loadFailed: 'Die App kann diesen Teil gerade nicht laden. Bitte ladet die Seite neu.',
    notFound: 'Diese Seite gibt es nicht oder nicht mehr.',
    toStart: 'Zur Startseite',
  },
  clubs: {
    heading: 'Eure Vereine und Gruppen',
    intro:
      'Mit dem Ampelbogen der Stadt Neu-Isenburg schaut ihr bei einem Treffen gemeinsam: Wie offen ist euer Verein oder eure Gruppe für alle Menschen? Ihr braucht dafür kein Konto. Alles bleibt auf diesem Gerät. Ihr entscheidet, ob ihr etwas weitergebt.',
    empty: 'Ihr habt noch keinen Verein angelegt. So geht es:',
    firstRun: [
      'Legt euren Verein oder eure Gruppe an.',
      'Trefft euch. Gebt dann gemeinsam jeder Aussage eine Ampel: grün, gelb oder rot. Das dauert etwa 20 bis 30 Minuten.',
      'Seht, wo ihr steht. Plant die nächsten Schritte. Wenn ihr wollt, schickt ihr das Ergebnis an das Integrationsbüro der Stadt. Das geht als PDF oder als anonyme Datei. Anonym heißt: ohne euren Namen.',
    ],
    add: 'Verein anlegen',
    join: 'Bei einer Runde mitmachen',
    joinHint:
      'In einer Runde gibt jede*r auf dem eigenen Handy die Ampeln. Hat jemand bei eurem Treffen eine Runde gestartet? Dann macht hier mit.',
    newHeading: 'Neuer Verein',
    editHeading: 'Verein ändern',
    name: 'Name (Verein oder Gruppe)',
    category: 'Art des Vereins',
    sizeBand: 'Wie viele Mitglieder?',
    description: 'Beschreibung (wenn ihr wollt)',
    descriptionHint: 'Nur für euch. Die App schickt sie nie an das Integrationsbüro.',
    save: 'Speichern',
    cancel: 'Abbrechen',
    edit: 'Ändern',
    delete: 'Löschen',
    created: 'Der Verein ist angelegt.',
    updated: 'Die Änderungen sind gespeichert.',
    deleted: (name: string) => `„${name}“ ist gelöscht.`,
    confirmDeleteTitle: (name: string) => `„${name}“ löschen?`,
    confirmDeleteBody: (count: number) =>
      count === 0
        ? 'Der Verein hat noch keine Einschätzung. Das Löschen könnt ihr nicht rückgängig machen.'
        : `Die App löscht auch ${count === 1 ? 'die Einschätzung' : `alle ${count} Einschätzungen`} von diesem Verein. Das könnt ihr nicht rückgängig machen.`,
    confirmDelete: 'Für immer löschen',
    assessmentCount: (n: number) => (n === 1 ? '1 Einschätzung' : `${n} Einschätzungen`),
    errors: {
      name: {
        required: 'Bitte gebt einen Namen ein.',
        'too-long': 'Der Name ist zu lang. Er darf höchstens 100 Zeichen haben.',
        invalid: 'Bitte prüft den Namen.',
      },
      category: { required: '', 'too-long': '', invalid: 'Bitte wählt eine Art aus der Liste.' },
      sizeBand: { required: '', 'too-long': '', invalid: 'Bitte wählt eine Größe aus der Liste.' },
      description: {
        required: '',
        'too-long': 'Die Beschreibung ist zu lang. Sie darf höchstens 500 Zeichen haben.',
        invalid: '',
      },
      summary: 'Bitte prüft die markierten Felder. Die App hat noch nichts gespeichert.',
    },
    categories: {
      sport: 'Sport',
      kultur: 'Kultur, Musik, Tradition',
      religion: 'Kirche oder andere Religion',
      soziales: 'Hilfe und Soziales',
      bildung: 'Lernen, Eltern, Kinder und Jugendliche',
      migrantenorganisation: 'Verein von Migrant*innen',
      nachbarschaft: 'Nachbarschaft und Initiative',
      sonstiges: 'Etwas anderes',
      'keine-angabe': 'keine Angabe',
    },
    sizeBands: {
      'bis-20': 'bis 20',
      '21-100': '21 bis 100',
      '101-500': '101 bis 500',
      'ueber-500': 'mehr als 500',
      'keine-angabe': 'keine Angabe',
    },
  },
  club: {
    assessments: 'Einschätzungen',
    noAssessments:
      'Es gibt noch keine Einschätzung. Startet eine beim nächsten Treffen. Ihr geht dann die Bereiche durch. Jede Aussage bekommt eine Ampel.',
    start: 'Neue Einschätzung',
    draft: 'Noch nicht fertig',
    done: 'Abgeschlossen',
    resume: 'Weiter ausfüllen',
    open: 'Ansehen',
    answered: (a: number, t: number) => `${a} von ${t} beantwortet`,
  },
  start: {
    heading: 'Neue Einschätzung',
    date: 'Datum vom Treffen',
    dateHint: 'Meistens ist das heute.',
    fromLast: 'Mit den Antworten vom letzten Mal beginnen',
    fromLastHint: (date: string) =>
      `Ihr fangt mit den Ampeln vom ${date} an. Jede dieser Ampeln hat dann die Markierung „vom letzten Mal“. Die Markierung bleibt, bis ihr die Ampel bestätigt oder ändert. Notizen und Schritte kommen nicht mit.`,
    begin: 'Los geht’s',
    errors: {
      required: 'Bitte gebt ein Datum ein.',
      invalid:
        'Das ist kein richtiges Datum. Bitte gebt Tag, Monat und Jahr ein, zum Beispiel 05.03.2026.',
    },
    edition: (title: string, version: number) => `Ampelbogen: ${title}, Version ${version}`,
  },
  assessment: {
    progress: (a: number, t: number) => `${a} von ${t} beantwortet`,
    // The bar's short form; with progressRest it reads as progress().
    progressShort: (a: number, t: number) => `${a} von ${t}`,
    progressRest: ' beantwortet',
    areaOf: (n: number, t: number) => `Bereich ${n} von ${t}`,
    previousArea: (title: string) => `Zurück: ${title}`,
    nextArea: (title: string) => `Weiter: ${title}`,
    toSummary: 'Übersicht',
    nextOpen: 'Nächste offene Aussage',
    allAnswered: 'Alles beantwortet: zur Übersicht',
    lightKey: 'Was die Ampeln bedeuten',
    lightKeyTerm: (label: string) => `${label}:`,
    carriedIntro: (date: string) =>
      `Ihr habt mit den Ampeln vom ${date} begonnen. Jede dieser Ampeln hat die Markierung „vom letzten Mal“. Zum Bestätigen tippt ihr dieselbe Ampel noch einmal an. Zum Ändern tippt ihr eine andere Ampel an.`,
    carriedMark: (date: string) => `vom letzten Mal (${date}), noch nicht bestätigt`,
    lightGroup: (text: string) => `Ampel für: ${text}`,
    note: 'Notiz',
    nextStep: 'Nächster Schritt',
    stepText: 'Was ist zu tun?',
    stepWho: 'Wer kümmert sich?',
    stepDue: 'Bis wann?',
    openSteps: 'Offene Schritte von früheren Treffen',
    stepDone: 'erledigt',
    stepFrom: (date: string) => `vom Treffen am ${date}`,
    nextStepHint:
      'Schreibt einen genauen Schritt auf. Er steht dann in der Liste eurer Schritte. Beim nächsten Treffen seht ihr ihn wieder.',
    addDetails: 'Notiz oder nächsten Schritt dazuschreiben',
    concerns: (groups: readonly string[]) => `Es geht um: ${groups.join(', ')}`,
    saving: 'Die App speichert …',
    saved: 'gespeichert',
    // The number makes each announcement new, so screen readers read every save.
    savedAnnouncement: (n: number, a: number, t: number) =>
      `Eingabe ${n} gespeichert. ${a} von ${t} beantwortet.`,
    lightOfArea: 'Ampel für den Bereich:',
    areaNav: 'Bereiche',
    notFound: 'Diese Einschätzung gibt es nicht mehr.',
    editionMissing:
      'Zu dieser Einschätzung gehört eine bestimmte Ausgabe vom Ampelbogen. Diese Ausgabe fehlt auf diesem Gerät.',
  },
  summary: {
    heading: 'Übersicht',
    intro:
      'So steht euer Verein in jedem Bereich. Die Ampel für einen Bereich kommt aus den Antworten in diesem Bereich. Antworten mit „trifft nicht zu“ zählen dabei nicht mit.',
    finish: 'Einschätzung abschließen',
    finished: 'Die Einschätzung ist abgeschlossen.',
    reopen: 'Wieder ändern',
    unanswered: (n: number) =>
      n === 1 ? '1 Aussage ist noch offen.' : `${n} Aussagen sind noch offen.`,
    noLight: 'keine Ampel',
    noLightHint: 'In diesem Bereich hat noch keine Aussage eine Ampel.',
    counts: 'Anzahl',
    backToClub: 'Zum Verein',
    round: 'Jede*r stimmt selbst ab',
    roundHint:
      'In einer Runde gibt jede*r auf dem eigenen Handy die Ampeln, still für sich. Danach seht ihr, wo ihr verschiedener Meinung seid. Dann einigt ihr euch.',
    roundStart: 'Runde starten',
    roundResult: 'Ergebnis der Runde',
    editArea: (title: string) => `${title} ändern`,
    areas: 'Bereiche',
    areaDone: 'Fertig',
    areaNotStarted: 'Noch nicht angefangen',
    areaProgress: (done: number, total: number, unconfirmed: number) =>
      unconfirmed > 0
        ? `${done} von ${total} beantwortet, ${unconfirmed} vom letzten Mal noch nicht bestätigt`
        : `${done} von ${total} beantwortet`,
    stillOpen: (unanswered: number, unconfirmed: number) =>
      [
        unanswered === 1
          ? '1 Aussage ist noch offen.'
          : unanswered > 1
            ? `${unanswered} Aussagen sind noch offen.`
            : '',
        unconfirmed === 1
          ? '1 Ampel vom letzten Mal ist noch nicht bestätigt.'
          : unconfirmed > 1
            ? `${unconfirmed} Ampeln vom letzten Mal sind noch nicht bestätigt.`
            : '',
      ]
        .filter(Boolean)
        .join(' '),
    toFirstOpen: 'Zur ersten offenen Aussage',
    askTitle: 'Noch nicht alles beantwortet',
    finishAnyway: 'Trotzdem abschließen',
    notConfirmed: 'vom letzten Mal, nicht bestätigt',
    carried: (date: string, given: number, unconfirmed: number) =>
      `Ihr habt mit den Ampeln vom ${date} begonnen. ${given} ${given === 1 ? 'Ampel habt' : 'Ampeln habt'} ihr heute gegeben oder bestätigt. ${unconfirmed} ${unconfirmed === 1 ? 'Ampel ist' : 'Ampeln sind'} noch vom letzten Mal.`,
  },
  ideas: {
    heading: 'Ideen für den nächsten Schritt',
    intro:
      'Hier sind Ideen für einen ersten Schritt bei den Aussagen mit roter oder gelber Ampel. Tippt auf eine Idee: Dann ist sie euer nächster Schritt. Tragt gleich hier ein, wer sich kümmert und bis wann.',
    introFinished:
      'Hier sind Ideen für einen ersten Schritt bei den Aussagen mit roter oder gelber Ampel. Ihr wollt eine Idee nehmen? Dann tippt zuerst auf „Wieder ändern“.',
    take: 'Als nächsten Schritt nehmen',
    taken: 'Das ist jetzt euer nächster Schritt. Er steht in der Liste eurer Schritte.',
    step: 'Euer nächster Schritt:',
    none: 'Für diese Aussage hat der Ampelbogen keine Idee. Schreibt euren eigenen Schritt zu der Aussage.',
  },
  ratings: {
    green: 'grün',
    yellow: 'gelb',
    red: 'rot',
    na: 'trifft nicht zu',
    unanswered: 'offen',
  },
  progress: {
    spread: (counts: string) => `Runde: ${counts}`,
    spreadCount: (word: string, n: number) => `${n}-mal ${word}`,
    heading: 'Fortschritt',
    open: 'Fortschritt ansehen',
    intro:
      'Hier seht ihr, wie sich euer Verein von Treffen zu Treffen verändert hat. Die App zählt dafür nur abgeschlossene Einschätzungen.',
    none: 'Es gibt noch keine abgeschlossene Einschätzung. Schließt eine Einschätzung ab. Dann seht ihr hier, wo ihr steht.',
    onlyOne:
      'Bisher gibt es eine abgeschlossene Einschätzung. Wie ihr euch verändert, seht ihr ab der zweiten Einschätzung. Hier seht ihr euren Stand.',
    overviewHeading: 'Überblick',
    overviewHint:
      'Jede Zeile ist ein Bereich. Jede Spalte ist ein Treffen. Auf dem Handy könnt ihr zur Seite wischen.',
    overviewRegion: 'Überblick: Bereiche bei jedem Treffen',
    area: 'Bereich',
    threshold: (light: string, value: string) => `${light} ab ${value}`,
    areasHeading: 'Die Bereiche im Verlauf',
    chartTitle: (area: string) => `Verlauf: ${area}`,
    chartDesc: (points: string) =>
      `Der Wert vom Bereich bei jedem Treffen, von 0 % (rot) bis 100 % (grün): ${points}.`,
    chartPoint: (date: string, value: string) => `${date}: ${value}`,
    notAsked: 'nicht gefragt',
    noValue: 'kein Wert',
    table: (area: string) => `Zahlen: ${area}`,
    date: 'Datum',
    value: 'Wert',
    light: 'Ampel',
    criteriaHeading: 'Die Aussagen im Verlauf',
    criteriaHint:
      'Jede Zeile zeigt die Ampeln von einer Aussage, von Treffen zu Treffen. Auf dem Handy wischt ihr zur Seite.',
    criterion: 'Aussage',
    numbersToggle: 'Zahlen als Tabelle',
    showingRecent: (n: number, all: number) =>
      `Die Tabellen zeigen die letzten ${n} von ${all} Treffen.`,
    showingAll: (all: number) => `Die Tabellen zeigen alle ${all} Treffen.`,
    showAll: (all: number) => `Alle ${all} zeigen`,
    showRecent: (n: number) => `Nur die letzten ${n} zeigen`,
    rowsRegion: (area: string) => `Aussagen im Verlauf: ${area}`,
    compareHeading: 'Zwei Einschätzungen vergleichen',
    earlier: 'Frühere Einschätzung',
    later: 'Spätere Einschätzung',
    changes: {
      better: 'besser',
      worse: 'schlechter',
      same: 'gleich',
      first: 'zum ersten Mal beantwortet',
      'not-comparable': 'nicht vergleichbar',
    },
    changeLine: (before: string, after: string) => `vorher ${before}, jetzt ${after}`,
    unchangedInArea: (n: number) =>
      n === 1 ? '1 Aussage ist gleich geblieben' : `${n} Aussagen sind gleich geblieben`,
    noChangesInArea: 'In diesem Bereich hat sich nichts verändert.',
    sameAssessment: 'Bitte wählt zwei verschiedene Einschätzungen.',
  },
  measures: {
    heading: 'Nächste Schritte',
    intro: 'Das habt ihr euch in den Einschätzungen vorgenommen. Offene Schritte stehen oben.',
    empty:
      'Es gibt noch keine Schritte. Beim Ausfüllen könnt ihr zu jeder Aussage einen nächsten Schritt aufschreiben.',
    done: 'erledigt',
    overdue: 'Termin vorbei',
    who: (who: string) => `Wer: ${who}`,
    due: (date: string) => `bis ${date}`,
    openCount: (n: number) => (n === 1 ? '1 offener Schritt' : `${n} offene Schritte`),
    /** Where a step came from: the meeting (a formatted date) and the statement, each if known. */
    source: (meeting: string | null, statement: string | null) =>
      [meeting && `Aus der Einschätzung vom ${meeting}`, statement && `zu „${statement}“`]
        .filter(Boolean)
        .join(' ')
        .replace(/^zu/, 'Zu'),
  },
  storage: {
    quota:
      'Der Speicher vom Gerät ist voll. Eure letzte Eingabe ist noch nicht gespeichert. Sie steht aber noch auf dem Bildschirm. Speichert jetzt eine Sicherung. Macht dann Platz frei, zum Beispiel: Löscht Fotos oder Videos. Versucht es danach noch einmal.',
    blocked:
      'Die App ist noch in einem anderen Tab oder Fenster offen, mit einer älteren Version. Bitte schließt die anderen Tabs. Ladet dann diese Seite neu.',
    versionChange:
      'In einem anderen Tab läuft jetzt eine neuere Version der App. Alles, wo hier „gespeichert“ steht, ist gespeichert. Neue Eingaben in diesem Tab speichert die App aber nicht mehr. Bitte ladet diese Seite neu.',
    closed:
      'Die App kann den Speicher vom Browser gerade nicht öffnen. Oft ist der Speicher vom Gerät voll. Eure letzte Eingabe ist noch nicht gespeichert. Sie steht aber noch auf dem Bildschirm. Speichert eine Sicherung und macht Platz frei. Versucht es dann noch einmal.',
    databaseLost:
      'Der Browser hat die Daten von dieser App gelöscht. Das kann passieren, wenn der Speicher voll war. Was noch auf dem Bildschirm steht, könnt ihr jetzt als Sicherung speichern. Habt ihr eine frühere Sicherung? Dann ladet sie unter „Einstellungen“.',
    unavailable:
      'Die App kann den Speicher vom Browser nicht benutzen. Das ist zum Beispiel im privaten Modus so. Die App kann darum keine Eingaben speichern.',
    writeFailed:
      'Das Speichern hat nicht geklappt. Eure Eingabe steht noch da, aber sie ist nicht gespeichert. Speichert am besten eine Sicherung. Versucht es dann noch einmal.',
    editionMissing:
      'Diese Ausgabe vom Ampelbogen gibt es auf dem Gerät nicht mehr. Vielleicht hat jemand sie in einem anderen Tab gelöscht. Die App hat nichts gespeichert. Bitte öffnet „Neue Einschätzung“ noch einmal.',
    lowSpace:
      'Auf diesem Gerät ist nur noch wenig Speicher frei. Damit nichts verloren geht: Speichert bald eine Sicherung. Und macht Platz frei.',
    rescueHeading: 'Eingaben jetzt sichern',
    rescueIntro:
      'Speichert jetzt eine Sicherung. Eine Sicherung ist eine Datei mit allem, was auf diesem Gerät gespeichert ist. Dazu kommt alles, was noch auf dem Bildschirm steht. Mit der Sicherung könnt ihr alles zurückholen. Das geht auch, wenn der Browser seine Daten verliert.',
    rescueAction: 'Sicherung speichern',
    rescueBusy: 'Die App erstellt die Sicherung …',
    rescueDone: (fileName: string) =>
      `Die Sicherung „${fileName}“ ist gespeichert. Hebt sie auf, bis wieder alles gespeichert ist.`,
    rescueFailed:
      'Die App konnte keine Sicherung erstellen. Bitte schreibt euch die Eingaben vom Bildschirm auf.',
    toBackup: 'Zur Sicherung',
    retry: 'Noch einmal versuchen',
    dismiss: 'Schließen',
  },
  update: {
    available: 'Es gibt eine neue Version der App.',
    apply: 'Jetzt aktualisieren',
    later: 'Später',
    offlineReady: 'Die App geht jetzt auch ohne Internet.',
  },
  move: {
    heading: 'Neue Ausgabe vom Ampelbogen',
    intro: (title: string, version: number, current: number) =>
      `Diese Einschätzung ist noch nicht fertig. Sie nutzt Version ${current}. Es gibt jetzt „${title}“ in Version ${version}. Ihr könnt die Einschätzung in ihrer Version abschließen. Oder ihr wechselt mit ihr zur neuen Version.`,
    carried: (n: number) => (n === 1 ? '1 Antwort kommt mit.' : `${n} Antworten kommen mit.`),
    dropped: 'Diese Antworten gibt es in der neuen Version nicht. Sie kommen nicht mit:',
    noneDropped: 'Alle Antworten kommen mit.',
    action: (version: number) => `Zu Version ${version} wechseln`,
    confirmTitle: (version: number) => `Zu Version ${version} wechseln?`,
    detached:
      'Diese nächsten Schritte bleiben in eurer Liste. In der neuen Version gehören sie aber zu keiner Aussage mehr:',
    confirmBody: (answers: number, steps: number) =>
      [
        answers === 0
          ? ''
          : answers === 1
            ? '1 Antwort kommt nicht mit. Die App nimmt sie aus der Einschätzung heraus.'
            : `${answers} Antworten kommen nicht mit. Die App nimmt sie aus der Einschätzung heraus.`,
        steps === 0
          ? 'Eure nächsten Schritte bleiben in eurer Liste.'
          : steps === 1
            ? '1 nächster Schritt bleibt in eurer Liste. Er gehört aber zu keiner Aussage mehr.'
            : `${steps} nächste Schritte bleiben in eurer Liste. Sie gehören aber zu keiner Aussage mehr.`,
      ]
        .filter(Boolean)
        .join(' '),
    done: (version: number) => `Die Einschätzung nutzt jetzt Version ${version}.`,
  },
  // Entry points to parts that load on demand; their texts are in files.ts.
  entry: {
    share: 'Weitergeben',
    office: 'Auswertung (Integrationsbüro)',
    officeShort: 'Auswertung',
    officeHeading: 'Für das Integrationsbüro',
    officeIntro:
      'Hier öffnet das Integrationsbüro viele anonyme Dateien zusammen. So sieht es, wie die Ampeln in der ganzen Stadt stehen. Vereine brauchen diesen Teil nicht.',
    backupDue:
      'Seit der letzten Sicherung gibt es neue Einträge. Erstellt bald eine neue Sicherung.',
    backupDueNever: 'Eure Einträge sind noch nicht gesichert. Erstellt bald eine Sicherung.',
    backupDueLink: 'Zur Sicherung',
  },
};
