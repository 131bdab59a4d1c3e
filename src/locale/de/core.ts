import type { ClubCategory, SizeBand } from '../../domain/entities';
import type { RatingId } from '../../domain/edition-schema';

// The German texts of the first screens: clubs, assessments, progress. The
// texts of the parts that load on demand (files, settings, the Integrationsbüro
// view) are in files.ts, so the first screen does not carry them. Another
// language follows by adding sibling modules with the same shapes.

export const de = {
  language: {
    heading: 'Sprache',
    intro: 'In welcher Sprache soll die App mit euch sprechen? Die Wahl gilt auf diesem Gerät.',
    choose: 'Sprache wählen',
    current: (name: string) => `Sprache: ${name}`,
    change: 'Sprache ändern',
    saved: 'Die App spricht jetzt Deutsch.',
    notSaved: 'Die Sprache gilt jetzt, aber dieses Gerät kann sie sich nicht merken.',
    failed: 'Diese Sprache ließ sich nicht laden. Versucht es noch einmal.',
    editionFallback: (title: string, language: string) =>
      `Die Aussagen von „${title}“ gibt es nicht auf ${language}. Ihr seht sie deshalb auf Deutsch.`,
  },
  app: {
    name: 'Ampelbogen',
    title: 'Ampelbogen Neu-Isenburg',
    skipToContent: 'Zum Inhalt springen',
    nav: 'Hauptnavigation',
    clubs: 'Vereine',
    settings: 'Einstellungen',
    back: 'Zurück',
    loading: 'Wird geladen …',
    upgrading: 'Eure Daten werden für die neue Version umgestellt …',
    loadFailed: 'Dieser Teil der App konnte nicht geladen werden. Bitte ladet die Seite neu.',
    notFound: 'Diese Seite gibt es nicht (mehr).',
    toStart: 'Zur Startseite',
  },
  clubs: {
    heading: 'Eure Vereine und Gruppen',
    intro:
      'Mit dem Ampelbogen der Stadt Neu-Isenburg schätzt ihr bei einem Treffen gemeinsam ein, wie offen euer Verein oder eure Gruppe für alle ist. Ohne Konto: Alles bleibt auf diesem Gerät, bis ihr es selbst weitergebt.',
    empty: 'Noch kein Verein angelegt. So geht es:',
    firstRun: [
      'Legt euren Verein oder eure Gruppe an.',
      'Schätzt bei einem Treffen gemeinsam jede Aussage mit der Ampel ein. Das dauert etwa 20 bis 30 Minuten.',
      'Seht, wo ihr steht, und plant nächste Schritte. Wenn ihr wollt, gebt ihr das Ergebnis als PDF oder anonym an das Integrationsbüro weiter.',
    ],
    add: 'Verein anlegen',
    join: 'An einer Runde teilnehmen',
    joinHint: 'Jemand hat bei eurem Treffen eine Runde gestartet? Macht mit eurem Handy mit.',
    newHeading: 'Neuer Verein',
    editHeading: 'Verein bearbeiten',
    name: 'Name des Vereins oder der Gruppe',
    category: 'Art',
    sizeBand: 'Größe (Mitglieder)',
    description: 'Beschreibung (freiwillig)',
    descriptionHint: 'Nur für euch. Wird nie an das Integrationsbüro gesendet.',
    save: 'Speichern',
    cancel: 'Abbrechen',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    created: 'Verein angelegt.',
    updated: 'Änderungen gespeichert.',
    deleted: (name: string) => `„${name}“ wurde gelöscht.`,
    confirmDeleteTitle: (name: string) => `„${name}“ löschen?`,
    confirmDeleteBody: (count: number) =>
      count === 0
        ? 'Der Verein hat noch keine Einschätzung. Das Löschen kann nicht rückgängig gemacht werden.'
        : `Mit dem Verein ${count === 1 ? 'wird 1 Einschätzung' : `werden ${count} Einschätzungen`} gelöscht. Das kann nicht rückgängig gemacht werden.`,
    confirmDelete: 'Endgültig löschen',
    assessmentCount: (n: number) => (n === 1 ? '1 Einschätzung' : `${n} Einschätzungen`),
    errors: {
      name: {
        required: 'Bitte gebt einen Namen ein.',
        'too-long': 'Der Name ist zu lang (höchstens 100 Zeichen).',
        invalid: 'Bitte prüft den Namen.',
      },
      category: { required: '', 'too-long': '', invalid: 'Bitte wählt eine Art aus der Liste.' },
      sizeBand: { required: '', 'too-long': '', invalid: 'Bitte wählt eine Größe aus der Liste.' },
      description: {
        required: '',
        'too-long': 'Die Beschreibung ist zu lang (höchstens 500 Zeichen).',
        invalid: '',
      },
      summary: 'Bitte prüft die markierten Felder. Es wurde nichts gespeichert.',
    },
    categories: {
      sport: 'Sport',
      kultur: 'Kultur, Musik, Brauchtum',
      religion: 'Kirche oder Religionsgemeinschaft',
      soziales: 'Soziales und Hilfe',
      bildung: 'Bildung, Eltern, Kinder und Jugend',
      migrantenorganisation: 'Migrant*innenorganisation',
      nachbarschaft: 'Nachbarschaft und Initiative',
      sonstiges: 'Sonstiges',
      'keine-angabe': 'keine Angabe',
    } satisfies Record<ClubCategory, string>,
    sizeBands: {
      'bis-20': 'bis 20',
      '21-100': '21 bis 100',
      '101-500': '101 bis 500',
      'ueber-500': 'über 500',
      'keine-angabe': 'keine Angabe',
    } satisfies Record<SizeBand, string>,
  },
  club: {
    assessments: 'Einschätzungen',
    noAssessments:
      'Noch keine Einschätzung. Startet eine beim nächsten Treffen: ihr geht die Bereiche durch und gebt jeder Aussage eine Ampel.',
    start: 'Neue Einschätzung',
    draft: 'Entwurf',
    done: 'Abgeschlossen',
    resume: 'Weiter ausfüllen',
    open: 'Ansehen',
    answered: (a: number, t: number) => `${a} von ${t} beantwortet`,
  },
  start: {
    heading: 'Neue Einschätzung',
    date: 'Datum des Treffens',
    dateHint: 'Meist das Datum von heute.',
    fromLast: 'Mit den Antworten der letzten Einschätzung beginnen',
    fromLastHint: (date: string) =>
      `Übernimmt die Ampeln vom ${date}. Jede bleibt als „vom letzten Mal“ markiert, bis ihr sie bestätigt oder ändert. Notizen und Schritte werden nicht übernommen.`,
    begin: 'Los geht’s',
    errors: {
      required: 'Bitte gebt ein Datum ein.',
      invalid: 'Das ist kein gültiges Datum. Bitte im Format TT.MM.JJJJ wählen.',
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
      `Ihr habt mit den Ampeln vom ${date} begonnen. Jede ist als „vom letzten Mal“ markiert, bis ihr sie bestätigt: dieselbe Ampel antippen bestätigt, eine andere ändert.`,
    carriedMark: (date: string) => `vom letzten Mal (${date}), noch nicht bestätigt`,
    lightGroup: (text: string) => `Ampel für: ${text}`,
    note: 'Notiz',
    nextStep: 'Nächster Schritt',
    stepText: 'Was ist zu tun?',
    stepWho: 'Wer kümmert sich?',
    stepDue: 'Bis wann?',
    openSteps: 'Offene Schritte aus früheren Treffen',
    stepDone: 'erledigt',
    stepFrom: (date: string) => `vom Treffen am ${date}`,
    nextStepHint:
      'Ein konkreter Schritt. Er erscheint in der Liste eurer Schritte und beim nächsten Treffen.',
    addDetails: 'Notiz oder nächsten Schritt ergänzen',
    concerns: (groups: readonly string[]) => `Betrifft: ${groups.join(', ')}`,
    saving: 'Wird gespeichert …',
    saved: 'gespeichert',
    // The number makes each announcement new, so screen readers read every save.
    savedAnnouncement: (n: number, a: number, t: number) =>
      `Eingabe ${n} gespeichert, ${a} von ${t} beantwortet.`,
    lightOfArea: 'Ampel des Bereichs:',
    areaNav: 'Bereiche',
    notFound: 'Diese Einschätzung gibt es nicht mehr.',
    editionMissing: 'Die Ausgabe des Ampelbogens zu dieser Einschätzung fehlt auf diesem Gerät.',
  },
  summary: {
    heading: 'Übersicht',
    intro:
      'So steht euer Verein in jedem Bereich. Die Ampel eines Bereichs ergibt sich aus seinen Antworten; „trifft nicht zu“ zählt nicht mit.',
    finish: 'Einschätzung abschließen',
    finished: 'Einschätzung abgeschlossen.',
    reopen: 'Wieder bearbeiten',
    unanswered: (n: number) =>
      n === 1 ? '1 Aussage ist noch offen.' : `${n} Aussagen sind noch offen.`,
    noLight: 'keine Ampel',
    noLightHint: 'Noch keine bewertete Aussage in diesem Bereich.',
    counts: 'Anzahl',
    backToClub: 'Zum Verein',
    round: 'Jede*r stimmt selbst ab',
    roundHint:
      'In einer Runde gibt jede*r auf dem eigenen Handy still die Ampeln; danach seht ihr, wo ihr es verschieden seht, und einigt euch.',
    roundStart: 'Runde starten',
    roundResult: 'Ergebnis der Runde',
    editArea: (title: string) => `${title} bearbeiten`,
    areas: 'Bereiche',
    areaDone: 'Fertig',
    areaNotStarted: 'Noch nicht begonnen',
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
      `Begonnen mit den Ampeln vom ${date}. ${given} ${given === 1 ? 'Ampel habt' : 'Ampeln habt'} ihr heute gegeben oder bestätigt, ${unconfirmed} ${unconfirmed === 1 ? 'ist' : 'sind'} noch vom letzten Mal.`,
  },
  ideas: {
    heading: 'Vom Licht zur Tat',
    intro:
      'Ideen für einen ersten Schritt bei den roten und gelben Aussagen. Ein Tippen macht eine Idee zu eurem nächsten Schritt; wer sich kümmert und bis wann, tragt ihr gleich hier ein.',
    introFinished:
      'Ideen für einen ersten Schritt bei den roten und gelben Aussagen. Um eine davon zu übernehmen, bearbeitet die Einschätzung wieder.',
    take: 'Als nächsten Schritt übernehmen',
    taken: 'Als nächsten Schritt übernommen. Er steht jetzt in der Liste eurer Schritte.',
    step: 'Euer nächster Schritt:',
    none: 'Zu dieser Aussage hat der Ampelbogen keine Idee. Tragt euren eigenen Schritt bei der Aussage ein.',
  },
  ratings: {
    green: 'grün',
    yellow: 'gelb',
    red: 'rot',
    na: 'trifft nicht zu',
    unanswered: 'offen',
  } satisfies Record<RatingId | 'unanswered', string>,
  progress: {
    spread: (counts: string) => `Runde: ${counts}`,
    spreadCount: (word: string, n: number) => `${word} ${n}×`,
    heading: 'Fortschritt',
    open: 'Fortschritt ansehen',
    intro:
      'So hat sich euer Verein von Treffen zu Treffen entwickelt. Gezählt werden abgeschlossene Einschätzungen.',
    none: 'Noch keine abgeschlossene Einschätzung. Schließt eine Einschätzung ab, dann seht ihr hier euren Stand.',
    onlyOne:
      'Bisher gibt es eine abgeschlossene Einschätzung. Den Verlauf seht ihr ab der zweiten; hier der Stand.',
    overviewHeading: 'Überblick',
    overviewHint:
      'Jede Zeile ist ein Bereich, jede Spalte ein Treffen. Auf dem Handy seitlich wischen.',
    overviewRegion: 'Überblick: Bereiche je Treffen',
    area: 'Bereich',
    threshold: (light: string, value: string) => `${light} ab ${value}`,
    areasHeading: 'Bereiche im Verlauf',
    chartTitle: (area: string) => `Verlauf: ${area}`,
    chartDesc: (points: string) =>
      `Wert des Bereichs je Treffen, von 0 % (rot) bis 100 % (grün): ${points}.`,
    chartPoint: (date: string, value: string) => `${date}: ${value}`,
    notAsked: 'nicht erfragt',
    noValue: 'kein Wert',
    table: (area: string) => `Zahlen: ${area}`,
    date: 'Datum',
    value: 'Wert',
    light: 'Ampel',
    criteriaHeading: 'Aussagen im Verlauf',
    criteriaHint:
      'Jede Zeile zeigt die Ampeln einer Aussage von Treffen zu Treffen. Auf dem Handy seitlich wischen.',
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
      same: 'unverändert',
      first: 'erstmals beantwortet',
      'not-comparable': 'nicht vergleichbar',
    },
    changeLine: (before: string, after: string) => `vorher ${before}, jetzt ${after}`,
    unchangedInArea: (n: number) =>
      n === 1 ? '1 Aussage unverändert' : `${n} Aussagen unverändert`,
    noChangesInArea: 'Keine Veränderung in diesem Bereich.',
    sameAssessment: 'Bitte zwei verschiedene Einschätzungen wählen.',
  },
  measures: {
    heading: 'Nächste Schritte',
    intro: 'Was ihr euch in den Einschätzungen vorgenommen habt. Offene Schritte stehen oben.',
    empty:
      'Noch keine Schritte. Beim Ausfüllen könnt ihr zu jeder Aussage einen nächsten Schritt notieren.',
    done: 'erledigt',
    overdue: 'überfällig',
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
      'Der Speicher des Geräts ist voll: Eure letzte Eingabe ist noch nicht gespeichert, sie steht aber noch da. Speichert jetzt eine Sicherung, macht dann Platz frei (z. B. Fotos oder Videos löschen) und versucht es noch einmal.',
    blocked:
      'Die App ist in einem anderen Tab oder Fenster noch mit einer älteren Version offen. Bitte schließt die anderen Tabs und ladet diese Seite neu.',
    versionChange:
      'In einem anderen Tab läuft jetzt eine neuere Version der App. Was hier „gespeichert“ zeigt, ist gespeichert; neue Eingaben in diesem Tab werden nicht mehr gespeichert. Bitte ladet diese Seite neu.',
    closed:
      'Der Speicher des Browsers lässt sich gerade nicht öffnen, oft weil der Speicher des Geräts voll ist: Eure letzte Eingabe ist noch nicht gespeichert, sie steht aber noch da. Speichert eine Sicherung, macht Platz frei und versucht es dann noch einmal.',
    databaseLost:
      'Der Browser hat die gespeicherten Daten dieser App gelöscht (das kann passieren, nachdem der Speicher voll war). Eingaben, die noch auf dem Bildschirm stehen, könnt ihr jetzt als Sicherung speichern. Eine frühere Sicherung spielt ihr unter „Einstellungen“ ein.',
    unavailable:
      'Der Speicher des Browsers ist nicht verfügbar (z. B. im privaten Modus). Eingaben können nicht gespeichert werden.',
    writeFailed:
      'Speichern hat nicht geklappt: Eure Eingabe steht noch da, ist aber nicht gespeichert. Speichert zur Sicherheit eine Sicherung und versucht es dann noch einmal.',
    editionMissing:
      'Diese Ausgabe des Ampelbogens gibt es auf dem Gerät nicht mehr (vielleicht in einem anderen Tab gelöscht). Es wurde nichts gespeichert. Bitte öffnet „Neue Einschätzung“ noch einmal.',
    lowSpace:
      'Auf diesem Gerät ist nur noch wenig Speicher frei. Damit nichts verloren geht: Speichert bald eine Sicherung und macht Platz frei.',
    rescueHeading: 'Eingaben jetzt sichern',
    rescueIntro:
      'Speichert eine Sicherung mit allem, was auf diesem Gerät ist, und den Eingaben, die noch auf dem Bildschirm stehen. Mit ihr lässt sich alles wiederherstellen, auch wenn der Browser seine Daten verliert.',
    rescueAction: 'Sicherung speichern',
    rescueBusy: 'Sicherung wird erstellt …',
    rescueDone: (fileName: string) =>
      `Sicherung „${fileName}“ gespeichert. Bewahrt sie auf, bis wieder alles gespeichert ist.`,
    rescueFailed:
      'Die Sicherung konnte nicht erstellt werden. Schreibt euch die Eingaben auf dem Bildschirm bitte auf.',
    toBackup: 'Zur Sicherung',
    retry: 'Erneut versuchen',
    dismiss: 'Schließen',
  },
  update: {
    available: 'Eine neue Version der App ist da.',
    apply: 'Jetzt aktualisieren',
    later: 'Später',
    offlineReady: 'Die App ist jetzt auch ohne Internet nutzbar.',
  },
  move: {
    heading: 'Neue Ausgabe des Ampelbogens',
    intro: (title: string, version: number, current: number) =>
      `Dieser Entwurf verwendet Version ${current}. Es gibt „${title}“, Version ${version}. Ihr könnt den Entwurf in seiner Version abschließen oder ihn in die neue Version übernehmen.`,
    carried: (n: number) =>
      n === 1 ? '1 Antwort wird übernommen.' : `${n} Antworten werden übernommen.`,
    dropped: 'Diese Antworten gibt es in der neuen Version nicht; sie werden nicht übernommen:',
    noneDropped: 'Alle Antworten lassen sich übernehmen.',
    action: (version: number) => `In Version ${version} übernehmen`,
    confirmTitle: (version: number) => `Entwurf in Version ${version} übernehmen?`,
    detached:
      'Diese nächsten Schritte bleiben in eurer Liste der Schritte, gehören in der neuen Version aber zu keiner Aussage mehr:',
    confirmBody: (answers: number, steps: number) =>
      [
        answers === 0
          ? ''
          : answers === 1
            ? '1 Antwort kann nicht mitgenommen werden und wird aus dem Entwurf entfernt.'
            : `${answers} Antworten können nicht mitgenommen werden und werden aus dem Entwurf entfernt.`,
        steps === 0
          ? 'Nächste Schritte bleiben in eurer Liste.'
          : steps === 1
            ? '1 nächster Schritt bleibt in eurer Liste, gehört aber zu keiner Aussage mehr.'
            : `${steps} nächste Schritte bleiben in eurer Liste, gehören aber zu keiner Aussage mehr.`,
      ]
        .filter(Boolean)
        .join(' '),
    done: (version: number) => `Der Entwurf verwendet jetzt Version ${version}.`,
  },
  // Entry points to parts that load on demand; their texts are in files.ts.
  entry: {
    share: 'Weitergeben',
    office: 'Auswertung (Integrationsbüro)',
    officeShort: 'Auswertung',
    officeHeading: 'Für das Integrationsbüro',
    officeIntro:
      'Das Integrationsbüro liest hier viele anonyme Dateien zusammen und sieht das Bild der ganzen Stadt. Für Vereine ist das nicht nötig.',
    backupDue:
      'Seit der letzten Sicherung gibt es neue Einträge. Erstellt bei Gelegenheit eine neue Sicherung.',
    backupDueNever:
      'Eure Einträge sind noch nicht gesichert. Erstellt bei Gelegenheit eine Sicherung.',
    backupDueLink: 'Zur Sicherung',
  },
};

export type Messages = typeof de;
