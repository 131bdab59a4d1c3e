import type { FileMessages } from '../types';
import { deEinfachRound } from './round';
import { deEinfachScan } from './scan';

// The German in Einfacher Sprache (plain German: short sentences, common words,
// one statement per sentence, no passive where avoidable, no abbreviations,
// explain a hard word once) texts of the parts that load on demand (files that
// leave or enter the device, settings, the Integrationsbüro view, backup).
// Same shape as the German reference in ../de/files.ts.

const months = ['Januar bis März', 'April bis Juni', 'Juli bis September', 'Oktober bis Dezember'];

const assessments = (n: number) => (n === 1 ? '1 Einschätzung' : `${n} Einschätzungen`);
const clubs = (n: number) => (n === 1 ? '1 Verein' : `${n} Vereine`);
const feedbacks = (n: number) => (n === 1 ? '1 Rückmeldung' : `${n} Rückmeldungen`);

export const deEinfachFiles: FileMessages = {
  round: deEinfachRound,
  scan: deEinfachScan,
  share: {
    heading: 'Weitergeben',
    intro:
      'Hier macht ihr aus dieser Einschätzung Dateien zum Weitergeben. Es gibt zwei Dateien: einen Bericht für euren Vorstand und eine anonyme Rückmeldung für das Integrationsbüro. Die App schickt nichts von selbst.',
    toSummary: 'Zur Übersicht',
    pdf: {
      heading: 'Bericht als PDF',
      intro:
        'Für euren Vorstand oder für eure Unterlagen. Im Bericht stehen: jede Aussage mit Ampel, Notiz und nächstem Schritt, die Ampeln der Bereiche, euer Verlauf und die offenen Schritte. Der Bericht enthält den Namen von eurem Verein.',
      draft:
        'Diese Einschätzung ist noch nicht fertig. Der Bericht zeigt den Stand von jetzt. Der Bericht enthält den Namen von eurem Verein.',
    },
    anonymous: {
      heading: 'Anonyme Rückmeldung an das Integrationsbüro',
      intro:
        'Anonym heißt: ohne Namen. In der Datei stehen nur die Ampeln und ein paar grobe Angaben. Das Integrationsbüro kann daraus nicht erkennen, welcher Verein die Datei geschickt hat.',
      draft:
        'Diese Einschätzung ist noch nicht abgeschlossen. Schließt sie zuerst in der Übersicht ab. Dann gibt es die anonyme Rückmeldung.',
      contains: 'Das steht in der Datei',
      edition: 'Ausgabe vom Ampelbogen',
      editionName: (title: string, version: number) => `${title}, Version ${version}`,
      period: 'Zeitraum',
      quarter: (period: string) => {
        const [year, q] = period.split('-Q');
        const span = months[Number(q) - 1];
        return span
          ? `${span} ${year} (${q}. Quartal, ohne genaues Datum)`
          : `${q}. Quartal ${year} (ohne genaues Datum)`;
      },
      lights: 'Ampeln',
      lightCount: (n: number) =>
        n === 1 ? '1 beantwortete Aussage:' : `${n} beantwortete Aussagen:`,
      fileId: 'Zufällige Kennung der Datei',
      fileIdHint:
        'Die Kennung ist ein zufälliger Code. Sie ist bei jedem Öffnen von dieser Seite neu. Schickt ihr dieselbe Datei zweimal, merkt das Integrationsbüro es an der Kennung. Zwei verschiedene Dateien von eurem Verein kann es damit nicht verbinden.',
      appVersion: 'Version der App',
      everyLight: 'Alle Ampeln der Datei ansehen',
      notInFile: 'nicht in der Datei (offen)',
      exactText: 'Den genauen Inhalt der Datei ansehen',
      notContained: 'Das steht nicht in der Datei',
      notContainedList: [
        'der Name von eurem Verein und seine Beschreibung',
        'Namen, Kontaktdaten, Notizen und nächste Schritte',
        'das genaue Datum vom Treffen',
        'ein Code, der zwei Dateien von eurem Verein verbindet',
      ],
      details: 'Mehr zur Datei: alles, was drin steht',
      quarterShort: (period: string) => {
        const [year, q] = period.split('-Q');
        const span = months[Number(q) - 1];
        return span ? `${span} ${year}` : `${q}. Quartal ${year}`;
      },
      summaryIn: 'In der Datei:',
      summaryInList: (n: number, quarter: string, edition: string) =>
        `${n === 1 ? '1 Ampel' : `${n} Ampeln`}, ${quarter}, ${edition}.`,
      summaryOut: 'Nicht in der Datei:',
      summaryOutList: 'Namen, Notizen, nächste Schritte, das genaue Datum.',
      sender: 'In der Datei steht kein Name. Aber bei einer E-Mail sieht man, wer sie schickt.',
      senderDrop:
        'Die Stadt hat auch einen Ablage-Ordner. Dort kommt die Datei ohne Namen und ohne E-Mail-Adresse an.',
      dropStep:
        'Ihr könnt die gespeicherte Datei auch in den Ablage-Ordner der Stadt laden. Dafür braucht ihr keine E-Mail:',
      dropLink: 'Ablage-Ordner der Stadt öffnen',
      mailStep: 'Dann schreibt eine E-Mail. Hängt die gespeicherte Datei an:',
      mailLink: (email: string) => `E-Mail an ${email} schreiben`,
      mailSubject: (quarter: string) => `Ampelbogen: anonyme Rückmeldung, ${quarter}`,
      mailBody: (file: string) =>
        `Hallo,\n\nim Anhang ist unsere anonyme Rückmeldung zum Ampelbogen. Die Datei heißt „${file}“.\n\n[Bitte die gespeicherte Datei anhängen. Sie ist meist im Ordner „Downloads“.]\n\nViele Grüße`,
      share: 'Datei teilen',
      save: 'Datei speichern',
      shareTitle: 'Ampelbogen: anonyme Rückmeldung',
      delivered: {
        shared: 'Die App hat die Datei zum Teilen weitergegeben.',
        downloaded:
          'Die Datei ist gespeichert, meistens im Ordner „Downloads“. Schickt sie per E-Mail oder Messenger an das Integrationsbüro.',
      },
      failed: 'Die App konnte die Datei nicht erstellen. Bitte versucht es noch einmal.',
    },
    contact: {
      heading: 'Kontakt: Integrationsbüro',
      intro:
        'Das Integrationsbüro ist ein Büro der Stadt Neu-Isenburg. Es kümmert sich um Integration, also um ein gutes Zusammenleben von allen Menschen in der Stadt. Schickt die Datei an das Integrationsbüro: per E-Mail, Messenger oder Post. Ihr braucht Hilfe? Dann fragt dort nach.',
      phone: 'Telefon:',
      email: 'E-Mail:',
      drop: 'Ablage-Ordner für Dateien:',
      dropLink: 'Ablage-Ordner öffnen',
      missing:
        'In dieser Ausgabe vom Ampelbogen steht kein Kontakt. Fragt bei der Stadt Neu-Isenburg nach dem Integrationsbüro.',
    },
  },
  report: {
    make: 'PDF erstellen',
    language: 'Sprache vom Bericht',
    share: 'PDF teilen',
    busy: 'Die App erstellt das PDF …',
    downloaded: (file: string) => `Das PDF „${file}“ ist gespeichert.`,
    shared: 'Ihr habt das PDF weitergegeben.',
    cancelled: 'Weitergeben abgebrochen. Die App hat nichts geschickt.',
    failed:
      'Die App konnte das PDF nicht erstellen. Bitte versucht es noch einmal. Klappt es wieder nicht? Dann ladet die App neu.',
    notFound: 'Diese Einschätzung gibt es nicht mehr. Die App hat kein PDF erstellt.',
    editionMissing:
      'Die Ausgabe vom Ampelbogen zu dieser Einschätzung fehlt auf diesem Gerät. Die App hat kein PDF erstellt.',
    // Texts inside the PDF.
    title: 'Bericht zum Ampelbogen',
    docTitle: (club: string, date: string) => `Bericht zum Ampelbogen: ${club}, ${date}`,
    assessmentOf: (date: string) => `Einschätzung vom ${date}`,
    statusDone: 'abgeschlossen',
    statusDraft: 'noch nicht fertig',
    edition: (title: string, version: number) => `Ampelbogen: ${title}, Version ${version}`,
    legend: 'Die Zeichen der Ampel',
    legendUnanswered: 'noch nicht beantwortet',
    overview: 'Die Bereiche im Überblick',
    // The progress overview: every area at the club's latest finished meetings.
    progressHeading: 'Fortschritt in den Bereichen',
    progressIntro:
      'Jede Zeile ist ein Bereich. Jede Spalte ist eine abgeschlossene Einschätzung. Die älteste steht links. Ein Strich (–) heißt: nicht gefragt oder kein Wert.',
    progressRecent: (n: number, all: number) =>
      `Hier stehen nur die letzten ${n} von ${all} Einschätzungen.`,
    areaLight: (word: string) => `Ampel für den Bereich: ${word}`,
    noLight: 'keine Ampel',
    count: (n: number, word: string) => `${word}: ${n}`,
    criteria: 'Aussagen',
    note: 'Notiz',
    carried: (date: string) => `Vom letzten Mal (${date}) übernommen, nicht bestätigt`,
    spread: (n: number, counts: string) =>
      `Runde (${n === 1 ? '1 Antwort' : `${n} Antworten`}): ${counts}`,
    spreadCount: (word: string, n: number) => `${n}-mal ${word}`,
    carriedSummary: (date: string, unconfirmed: number) =>
      unconfirmed === 0
        ? `Die Gruppe hat mit den Ampeln vom ${date} begonnen. Sie hat jede Ampel bestätigt oder geändert.`
        : unconfirmed === 1
          ? `Die Gruppe hat mit den Ampeln vom ${date} begonnen. 1 Ampel davon hat sie nicht bestätigt. Diese Ampel ist markiert.`
          : `Die Gruppe hat mit den Ampeln vom ${date} begonnen. ${unconfirmed} Ampeln davon hat sie nicht bestätigt. Diese Ampeln sind markiert.`,
    nextStep: 'Nächster Schritt',
    who: (who: string) => `Wer: ${who}`,
    due: (date: string) => `bis ${date}`,
    chartCaption: (n: number) =>
      n === 1
        ? 'Verlauf: 1 abgeschlossene Einschätzung vom Verein'
        : `Verlauf: ${n} abgeschlossene Einschätzungen vom Verein`,
    noHistory:
      'Verlauf: Es gibt noch keine abgeschlossene Einschätzung, die nach diesem Bereich fragt.',
    threshold: (word: string, percent: string) => `${word} ab ${percent}`,
    continued: (title: string) => `${title} (Fortsetzung)`,
    openMeasures: 'Offene Schritte vom Verein',
    openMeasuresIntro:
      'Alle offenen Schritte aus den Einschätzungen vom Verein. Schritte mit einem Termin, der schon vorbei ist, stehen zuerst.',
    noOpenMeasures: 'Keine offenen Schritte.',
    forCriterion: (text: string) => `Zur Aussage: ${text}`,
    plannedOn: (date: string) => `geplant am ${date}`,
    overdue: 'Termin vorbei',
    header: (club: string, date: string) => `${club} · Einschätzung vom ${date}`,
    footer: (date: string) => `Erstellt am ${date} mit der App Ampelbogen Neu-Isenburg`,
    page: (n: number, total: number) => `Seite ${n} von ${total}`,
  },
  install: {
    heading: 'Den Ampelbogen als App installieren',
    intro:
      'Dann ist der Ampelbogen auf eurem Startbildschirm. Ihr öffnet ihn mit einem Tipp. Das geht auch ohne Internet.',
    install: 'Installieren',
    installApp: 'App installieren',
    notNow: 'Nicht jetzt',
    iosShare: 'Tippt in Safari auf „Teilen“. Das ist das Viereck mit dem Pfeil nach oben.',
    iosAdd: 'Tippt dann auf „Zum Home-Bildschirm“. Und dann auf „Hinzufügen“.',
    iosStorage:
      'Wichtig: Die App hat einen eigenen Speicher. Eure Einträge aus dem Browser kommen mit einer Sicherung in die App.',
    toBackup: 'Zur Sicherung',
  },
  settings: {
    heading: 'Einstellungen',
    storageHeading: 'Speicher auf diesem Gerät',
    persistent: 'Eure Daten sind dauerhaft gespeichert. Der Browser löscht sie nicht von selbst.',
    notPersistent:
      'Eure Daten sind nicht dauerhaft gespeichert. Wenn wenig Platz ist, darf der Browser sie löschen.',
    persistUnknown: 'Dieser Browser sagt nicht, ob eure Daten dauerhaft gespeichert sind.',
    persistAdvice:
      'Das hilft: Legt die App auf den Startbildschirm („Zum Startbildschirm hinzufügen“). Und erstellt regelmäßig eine Sicherung.',
    persistAsk: 'Dauerhaft speichern',
    usage: (used: string, quota: string) => `Benutzt: ${used} von ${quota}.`,
    kilobytes: (n: string) => `${n} Kilobyte`,
    megabytes: (n: string) => `${n} Megabyte`,
    usageUnknown: 'Der Browser sagt nicht, wie viel Speicher es gibt.',
    editionsHeading: 'Ausgaben vom Ampelbogen',
    editionDefault: 'gilt für neue Einschätzungen',
    importEdition: 'Ausgabe aus Datei laden',
    importEditionHint:
      'Das Integrationsbüro kann den Ampelbogen neu herausgeben, als neue Ausgabe. Ihr bekommt sie als JSON-Datei.',
    editionImported: (title: string, version: number) =>
      `„${title}“, Version ${version} ist jetzt da. Neue Einschätzungen nutzen diese Ausgabe.`,
    editionAlreadyThere: 'Diese Ausgabe ist schon auf dem Gerät. Die App hat nichts geändert.',
    appVersion: (v: string) => `Version der App: ${v}`,
  },
  editions: {
    line: (version: number, date: string, criteria: number) =>
      `Version ${version} vom ${date}, ${criteria === 1 ? '1 Aussage' : `${criteria} Aussagen`}`,
    used: (n: number) =>
      n === 0
        ? 'keine Einschätzung nutzt sie'
        : n === 1
          ? '1 Einschätzung nutzt sie'
          : `${n} Einschätzungen nutzen sie`,
    shipped: 'kommt mit der App',
    inUseHint: 'Ihr könnt sie nicht löschen, solange Einschätzungen sie nutzen.',
    delete: 'Ausgabe löschen',
    deleteLabel: (title: string, version: number) =>
      `Ausgabe löschen: ${title}, Version ${version}`,
    confirmDelete: (title: string, version: number) => `„${title}“, Version ${version} löschen?`,
    confirmDeleteBody:
      'Keine Einschätzung nutzt diese Ausgabe. Ihr könnt sie später wieder aus der Datei laden.',
    deleted: (title: string, version: number) => `„${title}“, Version ${version} ist gelöscht.`,
    notDeleted: {
      'in-use': 'Einschätzungen nutzen diese Ausgabe. Darum bleibt sie.',
      shipped: 'Die Ausgabe, die mit der App kommt, bleibt immer auf dem Gerät.',
      missing: 'Diese Ausgabe ist schon nicht mehr auf dem Gerät.',
    },
    importHint:
      'Eine JSON-Datei vom Integrationsbüro. Die App prüft sie zuerst. Ihr seht, was sich ändert. Dann entscheidet ihr, ob ihr sie übernehmt.',
    checkHeading: (title: string, version: number) => `Geprüft: „${title}“, Version ${version}`,
    valid: (criteria: number, areas: number) =>
      `Die Datei ist in Ordnung: ${areas === 1 ? '1 Bereich' : `${areas} Bereiche`}, ${criteria === 1 ? '1 Aussage' : `${criteria} Aussagen`}.`,
    older:
      'Auf dem Gerät gibt es schon eine neuere Version von dieser Ausgabe. Die App speichert diese Datei nur als ältere Ausgabe. Neue Einschätzungen nutzen weiter die neuere Version.',
    importedOlder: (title: string, version: number) =>
      `„${title}“, Version ${version} ist als ältere Ausgabe gespeichert. Neue Einschätzungen nutzen weiter die neuere Version.`,
    accept: 'Ausgabe übernehmen',
    discard: 'Nicht übernehmen',
    diff: {
      none: 'Der Inhalt ist gleich wie bei der bisherigen Ausgabe.',
      against: (title: string, version: number) =>
        `Das ist anders als bei „${title}“, Version ${version}:`,
      title: (before: string, after: string) => `Titel: „${before}“ → „${after}“`,
      areaAdded: (title: string) => `Neuer Bereich: ${title}`,
      areaRemoved: (title: string) => `Bereich fällt weg: ${title}`,
      areaRenamed: (before: string, after: string) =>
        `Bereich mit neuem Namen: „${before}“ → „${after}“`,
      thresholds: (g0: string, g1: string, y0: string, y1: string) =>
        `Neue Grenzen für die Ampel: Grün ab ${g0} → ${g1}, Gelb ab ${y0} → ${y1}`,
      rating: (word: string, before: string, after: string) =>
        `Ampel „${word}“: ${before} → ${after}`,
      added: (n: number) => (n === 1 ? '1 neue Aussage' : `${n} neue Aussagen`),
      removed: (n: number) => (n === 1 ? '1 Aussage fällt weg' : `${n} Aussagen fallen weg`),
      reworded: (n: number) =>
        n === 1 ? '1 Aussage mit neuem Text' : `${n} Aussagen mit neuem Text`,
      moved: (n: number) =>
        n === 1
          ? '1 Aussage ist jetzt in einem anderen Bereich'
          : `${n} Aussagen sind jetzt in anderen Bereichen`,
      movedItem: (text: string, from: string, to: string) => `${text} (von „${from}“ nach „${to}“)`,
      ideas: (n: number) =>
        n === 1
          ? 'Bei 1 Aussage ändern sich die Ideen für einen ersten Schritt'
          : `Bei ${n} Aussagen ändern sich die Ideen für einen ersten Schritt`,
      ideasItem: (text: string, added: number, removed: number) =>
        `${text}: ${[
          added === 1 ? '1 neue Idee' : added > 1 ? `${added} neue Ideen` : '',
          removed === 1 ? '1 Idee fällt weg' : removed > 1 ? `${removed} Ideen fallen weg` : '',
        ]
          .filter(Boolean)
          .join(', ')}`,
      drasticMark: '(stark geändert)',
      drasticHeading: 'Achtung: gleiche Kennung, aber ganz anderer Text',
      drasticHint:
        'Jede Aussage hat eine Kennung. Die Kennung behält ihre Bedeutung für immer. Denn die App vergleicht alte Antworten mit dem neuen Text. Fragt die Aussage jetzt etwas anderes? Dann gebt ihr eine neue Kennung.',
      kept: (n: number) =>
        n === 1
          ? '1 Aussage bleibt (gleiche Kennung).'
          : `${n} Aussagen bleiben (gleiche Kennung). Ihre Antworten kommen mit.`,
    },
  },
  files: {
    tooLarge: (maxKb: number) =>
      `Die Datei ist zu groß. Sie darf höchstens ${maxKb} Kilobyte haben. Die App hat nichts gespeichert.`,
    notJson: 'Die Datei ist keine richtige JSON-Datei. Die App hat nichts gespeichert.',
    tooDeep: (levels: number) =>
      `Die Datei ist zu tief verschachtelt: mehr als ${levels} Ebenen. Die App hat sie abgelehnt. Auf dem Gerät ist alles wie vorher.`,
    notEdition: 'Das ist keine Ausgabe vom Ampelbogen. Die App hat nichts gespeichert.',
    invalidEdition: (problems: string) =>
      `Die Ausgabe hat Fehler. Die App hat sie nicht geladen. Die Fehler: ${problems}`,
    sameVersionDifferent:
      'Diese Ausgabe ist schon auf dem Gerät: mit gleicher Kennung und Version, aber mit anderem Inhalt. Die App hat sie nicht geladen. So behalten alte Einschätzungen ihre Bedeutung. Bitte fragt beim Integrationsbüro nach einer neuen Version.',
    unreadable: 'Die App konnte die Datei nicht lesen. Bitte versucht es noch einmal.',
    notAnonymous:
      'Das ist keine anonyme Rückmeldung vom Ampelbogen. Die App hat sie nicht übernommen.',
    anonymousVersion:
      'Diese Rückmeldung hat ein Format, das diese App nicht kennt. Vielleicht kommt sie aus einer neueren Version der App. Bitte aktualisiert die App.',
    invalidAnonymous: (problems: string) =>
      `Die Rückmeldung hat Fehler. Die App hat sie nicht übernommen. Die Fehler: ${problems}`,
    unknownCriteria: (edition: string, version: number, ids: string, more: number) =>
      `Die Rückmeldung bewertet Aussagen, die es in ihrer Ausgabe nicht gibt. Die Ausgabe ist „${edition}“, Version ${version}. Diese Aussagen gibt es dort nicht: ${ids}${more > 0 ? ` und ${more} weitere` : ''}. Die App hat die Rückmeldung nicht übernommen.`,
    hostileKey: (key: string) =>
      `Die Datei hat ein Feld, das nicht erlaubt ist: „${key}“. Die App hat die Datei abgelehnt. Auf dem Gerät ist alles wie vorher.`,
    editionTooNew:
      'Diese Ausgabe hat ein Format, das diese App nicht kennt. Vielleicht kommt sie aus einer neueren Version der App. Bitte aktualisiert die App. Die App hat nichts gespeichert.',
    editionBadVersion:
      'Bei der Ausgabe fehlt eine gültige Angabe zur Version vom Format („formatVersion“). Die App hat sie nicht geladen. Auf dem Gerät ist alles wie vorher.',
    issues: {
      missing: 'fehlt',
      wrongType: 'hat die falsche Art von Wert',
      wrongTypeOf: (expected: string) => `hat die falsche Art von Wert (richtig ist: ${expected})`,
      types: {
        string: 'Text',
        number: 'Zahl',
        int: 'ganze Zahl',
        boolean: 'wahr oder falsch',
        object: 'Gruppe von Feldern',
        record: 'Gruppe von Feldern',
        array: 'Liste',
      },
      outOfRange: 'ist eine Zahl, die zu groß oder zu klein ist',
      tooLong: (max: number | string) => `ist zu lang (höchstens ${max})`,
      tooShort: (min: number | string) => `ist zu kurz oder leer (mindestens ${min})`,
      tooBig: (max: number | string) => `ist zu groß (höchstens ${max})`,
      tooSmall: (min: number | string) => `ist zu klein (mindestens ${min})`,
      notAllowed: (values: string) => `hat einen Wert, der nicht erlaubt ist (erlaubt: ${values})`,
      unknownKeys: (keys: string) => `hat Felder, die die App nicht kennt: ${keys}`,
      badFormat: 'hat ein falsches Format',
      invalid: 'stimmt nicht',
      more: (n: number) => `und ${n === 1 ? '1 weiterer Fehler' : `${n} weitere Fehler`}`,
      duplicateAreaId: (id: string) =>
        `ist doppelt: Die Kennung „${id}“ gibt es bei mehr als einem Bereich`,
      duplicateCriterionId: (id: string) =>
        `ist doppelt: Die Kennung „${id}“ gibt es bei mehr als einer Aussage`,
      unknownDimension: (id: string) => `nennt eine Gruppe, die es nicht gibt: „${id}“`,
      unknownTranslatedId: (id: string) =>
        `übersetzt etwas, das es in der Ausgabe nicht gibt: „${id}“`,
      eachLightOnce: 'muss jede Ampel genau einmal haben (green, yellow, red, na)',
      onlyNaWithoutValue: 'darf nur bei „trifft nicht zu“ keinen Wert haben',
      yellowBelowGreen: 'stimmen nicht: Die Grenze für Gelb muss unter der Grenze für Grün liegen',
      tooManyRatings: (max: number) => `hat zu viele Aussagen (höchstens ${max})`,
    },
    path: {
      root: 'Datei',
      area: (n: number) => `Bereich ${n}`,
      criterion: (n: number) => `Aussage ${n}`,
      rating: (n: number) => `Ampel ${n}`,
      dimension: (n: number) => `Gruppe ${n}`,
      item: (n: number) => `Eintrag ${n}`,
      field: (name: string) => `„${name}“`,
    },
  },
  office: {
    heading: 'Auswertung (Integrationsbüro)',
    intro:
      'Hier seht ihr die anonymen Rückmeldungen der Vereine für die ganze Stadt. Die Dateien bleiben auf diesem Gerät.',
    empty:
      'Ihr habt noch keine Rückmeldung übernommen. Wählt die JSON-Dateien der Vereine aus. Oder zieht sie in das Feld oben.',
    importHeading: 'Rückmeldungen übernehmen',
    pick: 'Dateien auswählen',
    pickHint: 'Anonyme Rückmeldungen (JSON). Ihr könnt mehrere wählen. Oder zieht sie hierher.',
    dropActive: 'Jetzt loslassen: Die App übernimmt die Dateien',
    checking: (n: number) => (n === 1 ? 'Die App prüft 1 Datei …' : `Die App prüft ${n} Dateien …`),
    result: (added: number, already: number, rejected: number) =>
      `${added} übernommen, ${already} schon da, ${rejected} abgelehnt.`,
    outcomes: {
      added: 'übernommen',
      already: 'schon da (gleiche Kennung)',
      rejected: 'abgelehnt',
    },
    resultList: (n: number) => `Ergebnis für jede Datei (${n})`,
    notAdded: 'Nicht übernommen',
    duplicateInBatch: 'Diese Kennung kommt in der Auswahl mehr als einmal vor.',
    filtersHeading: 'Auswahl',
    from: 'Von Quartal',
    to: 'Bis Quartal',
    category: 'Art des Vereins',
    sizeBand: 'Wie viele Mitglieder?',
    all: 'alle',
    basis: (n: number, total: number) =>
      `Die Zahlen für diese Auswahl kommen aus ${n} von ${feedbacks(total)}.`,
    tooFew: 'zu wenige Rückmeldungen',
    tooFewSelection:
      'Für diese Auswahl gibt es zu wenige Rückmeldungen. Zahlen zeigt die App erst ab 3 Rückmeldungen.',
    rule: 'Niemand soll einen einzelnen Verein erkennen können. Darum zeigt die Auswertung keine Zahl, die aus weniger als 3 Rückmeldungen kommt. Dafür ordnet die App die Rückmeldungen in Gruppen: nach Quartal, Art und Größe. Eine Gruppe mit nur 1 oder 2 Rückmeldungen zählt nie mit, bei keiner Auswahl. So kann man sie auch nicht herausrechnen, wenn man zwei Auswahlen vergleicht. Genauso zählt eine Aussage in einer Gruppe nicht mit, wenn nur 1 oder 2 Rückmeldungen aus dieser Gruppe nach ihr gefragt haben.',
    heldBack: (n: number) =>
      n === 0
        ? 'Zurzeit zählen alle Rückmeldungen mit.'
        : `Insgesamt ${n === 1 ? 'zählt 1 Rückmeldung' : `zählen ${n} Rückmeldungen`} nicht mit.`,
    missingEdition: (id: string, version: number, files: number) =>
      `Die Ausgabe „${id}“, Version ${version} ist nicht auf diesem Gerät. ${files === 1 ? 'Die Rückmeldung dazu zählt' : `Die ${files} Rückmeldungen dazu zählen`} deshalb nur über die Kennung der Aussagen. Als gefragt zählt nur, was beantwortet ist. Ladet die Ausgabe in den Einstellungen. Dann seht ihr auch ihre Texte.`,
    unknownArea: 'Aussagen aus Ausgaben, die auf diesem Gerät fehlen',
    unknownCriterion: (id: string) => `Aussage „${id}“`,
    areasHeading: 'Ampeln für jeden Bereich und jede Aussage',
    legend: 'Was die Zeichen bedeuten',
    areaValue: (percent: string) => `Durchschnitt: ${percent}`,
    areaLights: 'Ampel vom Bereich in jeder Rückmeldung',
    basisCount: (n: number) => feedbacks(n),
    unanswered: 'nicht beantwortet',
    notAsked: 'nicht gefragt',
    noValue: 'ohne Wert',
    asTable: 'Als Tabelle',
    tableCaption: (area: string) => `Ampeln für jede Aussage: ${area}`,
    criterion: 'Aussage',
    basisColumn: 'Rückmeldungen',
    count: (n: number, share: string) => `${n} (${share})`,
    trendHeading: 'Die Bereiche im Verlauf',
    trendIntro:
      'Für jeden Bereich: der Durchschnitt aus den Rückmeldungen. 0 % heißt: alles rot. 100 % heißt: alles grün. Jede Rückmeldung zählt gleich viel.',
    granularity: 'Verlauf nach',
    byQuarter: 'Quartal',
    byYear: 'Jahr',
    trendTable: 'Verlauf als Tabelle',
    trendCaption: 'Durchschnitt für jeden Bereich und Zeitraum',
    area: 'Bereich',
    chartTitle: (area: string) => `Verlauf: ${area}`,
    chartDesc: (points: string) => `Durchschnitt in jedem Zeitraum: ${points}.`,
    chartPoint: (label: string, value: string) => `${label}: ${value}`,
    exportHeading: 'Weitergeben',
    csv: 'Tabelle als CSV',
    csvHint:
      'Für Tabellen-Programme (Semikolon, UTF-8). Zahlen, die die App zurückhält, fehlen auch hier.',
    csvDone: 'Die CSV-Datei ist heruntergeladen.',
    pdf: 'Kurzbericht als PDF',
    pdfBusy: 'Die App erstellt das PDF …',
    pdfDone: 'Der Kurzbericht (PDF) ist heruntergeladen.',
    pdfFailed:
      'Die App konnte das PDF nicht erstellen. Bitte ladet die Seite neu. Versucht es dann noch einmal.',
    pdfMade: (date: string) => `Erstellt am ${date}. Nur Zahlen aus mindestens 3 Rückmeldungen.`,
    pdfPage: (n: number, of: number) => `Seite ${n} von ${of}`,
    pdfColumns: { basis: 'Rückmel-\ndungen', unanswered: 'nicht be-\nantwortet' },
    filesHeading: (n: number) => `Übernommene Rückmeldungen (${n})`,
    showList: 'Liste zeigen',
    ruleShort: 'Keine Zahl kommt aus weniger als 3 Rückmeldungen.',
    ruleToggle: 'So schützt die App kleine Zahlen',
    filesIntro:
      'Die App speichert die Dateien ohne Dateinamen. Denn ein Name könnte den Verein verraten. Die Kennung ist gekürzt.',
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
    deletedOne: (id: string) => `Rückmeldung ${id} ist gelöscht.`,
    deleteAll: 'Alle Rückmeldungen löschen',
    confirmDeleteAllTitle: 'Alle Rückmeldungen löschen?',
    confirmDeleteAllBody: (n: number) =>
      `Die App löscht ${feedbacks(n)} von diesem Gerät. Das könnt ihr nicht rückgängig machen. Die Daten der Vereine auf diesem Gerät bleiben, wie sie sind.`,
    confirmDeleteAll: 'Alle für immer löschen',
    deletedAll: 'Alle Rückmeldungen sind gelöscht.',
    csvColumns: {
      area: 'Bereich',
      id: 'Kennung der Aussage',
      criterion: 'Aussage',
      asked: 'Rückmeldungen (gefragt)',
      green: 'grün',
      yellow: 'gelb',
      red: 'rot',
      na: 'trifft nicht zu',
      unanswered: 'nicht beantwortet',
      notAsked: 'nicht gefragt',
      share: (light: string) => `${light} in Prozent`,
    },
    // The dashboard: counts, lights per area and the values over time first;
    // then where clubs need support; why files are held back.
    tooFewAll:
      'Noch gibt es keine Zahlen. Die App zeigt eine Zahl erst, wenn sie aus mindestens 3 Rückmeldungen kommt.',
    widen: (n: { period: boolean; category: boolean; sizeBand: boolean }) => {
      const parts = [
        n.period && 'einen längeren Zeitraum',
        n.category && 'alle Arten',
        n.sizeBand && 'alle Größen',
      ].filter(Boolean);
      return `Wählt ${parts.join(' oder ')}.`;
    },
    heldBackReason: (files: number, groups: number, list: string) =>
      `${files === 1 ? '1 Rückmeldung zählt' : `${files} Rückmeldungen zählen`} nicht mit. Der Grund: In ${groups === 1 ? 'ihrer Gruppe' : 'ihren Gruppen'} sind weniger als 3 Rückmeldungen. ${groups === 1 ? 'Die Gruppe' : 'Die Gruppen'}: ${list}.`,
    heldBackHelp:
      'Das hilft: Mehr Vereine von derselben Art und Größe schicken im selben Quartal eine Datei.',
    group: (quarter: string, category: string, size: string, n: number) =>
      `${quarter} · ${category} · ${size} (${n})`,
    members: (band: string) => `${band} Mitglieder`,
    sizeUnknown: 'Größe nicht angegeben',
    listJoin: (items: string[], more: number) =>
      more > 0 ? `${items.join(', ')} und ${more} weitere` : items.join(', '),
    overviewHeading: 'Ampeln für jeden Bereich',
    overviewCaption: 'Ampeln der Bereiche: wie viele Rückmeldungen bei jeder Ampel',
    overviewBasis: 'Anzahl',
    overviewNote: (same: number | null) =>
      same === null
        ? 'Wie viel Prozent der Rückmeldungen den Bereich grün, gelb oder rot haben. Anzahl: so viele Rückmeldungen wurden nach dem Bereich gefragt.'
        : `Wie viel Prozent der Rückmeldungen den Bereich grün, gelb oder rot haben. Für jeden Bereich zählen ${same} Rückmeldungen.`,
    trendShort: 'Durchschnitt für jeden Bereich. 0 % heißt: alles rot. 100 % heißt: alles grün.',
    trendLatest: (n: number, all: number) =>
      `Hier stehen die letzten ${n} von ${all} Zeiträumen. Alle stehen weiter unten.`,
    trendGap: '– heißt: In diesem Zeitraum gibt es zu wenige Rückmeldungen.',
    trendDetails: 'Der Verlauf genau',
    trendCharts: 'Verlauf für jeden Bereich als Bild',
    periodRange: (from: string, to: string) => `Zeitraum: ${from} bis ${to}`,
    needsHeading: 'Hier brauchen Vereine Hilfe',
    needsIntro:
      'Diese Aussagen haben in dieser Auswahl am meisten Rot und Gelb. Hier kann die Stadt mit Projekten anfangen.',
    needsNone: 'In dieser Auswahl ist keine Aussage rot oder gelb.',
    needsHeldBack: 'Aussagen mit zu wenigen Rückmeldungen stehen nicht in der Liste.',
    needsNoneShown: 'Keine Aussage mit genug Rückmeldungen ist rot oder gelb.',
    needsAll: (n: number) => `Alle ${n} Aussagen zeigen`,
    needsFewer: (n: number) => `Nur die ersten ${n} zeigen`,
  },
  // Files that came without the picker: shared to the installed app, or opened with it.
  received: {
    shared: (n: number) =>
      n === 1
        ? 'Die App hat 1 Datei über „Teilen“ bekommen.'
        : `Die App hat ${n} Dateien über „Teilen“ bekommen.`,
    opened: (n: number) =>
      n === 1
        ? 'Ihr habt 1 Datei mit der App geöffnet.'
        : `Ihr habt ${n} Dateien mit der App geöffnet.`,
    shareFailed:
      'Die App konnte die geteilten Dateien nicht annehmen. Vielleicht ist der Speicher voll. Speichert die Dateien aus der E-Mail oder aus dem Messenger. Wählt sie dann hier mit „Dateien auswählen“ aus.',
    inboxUnreadable:
      'Die App kann die Dateien von „Teilen“ nicht lesen. Speichert die Dateien aus der E-Mail oder aus dem Messenger. Wählt sie dann hier mit „Dateien auswählen“ aus.',
    keptForLater:
      'Die App konnte die Dateien von „Teilen“ nicht übernehmen. Die Dateien bleiben auf diesem Gerät. Wenn ihr die Auswertung das nächste Mal öffnet, versucht die App es noch einmal.',
    notDeleted:
      'Die App hat die Dateien von „Teilen“ übernommen. Sie konnte die Dateien danach aber nicht löschen. Beim nächsten Start prüft die App die Dateien noch einmal. Sie zählen nicht doppelt.',
  },
  backup: {
    heading: 'Sicherung',
    intro:
      'Eine Sicherung ist eine Datei mit allen Vereinen, Einschätzungen und Schritten auf diesem Gerät. Ihr könnt sie aufheben. Oder ihr zieht damit auf ein neues Gerät um.',
    create: 'Sicherung erstellen',
    creating: 'Die App erstellt die Sicherung …',
    created: (fileName: string) => `Die Sicherung ist fertig: ${fileName}. Hebt die Datei gut auf.`,
    cancelled: 'Keine Sicherung erstellt: Ihr habt das Teilen abgebrochen.',
    createFailed:
      'Die App konnte die Sicherung nicht erstellen. Bitte versucht es noch einmal. Klappt es wieder nicht? Dann ladet die Seite neu.',
    shareTitle: 'Sicherung vom Ampelbogen',
    lastBackup: (when: string) => `Letzte Sicherung: ${when}.`,
    never: 'Auf diesem Gerät gibt es noch keine Sicherung.',
    when: (date: string, time: string) => `${date}, ${time} Uhr`,
    restore: 'Sicherung laden',
    restoreHint: 'Eine Sicherungs-Datei von dieser App (ampelbogen-sicherung-….json).',
    reading: 'Die App prüft die Datei …',
    previewHeading: 'Das steht in der Sicherung',
    previewMade: (when: string, version: string) =>
      `Erstellt am ${when} (Version der App: ${version}).`,
    previewClubs: 'Vereine in der Sicherung',
    previewClub: (name: string, count: number) => `${name}: ${assessments(count)}`,
    previewNoClubs: 'In der Sicherung sind keine Vereine.',
    previewTotals: (assessmentCount: number, measures: number) =>
      `${assessments(assessmentCount)}, ${measures === 1 ? '1 Schritt' : `${measures} Schritte`}.`,
    previewRange: (from: string, to: string) =>
      from === to ? `Treffen am ${from}.` : `Treffen vom ${from} bis ${to}.`,
    previewChoose: 'Wie soll die App die Sicherung laden?',
    merge: 'Zu euren Daten dazunehmen',
    mergeHint:
      'Alles auf diesem Gerät bleibt. Gibt es einen Eintrag auf dem Gerät und in der Sicherung? Dann gilt der neuere. Nichts ist danach doppelt.',
    replace: 'Alles ersetzen',
    replaceHint:
      'Die App löscht alle Vereine, Einschätzungen und Schritte auf diesem Gerät. Dann übernimmt sie die Daten aus der Sicherung.',
    cancel: 'Abbrechen',
    confirmTitle: 'Alle Daten auf diesem Gerät ersetzen?',
    confirmBody: (clubCount: number, assessmentCount: number) =>
      `Die App löscht auf diesem Gerät ${clubs(clubCount)} mit ${assessments(assessmentCount)}. Dafür kommen die Daten aus der Sicherung. Was nur auf diesem Gerät ist, ist dann weg. Das könnt ihr nicht rückgängig machen.`,
    confirmReplace: 'Alles ersetzen',
    restoring: 'Die App lädt die Sicherung …',
    restored: (clubCount: number, assessmentCount: number) =>
      `Sicherung geladen: ${clubs(clubCount)}, ${assessments(assessmentCount)}.`,
    tooLarge: (maxMb: number) =>
      `Die Datei ist zu groß für eine Sicherung. Sie darf höchstens ${maxMb} Megabyte haben. Die App hat nichts geändert.`,
    notJson:
      'Die Datei ist keine richtige JSON-Datei. Vielleicht ist sie nicht ganz angekommen. Die App hat nichts geändert.',
    tooDeep: (levels: number) =>
      `Die Datei ist zu tief verschachtelt: mehr als ${levels} Ebenen. Die App hat sie nicht geladen. Auf dem Gerät ist alles wie vorher.`,
    notBackup: 'Das ist keine Sicherung vom Ampelbogen. Die App hat nichts geändert.',
    isEdition:
      'Das ist eine Ausgabe vom Ampelbogen, keine Sicherung. Ausgaben ladet ihr unter „Ausgabe aus Datei laden“. Die App hat nichts geändert.',
    badVersion:
      'Die Angabe zur Version in der Sicherung stimmt nicht. Die App hat die Sicherung nicht geladen. Auf dem Gerät ist alles wie vorher.',
    tooNew:
      'Diese Sicherung kommt aus einer neueren Version der App. Bitte aktualisiert die App. Versucht es dann noch einmal. Die App hat nichts geändert.',
    forbiddenKey: (key: string) =>
      `Die Datei hat ein Feld, das nicht erlaubt ist: „${key}“. Die App hat die Datei nicht geladen. Auf dem Gerät ist alles wie vorher.`,
    invalid: (problems: string) =>
      `Die Sicherung hat Fehler. Die App hat sie nicht geladen. Auf dem Gerät ist alles wie vorher. Die Fehler: ${problems}`,
    editionMissing: (key: string) =>
      `Die Sicherung ist nicht vollständig: Die Ausgabe „${key}“ fehlt. Sie ist nicht in der Datei und nicht auf diesem Gerät. Die App hat nichts geändert.`,
    editionConflict: (key: string) =>
      `Die Ausgabe „${key}“ gibt es auf diesem Gerät schon, aber mit anderem Inhalt. Die App hat die Sicherung nicht geladen. So ändert keine Einschätzung ihre Bedeutung. Auf dem Gerät ist alles wie vorher.`,
    restoreFailed:
      'Die App konnte die Sicherung nicht speichern. Auf dem Gerät ist alles wie vorher. Bitte versucht es noch einmal.',
    checks: {
      duplicate: (where: string) => `${where} ist doppelt`,
      clubMissing: (where: string) => `${where} gehört zu einem Verein, der fehlt`,
      assessmentMissing: (where: string) => `${where} gehört zu einer Einschätzung, die fehlt`,
      clubMismatch: (where: string) =>
        `${where} nennt einen anderen Verein als die Einschätzung dazu`,
      badMeasureId: (where: string) => `${where} hat eine falsche Kennung`,
      snapshotTooLarge: (where: string) => `${where} hat zu viele Ampeln`,
      notesTooMany: (where: string) => `${where} hat zu viele Notizen`,
      spreadTooMany: (where: string) =>
        `${where} hat für zu viele Aussagen die Zählung einer Runde`,
      answerOfFinished: (where: string) =>
        `${where} gehört zu einer abgeschlossenen Einschätzung, und die hat ihre Antworten schon selbst`,
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
