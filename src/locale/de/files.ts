// The German texts of the parts that load on demand (files that leave or
// enter the device, settings, the Integrationsbüro view): loaded with them, not
// with the first screen. Same shape rules as core.ts.

import { deRound } from './round';
import { deScan } from './scan';

export const deFiles = {
  round: deRound,
  scan: deScan,
  share: {
    heading: 'Weitergeben',
    intro:
      'Hier macht ihr aus dieser Einschätzung Dateien, die das Gerät verlassen: einen Bericht für euren Vorstand und eine anonyme Rückmeldung für das Integrationsbüro. Nichts wird ohne euer Zutun gesendet.',
    toSummary: 'Zur Übersicht',
    pdf: {
      heading: 'Bericht als PDF',
      intro:
        'Für euren Vorstand oder eure Unterlagen: jede Aussage mit Ampel, Notiz und nächstem Schritt, die Ampeln der Bereiche, euer Verlauf und die offenen Schritte. Der Bericht enthält den Namen eures Vereins.',
      draft:
        'Diese Einschätzung ist noch ein Entwurf; der Bericht zeigt den jetzigen Stand. Der Bericht enthält den Namen eures Vereins.',
    },
    anonymous: {
      heading: 'Anonyme Rückmeldung an das Integrationsbüro',
      intro:
        'Die Datei enthält nur die Ampeln und ein paar grobe Angaben. Das Integrationsbüro kann daraus nicht erkennen, welcher Verein sie geschickt hat.',
      draft:
        'Diese Einschätzung ist noch nicht abgeschlossen. Die anonyme Rückmeldung gibt es, sobald ihr sie in der Übersicht abschließt.',
      contains: 'Das steht in der Datei',
      edition: 'Ausgabe des Ampelbogens',
      editionName: (title: string, version: number) => `${title}, Version ${version}`,
      period: 'Zeitraum',
      quarter: (period: string) => {
        const [year, q] = period.split('-Q');
        return `${q}. Quartal ${year} (kein genaues Datum)`;
      },
      lights: 'Ampeln',
      lightCount: (n: number) =>
        n === 1 ? '1 beantwortete Aussage:' : `${n} beantwortete Aussagen:`,
      fileId: 'Zufällige Kennung der Datei',
      fileIdHint:
        'Zufällig, neu bei jedem Öffnen dieser Seite. Dieselbe Datei zweimal geschickt erkennt das Integrationsbüro daran; zwei Dateien eures Vereins verbindet sie nicht.',
      appVersion: 'Version der App',
      everyLight: 'Alle Ampeln der Datei ansehen',
      notInFile: 'nicht in der Datei (offen)',
      exactText: 'Den genauen Inhalt der Datei ansehen',
      notContained: 'Das steht nicht in der Datei',
      notContainedList: [
        'der Name eures Vereins und seine Beschreibung',
        'Namen, Kontaktdaten, Notizen und nächste Schritte',
        'das genaue Datum des Treffens',
        'irgendeine Kennung, die zwei Dateien eures Vereins verbindet',
      ],
      details: 'Mehr zur Datei: alle Angaben und der genaue Inhalt',
      quarterShort: (period: string) => {
        const [year, q] = period.split('-Q');
        return `${q}. Quartal ${year}`;
      },
      summaryIn: 'In der Datei:',
      summaryInList: (n: number, quarter: string, edition: string) =>
        `${n === 1 ? '1 Ampel' : `${n} Ampeln`}, ${quarter}, ${edition}.`,
      summaryOut: 'Nicht in der Datei:',
      summaryOutList: 'Namen, Notizen, nächste Schritte, das genaue Datum.',
      sender: 'Die Datei enthält keinen Namen. Eine E-Mail zeigt aber, wer sie geschickt hat.',
      senderDrop:
        'Über den Ablage-Ordner der Stadt kommt sie ohne Namen und ohne E-Mail-Adresse an.',
      dropStep:
        'Oder ladet die gespeicherte Datei ohne E-Mail in den Ablage-Ordner der Stadt hoch:',
      dropLink: 'Ablage-Ordner der Stadt öffnen',
      mailStep: 'Dann schreibt eine E-Mail und hängt die gespeicherte Datei an:',
      mailLink: (email: string) => `E-Mail an ${email} schreiben`,
      mailSubject: (quarter: string) => `Ampelbogen: anonyme Rückmeldung, ${quarter}`,
      mailBody: (file: string) =>
        `Hallo,\n\nim Anhang ist unsere anonyme Rückmeldung zum Ampelbogen (Datei „${file}“).\n\n[Bitte vor dem Senden die gespeicherte Datei anhängen, meist im Ordner „Downloads“.]\n\nViele Grüße`,
      share: 'Datei teilen',
      save: 'Datei speichern',
      shareTitle: 'Ampelbogen: anonyme Rückmeldung',
      delivered: {
        shared: 'Die Datei wurde zum Teilen übergeben.',
        downloaded:
          'Die Datei wurde gespeichert (Downloads). Schickt sie per E-Mail oder Messenger an das Integrationsbüro.',
      },
      failed: 'Die Datei konnte nicht erstellt werden. Bitte versucht es noch einmal.',
    },
    contact: {
      heading: 'Kontakt: Integrationsbüro',
      intro:
        'Schickt die Datei per E-Mail, Messenger oder Post an das Integrationsbüro, oder fragt dort nach, wenn ihr Hilfe braucht.',
      phone: 'Telefon:',
      email: 'E-Mail:',
      drop: 'Ablage-Ordner für Dateien:',
      dropLink: 'Ablage-Ordner öffnen',
      missing:
        'Diese Ausgabe des Ampelbogens nennt keinen Kontakt. Fragt bei der Stadt Neu-Isenburg nach dem Integrationsbüro.',
    },
  },
  report: {
    make: 'PDF erstellen',
    language: 'Sprache des Berichts',
    share: 'PDF teilen',
    busy: 'PDF wird erstellt …',
    downloaded: (file: string) => `Das PDF „${file}“ wurde gespeichert.`,
    shared: 'Das PDF wurde weitergegeben.',
    cancelled: 'Weitergeben abgebrochen. Es wurde nichts gesendet.',
    failed:
      'Das PDF konnte nicht erstellt werden. Bitte versucht es noch einmal; wenn es wieder nicht klappt, ladet die App neu.',
    notFound: 'Diese Einschätzung gibt es nicht mehr. Es wurde kein PDF erstellt.',
    editionMissing:
      'Die Ausgabe des Ampelbogens zu dieser Einschätzung fehlt auf diesem Gerät. Es wurde kein PDF erstellt.',
    // Texts inside the PDF.
    title: 'Ampelbogen-Bericht',
    docTitle: (club: string, date: string) => `Ampelbogen-Bericht: ${club}, ${date}`,
    assessmentOf: (date: string) => `Einschätzung vom ${date}`,
    statusDone: 'abgeschlossen',
    statusDraft: 'Entwurf, noch nicht abgeschlossen',
    edition: (title: string, version: number) => `Ampelbogen: ${title}, Version ${version}`,
    legend: 'Die Zeichen der Ampel',
    legendUnanswered: 'noch nicht beantwortet',
    overview: 'Übersicht der Bereiche',
    // The progress overview: every area at the club's latest finished meetings.
    progressHeading: 'Fortschritt der Bereiche',
    progressIntro:
      'Jede Zeile ist ein Bereich, jede Spalte eine abgeschlossene Einschätzung, die älteste zuerst. „–“ heißt: nicht erfragt oder kein Wert.',
    progressRecent: (n: number, all: number) => `Die letzten ${n} von ${all} Einschätzungen.`,
    areaLight: (word: string) => `Ampel des Bereichs: ${word}`,
    noLight: 'keine Ampel',
    count: (n: number, word: string) => `${n} ${word}`,
    criteria: 'Aussagen',
    note: 'Notiz',
    carried: (date: string) => `Vom letzten Mal (${date}) übernommen, nicht bestätigt`,
    spread: (n: number, counts: string) =>
      `Runde (${n === 1 ? '1 Antwort' : `${n} Antworten`}): ${counts}`,
    spreadCount: (word: string, n: number) => `${word} ${n}×`,
    carriedSummary: (date: string, unconfirmed: number) =>
      unconfirmed === 0
        ? `Begonnen mit den Ampeln vom ${date}; die Gruppe hat jede bestätigt oder geändert.`
        : unconfirmed === 1
          ? `Begonnen mit den Ampeln vom ${date}; 1 davon hat die Gruppe nicht bestätigt (markiert).`
          : `Begonnen mit den Ampeln vom ${date}; ${unconfirmed} davon hat die Gruppe nicht bestätigt (markiert).`,
    nextStep: 'Nächster Schritt',
    who: (who: string) => `Wer: ${who}`,
    due: (date: string) => `bis ${date}`,
    chartCaption: (n: number) =>
      n === 1
        ? 'Verlauf: 1 abgeschlossene Einschätzung des Vereins'
        : `Verlauf: ${n} abgeschlossene Einschätzungen des Vereins`,
    noHistory: 'Verlauf: noch keine abgeschlossene Einschätzung, die diesen Bereich erfragt.',
    threshold: (word: string, percent: string) => `${word} ab ${percent}`,
    continued: (title: string) => `${title} (Fortsetzung)`,
    openMeasures: 'Offene Schritte des Vereins',
    openMeasuresIntro:
      'Alle noch offenen Schritte aus den Einschätzungen des Vereins, überfällige zuerst.',
    noOpenMeasures: 'Keine offenen Schritte.',
    forCriterion: (text: string) => `Zur Aussage: ${text}`,
    plannedOn: (date: string) => `geplant am ${date}`,
    overdue: 'überfällig',
    header: (club: string, date: string) => `${club} · Einschätzung vom ${date}`,
    footer: (date: string) => `Erstellt am ${date} mit der App Ampelbogen Neu-Isenburg`,
    page: (n: number, total: number) => `Seite ${n} von ${total}`,
  },
  install: {
    heading: 'Den Ampelbogen als App installieren',
    intro: 'Dann öffnet ihr ihn mit einem Tipp vom Startbildschirm, auch ohne Internet.',
    install: 'Installieren',
    installApp: 'App installieren',
    notNow: 'Nicht jetzt',
    iosShare: 'Tippt in Safari auf „Teilen“ (das Quadrat mit dem Pfeil nach oben).',
    iosAdd: 'Wählt dann „Zum Home-Bildschirm“ und tippt auf „Hinzufügen“.',
    iosStorage:
      'Die App auf dem Startbildschirm hat einen eigenen Speicher: Eure bisherigen Einträge nehmt ihr mit einer Sicherung mit.',
    toBackup: 'Zur Sicherung',
  },
  settings: {
    heading: 'Einstellungen',
    storageHeading: 'Speicher auf diesem Gerät',
    persistent: 'Dauerhaft gespeichert: Der Browser löscht eure Daten nicht von selbst.',
    notPersistent:
      'Nicht dauerhaft gespeichert: Bei wenig Platz darf der Browser eure Daten löschen.',
    persistUnknown: 'Dieser Browser sagt nicht, ob eure Daten dauerhaft gespeichert sind.',
    persistAdvice:
      'Was hilft: Installiert die App auf dem Startbildschirm („Zum Startbildschirm hinzufügen“) und sichert eure Daten regelmäßig.',
    persistAsk: 'Dauerhaft speichern',
    usage: (used: string, quota: string) => `Belegt: ${used} von ${quota}.`,
    kilobytes: (n: string) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
    usageUnknown: 'Der Browser nennt keinen Speicherplatz.',
    editionsHeading: 'Ausgaben des Ampelbogens',
    editionDefault: 'wird für neue Einschätzungen verwendet',
    importEdition: 'Ausgabe aus Datei laden',
    importEditionHint: 'Eine JSON-Datei vom Integrationsbüro.',
    editionImported: (title: string, version: number) =>
      `„${title}“, Version ${version} übernommen. Neue Einschätzungen verwenden diese Ausgabe.`,
    editionAlreadyThere: 'Diese Ausgabe ist schon auf dem Gerät. Es wurde nichts geändert.',
    appVersion: (v: string) => `App-Version ${v}`,
  },
  editions: {
    line: (version: number, date: string, criteria: number) =>
      `Version ${version} vom ${date}, ${criteria === 1 ? '1 Aussage' : `${criteria} Aussagen`}`,
    used: (n: number) =>
      n === 0
        ? 'von keiner Einschätzung verwendet'
        : n === 1
          ? 'von 1 Einschätzung verwendet'
          : `von ${n} Einschätzungen verwendet`,
    shipped: 'mit der App geliefert',
    inUseHint: 'Kann nicht gelöscht werden, solange Einschätzungen sie verwenden.',
    delete: 'Ausgabe löschen',
    deleteLabel: (title: string, version: number) =>
      `Ausgabe löschen: ${title}, Version ${version}`,
    confirmDelete: (title: string, version: number) => `„${title}“, Version ${version} löschen?`,
    confirmDeleteBody:
      'Keine Einschätzung verwendet diese Ausgabe. Ihr könnt sie später wieder aus der Datei laden.',
    deleted: (title: string, version: number) => `„${title}“, Version ${version} wurde gelöscht.`,
    notDeleted: {
      'in-use': 'Diese Ausgabe wird von Einschätzungen verwendet und bleibt deshalb.',
      shipped: 'Die mitgelieferte Ausgabe bleibt immer auf dem Gerät.',
      missing: 'Diese Ausgabe ist schon nicht mehr auf dem Gerät.',
    },
    importHint:
      'Eine JSON-Datei vom Integrationsbüro. Sie wird zuerst geprüft; ihr seht, was sich ändert, bevor ihr sie übernehmt.',
    checkHeading: (title: string, version: number) => `Geprüft: „${title}“, Version ${version}`,
    valid: (criteria: number, areas: number) =>
      `Die Datei ist gültig: ${areas === 1 ? '1 Bereich' : `${areas} Bereiche`}, ${criteria === 1 ? '1 Aussage' : `${criteria} Aussagen`}.`,
    older:
      'Auf dem Gerät gibt es schon eine neuere Version dieser Ausgabe. Diese wird nur als ältere Ausgabe gespeichert; neue Einschätzungen verwenden weiter die neuere.',
    importedOlder: (title: string, version: number) =>
      `„${title}“, Version ${version} als ältere Ausgabe gespeichert. Neue Einschätzungen verwenden weiter die neuere Version.`,
    accept: 'Ausgabe übernehmen',
    discard: 'Verwerfen',
    diff: {
      none: 'Inhaltlich gleich wie die bisherige Ausgabe.',
      against: (title: string, version: number) =>
        `Änderungen gegenüber „${title}“, Version ${version}:`,
      title: (before: string, after: string) => `Titel: „${before}“ → „${after}“`,
      areaAdded: (title: string) => `Neuer Bereich: ${title}`,
      areaRemoved: (title: string) => `Bereich entfällt: ${title}`,
      areaRenamed: (before: string, after: string) => `Bereich umbenannt: „${before}“ → „${after}“`,
      thresholds: (g0: string, g1: string, y0: string, y1: string) =>
        `Schwellen der Ampel geändert: Grün ab ${g0} → ${g1}, Gelb ab ${y0} → ${y1}`,
      rating: (word: string, before: string, after: string) =>
        `Ampelstufe „${word}“: ${before} → ${after}`,
      added: (n: number) => (n === 1 ? '1 neue Aussage' : `${n} neue Aussagen`),
      removed: (n: number) => (n === 1 ? '1 Aussage entfällt' : `${n} Aussagen entfallen`),
      reworded: (n: number) =>
        n === 1 ? '1 Aussage neu formuliert' : `${n} Aussagen neu formuliert`,
      moved: (n: number) =>
        n === 1
          ? '1 Aussage in einen anderen Bereich verschoben'
          : `${n} Aussagen in andere Bereiche verschoben`,
      movedItem: (text: string, from: string, to: string) => `${text} (von „${from}“ nach „${to}“)`,
      ideas: (n: number) =>
        n === 1
          ? 'Bei 1 Aussage ändern sich die Ideen für einen ersten Schritt'
          : `Bei ${n} Aussagen ändern sich die Ideen für einen ersten Schritt`,
      ideasItem: (text: string, added: number, removed: number) =>
        `${text}: ${[
          added === 1 ? '1 neue Idee' : added > 1 ? `${added} neue Ideen` : '',
          removed === 1 ? '1 Idee entfällt' : removed > 1 ? `${removed} Ideen entfallen` : '',
        ]
          .filter(Boolean)
          .join(', ')}`,
      drasticMark: '(stark verändert)',
      drasticHeading: 'Achtung: gleiche Kennung, stark veränderter Text',
      drasticHint:
        'Eine Kennung behält ihre Bedeutung für immer: alte Antworten werden mit dem neuen Text verglichen. Wenn die Aussage jetzt etwas anderes fragt, gebt ihr eine neue Kennung.',
      kept: (n: number) =>
        n === 1
          ? '1 Aussage bleibt (gleiche Kennung).'
          : `${n} Aussagen bleiben (gleiche Kennung); ihre Antworten lassen sich übernehmen.`,
    },
  },
  files: {
    tooLarge: (maxKb: number) =>
      `Die Datei ist zu groß (höchstens ${maxKb} KB). Es wurde nichts gespeichert.`,
    notJson: 'Die Datei ist keine gültige JSON-Datei. Es wurde nichts gespeichert.',
    tooDeep: (levels: number) =>
      `Die Datei ist zu tief verschachtelt (mehr als ${levels} Ebenen) und wurde abgelehnt. Es wurde nichts gespeichert.`,
    notEdition: 'Das ist keine Ausgabe des Ampelbogens. Es wurde nichts gespeichert.',
    invalidEdition: (problems: string) =>
      `Die Ausgabe ist fehlerhaft und wurde nicht geladen: ${problems}`,
    sameVersionDifferent:
      'Auf dem Gerät gibt es diese Ausgabe (gleiche Kennung und Version) schon mit anderem Inhalt. Sie wurde nicht geladen, damit alte Einschätzungen ihre Bedeutung behalten. Bitte beim Integrationsbüro eine neue Version anfordern.',
    unreadable: 'Die Datei konnte nicht gelesen werden. Bitte erneut versuchen.',
    notAnonymous: 'Das ist keine anonyme Rückmeldung des Ampelbogens. Sie wurde nicht übernommen.',
    anonymousVersion:
      'Diese Rückmeldung hat eine Formatversion, die diese App nicht kennt. Vielleicht stammt sie aus einer neueren App-Version: bitte aktualisiert die App.',
    invalidAnonymous: (problems: string) =>
      `Die Rückmeldung ist fehlerhaft und wurde nicht übernommen: ${problems}`,
    unknownCriteria: (edition: string, version: number, ids: string, more: number) =>
      `Die Rückmeldung bewertet Aussagen, die es in ihrer Ausgabe („${edition}“, Version ${version}) nicht gibt: ${ids}${more > 0 ? ` und ${more} weitere` : ''}. Sie wurde nicht übernommen.`,
    hostileKey: (key: string) =>
      `Die Datei enthält ein unzulässiges Feld („${key}“) und wurde abgelehnt. Es wurde nichts gespeichert.`,
    editionTooNew:
      'Diese Ausgabe hat eine Formatversion, die diese App nicht kennt. Vielleicht stammt sie aus einer neueren App-Version: bitte aktualisiert die App. Es wurde nichts gespeichert.',
    editionBadVersion:
      'Die Ausgabe hat keine gültige Formatversion („formatVersion“) und wurde nicht geladen. Es wurde nichts gespeichert.',
    issues: {
      missing: 'fehlt',
      wrongType: 'hat den falschen Typ',
      wrongTypeOf: (expected: string) => `hat den falschen Typ (erwartet: ${expected})`,
      types: {
        string: 'Text',
        number: 'Zahl',
        int: 'ganze Zahl',
        boolean: 'wahr oder falsch',
        object: 'Objekt',
        record: 'Objekt',
        array: 'Liste',
      },
      outOfRange: 'ist eine Zahl außerhalb des erlaubten Bereichs',
      tooLong: (max: number | string) => `ist zu lang (höchstens ${max})`,
      tooShort: (min: number | string) => `ist zu kurz oder leer (mindestens ${min})`,
      tooBig: (max: number | string) => `ist zu groß (höchstens ${max})`,
      tooSmall: (min: number | string) => `ist zu klein (mindestens ${min})`,
      notAllowed: (values: string) => `hat einen unerlaubten Wert (erlaubt: ${values})`,
      unknownKeys: (keys: string) => `enthält unbekannte Felder: ${keys}`,
      badFormat: 'hat ein ungültiges Format',
      invalid: 'ist ungültig',
      more: (n: number) => (n === 1 ? 'und 1 weiteres Problem' : `und ${n} weitere Probleme`),
      duplicateAreaId: (id: string) => `doppelte Bereichs-ID „${id}“`,
      duplicateCriterionId: (id: string) => `doppelte Kriterien-ID „${id}“`,
      unknownDimension: (id: string) => `unbekannte Dimension „${id}“`,
      unknownTranslatedId: (id: string) => `übersetzt „${id}“, das es in der Ausgabe nicht gibt`,
      eachLightOnce: 'jede Ampelfarbe genau einmal (green, yellow, red, na)',
      onlyNaWithoutValue: 'nur „trifft nicht zu“ hat keinen Wert',
      yellowBelowGreen: 'die Schwelle für Gelb muss unter der für Grün liegen',
      tooManyRatings: (max: number) => `höchstens ${max} Aussagen`,
    },
    path: {
      root: 'Datei',
      area: (n: number) => `Bereich ${n}`,
      criterion: (n: number) => `Aussage ${n}`,
      rating: (n: number) => `Ampelstufe ${n}`,
      dimension: (n: number) => `Dimension ${n}`,
      item: (n: number) => `Eintrag ${n}`,
      field: (name: string) => `„${name}“`,
    },
  },
  office: {
    heading: 'Auswertung (Integrationsbüro)',
    intro:
      'Die anonymen Rückmeldungen der Vereine, für die Stadt zusammengezählt. Die Dateien bleiben auf diesem Gerät.',
    empty:
      'Noch keine Rückmeldung übernommen. Wählt die JSON-Dateien der Vereine aus oder zieht sie in das Feld oben.',
    importHeading: 'Rückmeldungen übernehmen',
    pick: 'Dateien auswählen',
    pickHint: 'Anonyme Rückmeldungen (JSON), gern mehrere auf einmal, oder zieht sie hierher.',
    dropActive: 'Loslassen, um die Dateien zu übernehmen',
    checking: (n: number) => (n === 1 ? '1 Datei wird geprüft …' : `${n} Dateien werden geprüft …`),
    result: (added: number, already: number, rejected: number) =>
      `${added} übernommen, ${already} schon vorhanden, ${rejected} abgelehnt.`,
    outcomes: {
      added: 'übernommen',
      already: 'schon vorhanden (gleiche Kennung)',
      rejected: 'abgelehnt',
    },
    resultList: (n: number) => `Ergebnis je Datei (${n})`,
    notAdded: 'Nicht übernommen',
    duplicateInBatch: 'Diese Kennung kommt in der Auswahl mehrfach vor.',
    filtersHeading: 'Auswahl',
    from: 'Von Quartal',
    to: 'Bis Quartal',
    category: 'Art des Vereins',
    sizeBand: 'Größe (Mitglieder)',
    all: 'alle',
    basis: (n: number, total: number) =>
      `Die Zahlen dieser Auswahl beruhen auf ${n} von ${total} Rückmeldungen.`,
    tooFew: 'zu wenige Rückmeldungen',
    tooFewSelection:
      'Zu wenige Rückmeldungen für diese Auswahl: Zahlen werden erst ab 3 Rückmeldungen gezeigt.',
    rule: 'Damit niemand auf einen einzelnen Verein schließen kann, zeigt die Auswertung keine Zahl, die auf weniger als 3 Rückmeldungen beruht. Dazu werden die Rückmeldungen nach Quartal, Art und Größe gruppiert. Eine Gruppe mit nur 1 oder 2 Rückmeldungen zählt in keiner Zahl mit, bei keiner Auswahl; so lässt sie sich auch nicht durch Vergleich zweier Auswahlen herausrechnen. Ebenso bleibt eine Aussage in einer Gruppe außen vor, wenn nur 1 oder 2 ihrer Rückmeldungen danach gefragt wurden.',
    heldBack: (n: number) =>
      n === 0
        ? 'Zurzeit wird keine Rückmeldung zurückgehalten.'
        : `Insgesamt ${n === 1 ? 'wird 1 Rückmeldung' : `werden ${n} Rückmeldungen`} zurückgehalten.`,
    missingEdition: (id: string, version: number, files: number) =>
      `Ausgabe „${id}“, Version ${version} ist auf diesem Gerät nicht vorhanden; ${files === 1 ? 'die Rückmeldung damit zählt' : `die ${files} Rückmeldungen damit zählen`} nach der Kennung der Aussagen, und als erfragt gilt nur, was beantwortet ist. Ladet die Ausgabe in den Einstellungen, um ihre Texte zu sehen.`,
    unknownArea: 'Aussagen aus Ausgaben, die auf diesem Gerät fehlen',
    unknownCriterion: (id: string) => `Aussage „${id}“`,
    areasHeading: 'Ampeln je Bereich und Aussage',
    legend: 'Legende',
    areaValue: (percent: string) => `Mittlerer Wert: ${percent}`,
    areaLights: 'Ampel des Bereichs je Rückmeldung',
    basisCount: (n: number) => (n === 1 ? '1 Rückmeldung' : `${n} Rückmeldungen`),
    unanswered: 'nicht beantwortet',
    notAsked: 'nicht erfragt',
    noValue: 'ohne Wert',
    asTable: 'Als Tabelle',
    tableCaption: (area: string) => `Ampeln je Aussage: ${area}`,
    criterion: 'Aussage',
    basisColumn: 'Rückmeldungen',
    count: (n: number, share: string) => `${n} (${share})`,
    trendHeading: 'Werte der Bereiche im Verlauf',
    trendIntro:
      'Je Bereich der mittlere Wert der Rückmeldungen, von 0 % (alles rot) bis 100 % (alles grün). Jede Rückmeldung zählt gleich viel.',
    granularity: 'Verlauf nach',
    byQuarter: 'Quartal',
    byYear: 'Jahr',
    trendTable: 'Verlauf als Tabelle',
    trendCaption: 'Mittlerer Wert je Bereich und Zeitraum',
    area: 'Bereich',
    chartTitle: (area: string) => `Verlauf: ${area}`,
    chartDesc: (points: string) => `Mittlerer Wert je Zeitraum: ${points}.`,
    chartPoint: (label: string, value: string) => `${label}: ${value}`,
    exportHeading: 'Weitergeben',
    csv: 'Tabelle als CSV',
    csvHint: 'Für Tabellenprogramme (Semikolon, UTF-8). Zurückgehaltene Zahlen fehlen auch hier.',
    csvDone: 'Die CSV-Datei wurde heruntergeladen.',
    pdf: 'Kurzbericht als PDF',
    pdfBusy: 'PDF wird erstellt …',
    pdfDone: 'Der Kurzbericht (PDF) wurde heruntergeladen.',
    pdfFailed:
      'Das PDF konnte nicht erstellt werden. Bitte ladet die Seite neu und versucht es erneut.',
    pdfMade: (date: string) => `Erstellt am ${date}. Nur Zahlen aus mindestens 3 Rückmeldungen.`,
    pdfPage: (n: number, of: number) => `Seite ${n} von ${of}`,
    pdfColumns: { basis: 'Rückmel-\ndungen', unanswered: 'nicht be-\nantwortet' },
    filesHeading: (n: number) => `Übernommene Rückmeldungen (${n})`,
    showList: 'Liste anzeigen',
    ruleShort: 'Keine Zahl beruht auf weniger als 3 Rückmeldungen.',
    ruleToggle: 'Wie kleine Zahlen geschützt werden',
    filesIntro:
      'Ohne Dateinamen gespeichert, denn ein Name könnte den Verein verraten. Die Kennung ist gekürzt.',
    columns: {
      period: 'Quartal',
      category: 'Art',
      sizeBand: 'Größe',
      edition: 'Ausgabe',
      importedAt: 'Übernommen am',
      id: 'Kennung',
      action: 'Aktion',
    },
    editionShort: (id: string, version: number) => `${id}, Version ${version}`,
    delete: 'Löschen',
    deleteOne: (id: string) => `Rückmeldung ${id} löschen`,
    deletedOne: (id: string) => `Rückmeldung ${id} gelöscht.`,
    deleteAll: 'Alle Rückmeldungen löschen',
    confirmDeleteAllTitle: 'Alle Rückmeldungen löschen?',
    confirmDeleteAllBody: (n: number) =>
      `${n === 1 ? '1 Rückmeldung wird' : `${n} Rückmeldungen werden`} von diesem Gerät gelöscht. Das kann nicht rückgängig gemacht werden. Die Daten der Vereine auf diesem Gerät bleiben unberührt.`,
    confirmDeleteAll: 'Alle endgültig löschen',
    deletedAll: 'Alle Rückmeldungen wurden gelöscht.',
    csvColumns: {
      area: 'Bereich',
      id: 'Aussage-ID',
      criterion: 'Aussage',
      asked: 'Rückmeldungen (erfragt)',
      green: 'grün',
      yellow: 'gelb',
      red: 'rot',
      na: 'trifft nicht zu',
      unanswered: 'nicht beantwortet',
      notAsked: 'nicht erfragt',
      share: (light: string) => `Anteil ${light} (%)`,
    },
    // The dashboard: counts, lights per area and the values over time first;
    // then where clubs need support; why files are held back.
    tooFewAll:
      'Noch keine Zahlen: Eine Zahl wird erst gezeigt, wenn sie auf mindestens 3 Rückmeldungen beruht.',
    widen: (n: { period: boolean; category: boolean; sizeBand: boolean }) => {
      const parts = [
        n.period && 'einen längeren Zeitraum',
        n.category && 'alle Arten',
        n.sizeBand && 'alle Größen',
      ].filter(Boolean);
      return `Wählt ${parts.join(' oder ')}.`;
    },
    heldBackReason: (files: number, groups: number, list: string) =>
      `${files === 1 ? '1 Rückmeldung wird' : `${files} Rückmeldungen werden`} nicht gezählt, weil sie in ${groups === 1 ? 'einer Gruppe' : 'Gruppen'} mit weniger als 3 Rückmeldungen ${files === 1 ? 'liegt' : 'liegen'}: ${list}.`,
    heldBackHelp:
      'Es hilft, wenn mehr Vereine derselben Art und Größe im selben Quartal eine Datei schicken.',
    group: (quarter: string, category: string, size: string, n: number) =>
      `${quarter} · ${category} · ${size} (${n})`,
    members: (band: string) => `${band} Mitglieder`,
    sizeUnknown: 'Größe ohne Angabe',
    listJoin: (items: string[], more: number) =>
      more > 0 ? `${items.join(', ')} und ${more} weitere` : items.join(', '),
    overviewHeading: 'Ampeln je Bereich',
    overviewCaption: 'Ampel der Bereiche: Anteil der Rückmeldungen je Ampel',
    overviewBasis: 'Anzahl',
    overviewNote: (same: number | null) =>
      same === null
        ? 'Anteil der Rückmeldungen, bei denen der Bereich grün, gelb oder rot steht; Anzahl: Rückmeldungen, die danach gefragt wurden.'
        : `Anteil der Rückmeldungen, bei denen der Bereich grün, gelb oder rot steht; jeder Bereich beruht auf ${same} Rückmeldungen.`,
    trendShort: 'Mittlerer Wert je Bereich: 0 % heißt alles rot, 100 % alles grün.',
    trendLatest: (n: number, all: number) =>
      `Die letzten ${n} von ${all} Zeiträumen. Alle stehen im Verlauf weiter unten.`,
    trendGap: '– heißt: zu wenige Rückmeldungen in diesem Zeitraum.',
    trendDetails: 'Verlauf im Einzelnen',
    trendCharts: 'Verlauf je Bereich als Diagramm',
    periodRange: (from: string, to: string) => `Zeitraum: ${from} bis ${to}`,
    needsHeading: 'Wo Vereine Unterstützung brauchen',
    needsIntro:
      'Die Aussagen mit dem größten Anteil an Rot und Gelb in dieser Auswahl. Hier kann die Stadt mit Projekten ansetzen.',
    needsNone: 'In dieser Auswahl steht keine Aussage auf Rot oder Gelb.',
    needsHeldBack: 'Aussagen mit zu wenigen Rückmeldungen sind nicht dabei.',
    needsNoneShown: 'Keine Aussage mit genug Rückmeldungen steht auf Rot oder Gelb.',
    needsAll: (n: number) => `Alle ${n} Aussagen zeigen`,
    needsFewer: (n: number) => `Nur die ersten ${n} zeigen`,
  },
  // Files that came without the picker: shared to the installed app, or opened with it.
  received: {
    shared: (n: number) =>
      n === 1 ? '1 Datei über „Teilen“ empfangen.' : `${n} Dateien über „Teilen“ empfangen.`,
    opened: (n: number) =>
      n === 1
        ? '1 Datei mit dem Ampelbogen geöffnet.'
        : `${n} Dateien mit dem Ampelbogen geöffnet.`,
    shareFailed:
      'Die geteilten Dateien konnten nicht angenommen werden, vielleicht weil der Speicher des Geräts voll ist. Speichert sie aus der E-Mail oder dem Messenger und wählt sie hier mit „Dateien auswählen“ aus.',
    inboxUnreadable:
      'Die über „Teilen“ empfangenen Dateien lassen sich nicht lesen. Speichert sie aus der E-Mail oder dem Messenger und wählt sie hier mit „Dateien auswählen“ aus.',
    keptForLater:
      'Die über „Teilen“ empfangenen Dateien konnten nicht übernommen werden. Sie bleiben auf diesem Gerät; beim nächsten Öffnen der Auswertung versucht die App es noch einmal.',
    notDeleted:
      'Die über „Teilen“ empfangenen Dateien sind übernommen, ließen sich aber nicht aus dem Zwischenspeicher der App löschen. Beim nächsten Start prüft die App sie noch einmal; sie zählen nicht doppelt.',
  },
  backup: {
    heading: 'Sicherung',
    intro:
      'Eine Datei mit allen Vereinen, Einschätzungen und Schritten auf diesem Gerät: zum Aufbewahren oder um auf ein neues Gerät umzuziehen.',
    create: 'Sicherung erstellen',
    creating: 'Sicherung wird erstellt …',
    created: (fileName: string) => `Sicherung erstellt: ${fileName}. Bewahrt die Datei gut auf.`,
    cancelled: 'Keine Sicherung erstellt: Das Teilen wurde abgebrochen.',
    createFailed:
      'Die Sicherung konnte nicht erstellt werden. Bitte erneut versuchen; wenn es wieder nicht klappt, ladet die Seite neu.',
    shareTitle: 'Sicherung des Ampelbogens',
    lastBackup: (when: string) => `Letzte Sicherung: ${when}.`,
    never: 'Auf diesem Gerät wurde noch keine Sicherung erstellt.',
    when: (date: string, time: string) => `${date}, ${time} Uhr`,
    restore: 'Sicherung einspielen',
    restoreHint: 'Eine Sicherungsdatei dieser App (ampelbogen-sicherung-….json).',
    reading: 'Datei wird geprüft …',
    previewHeading: 'Das steht in der Sicherung',
    previewMade: (when: string, version: string) => `Erstellt am ${when} (App-Version ${version}).`,
    previewClubs: 'Vereine in der Sicherung',
    previewClub: (name: string, count: number) =>
      `${name}: ${count === 1 ? '1 Einschätzung' : `${count} Einschätzungen`}`,
    previewNoClubs: 'Die Sicherung enthält keine Vereine.',
    previewTotals: (assessments: number, measures: number) =>
      `${assessments === 1 ? '1 Einschätzung' : `${assessments} Einschätzungen`}, ${measures === 1 ? '1 Schritt' : `${measures} Schritte`}.`,
    previewRange: (from: string, to: string) =>
      from === to ? `Treffen am ${from}.` : `Treffen vom ${from} bis ${to}.`,
    previewChoose: 'Wie soll die Sicherung eingespielt werden?',
    merge: 'Zu den Daten hinzufügen',
    mergeHint:
      'Behält alles auf diesem Gerät. Gibt es einen Eintrag auf beiden Seiten, gilt der neuere. Nichts wird doppelt.',
    replace: 'Alles ersetzen',
    replaceHint:
      'Löscht alle Vereine, Einschätzungen und Schritte auf diesem Gerät und übernimmt die der Sicherung.',
    cancel: 'Abbrechen',
    confirmTitle: 'Alle Daten auf diesem Gerät ersetzen?',
    confirmBody: (clubs: number, assessments: number) =>
      `Auf diesem Gerät ${clubs === 1 ? 'wird 1 Verein' : `werden ${clubs} Vereine`} mit ${assessments === 1 ? '1 Einschätzung' : `${assessments} Einschätzungen`} gelöscht und durch die Sicherung ersetzt. Was nur auf diesem Gerät steht, geht verloren. Das kann nicht rückgängig gemacht werden.`,
    confirmReplace: 'Alles ersetzen',
    restoring: 'Sicherung wird eingespielt …',
    restored: (clubs: number, assessments: number) =>
      `Sicherung eingespielt: ${clubs === 1 ? '1 Verein' : `${clubs} Vereine`}, ${assessments === 1 ? '1 Einschätzung' : `${assessments} Einschätzungen`}.`,
    tooLarge: (maxMb: number) =>
      `Die Datei ist zu groß für eine Sicherung (höchstens ${maxMb} MB). Es wurde nichts geändert.`,
    notJson:
      'Die Datei ist keine gültige JSON-Datei, vielleicht unvollständig übertragen. Es wurde nichts geändert.',
    tooDeep: (levels: number) =>
      `Die Datei ist zu tief verschachtelt (mehr als ${levels} Ebenen) und wurde nicht eingespielt. Es wurde nichts geändert.`,
    notBackup: 'Das ist keine Sicherung des Ampelbogens. Es wurde nichts geändert.',
    isEdition:
      'Das ist eine Ausgabe des Ampelbogens, keine Sicherung. Ausgaben ladet ihr unter „Ausgabe aus Datei laden“. Es wurde nichts geändert.',
    badVersion:
      'Die Sicherung hat eine ungültige Versionsangabe und wurde nicht eingespielt. Es wurde nichts geändert.',
    tooNew:
      'Diese Sicherung stammt aus einer neueren Version der App. Bitte aktualisiert die App und versucht es dann erneut. Es wurde nichts geändert.',
    forbiddenKey: (key: string) =>
      `Die Datei enthält ein unzulässiges Feld („${key}“) und wurde nicht eingespielt. Es wurde nichts geändert.`,
    invalid: (problems: string) =>
      `Die Sicherung ist fehlerhaft und wurde nicht eingespielt. Es wurde nichts geändert. ${problems}`,
    editionMissing: (key: string) =>
      `Die Sicherung ist unvollständig: Die Ausgabe „${key}“ fehlt in der Datei und auf diesem Gerät. Es wurde nichts geändert.`,
    editionConflict: (key: string) =>
      `Die Ausgabe „${key}“ gibt es auf diesem Gerät schon mit anderem Inhalt. Die Sicherung wurde nicht eingespielt, damit keine Einschätzung ihre Bedeutung ändert. Es wurde nichts geändert.`,
    restoreFailed:
      'Die Sicherung konnte nicht gespeichert werden. Es wurde nichts geändert. Bitte erneut versuchen.',
    checks: {
      duplicate: (where: string) => `${where} ist doppelt`,
      clubMissing: (where: string) => `${where} gehört zu einem Verein, der fehlt`,
      assessmentMissing: (where: string) => `${where} gehört zu einer Einschätzung, die fehlt`,
      clubMismatch: (where: string) => `${where} nennt einen anderen Verein als seine Einschätzung`,
      badMeasureId: (where: string) => `${where} hat eine falsche Kennung`,
      snapshotTooLarge: (where: string) => `${where} hat zu viele Ampeln`,
      notesTooMany: (where: string) => `${where} hat zu viele Notizen`,
      spreadTooMany: (where: string) =>
        `${where} hat die Verteilung einer Runde für zu viele Aussagen`,
      answerOfFinished: (where: string) =>
        `${where} gehört zu einer abgeschlossenen Einschätzung, die ihre Antworten selbst enthält`,
    },
    path: {
      club: (n: number) => `Verein ${n}`,
      assessment: (n: number) => `Einschätzung ${n}`,
      answer: (n: number) => `Antwort ${n}`,
      measure: (n: number) => `Schritt ${n}`,
      edition: (n: number) => `Ausgabe ${n}`,
    },
  },
};
