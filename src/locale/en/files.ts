import type { FileMessages } from '../types';
import { enRound } from './round';
import { enScan } from './scan';

// The English texts of the parts that load on demand (files that leave or
// enter the device, settings, the Integrationsbüro view): loaded with them, not
// with the first screen. Same shapes as the German reference.

const rules = new Intl.PluralRules('en-GB');
const one = (n: number) => rules.select(n) === 'one';
const count = (n: number, singular: string, plural: string) => `${n} ${one(n) ? singular : plural}`;
const assessments = (n: number) => count(n, 'assessment', 'assessments');
const statements = (n: number) => count(n, 'statement', 'statements');
const responses = (n: number) => count(n, 'response', 'responses');
const clubs = (n: number) => count(n, 'club', 'clubs');

export const enFiles: FileMessages = {
  round: enRound,
  scan: enScan,
  share: {
    heading: 'Share',
    intro:
      'Here you turn this assessment into files that leave the device: a report for your board and an anonymous response for the Integrationsbüro. Nothing is sent unless you send it.',
    toSummary: 'Go to overview',
    pdf: {
      heading: 'Report as PDF',
      intro:
        'For your board or your records: every statement with its light, note and next step, the lights of the areas, your progress over time and the open steps. The report includes your club’s name.',
      draft:
        'This assessment is still a draft; the report shows where it stands now. The report includes your club’s name.',
    },
    anonymous: {
      heading: 'Anonymous response to the Integrationsbüro',
      intro:
        'The file contains only the lights and a few general details. The Integrationsbüro cannot tell from it which club sent it.',
      draft:
        'This assessment is not finished yet. The anonymous response is available as soon as you finish it in the overview.',
      contains: 'What is in the file',
      edition: 'Edition of the Ampelbogen',
      editionName: (title: string, version: number) => `${title}, version ${version}`,
      period: 'Period',
      quarter: (period: string) => {
        const [year, q] = period.split('-Q');
        return `Q${q} ${year} (no exact date)`;
      },
      lights: 'Lights',
      lightCount: (n: number) => (one(n) ? '1 answered statement:' : `${n} answered statements:`),
      fileId: 'Random file ID',
      fileIdHint:
        'Random, and new each time you open this page. It lets the Integrationsbüro spot the same file sent twice; it does not link two files from your club.',
      appVersion: 'App version',
      everyLight: 'See all the lights in the file',
      notInFile: 'not in the file (open)',
      exactText: 'See exactly what is in the file',
      notContained: 'What is not in the file',
      notContainedList: [
        'your club’s name and description',
        'names, contact details, notes and next steps',
        'the exact date of the meeting',
        'any ID that links two files from your club',
      ],
      details: 'More about the file: every detail and the exact content',
      quarterShort: (period: string) => {
        const [year, q] = period.split('-Q');
        return `Q${q} ${year}`;
      },
      summaryIn: 'In the file:',
      summaryInList: (n: number, quarter: string, edition: string) =>
        `${one(n) ? '1 light' : `${n} lights`}, ${quarter}, ${edition}.`,
      summaryOut: 'Not in the file:',
      summaryOutList: 'names, notes, next steps, the exact date.',
      sender: 'The file contains no names, but an email shows who sent it.',
      senderDrop:
        'Through the town’s upload folder, it arrives without a name or an email address.',
      dropStep: 'Or upload the saved file to the town’s upload folder, no email needed:',
      dropLink: 'Open the town’s upload folder',
      mailStep: 'Then write an email and attach the saved file:',
      mailLink: (email: string) => `Write an email to ${email}`,
      mailSubject: (quarter: string) => `Ampelbogen: anonymous response, ${quarter}`,
      mailBody: (file: string) =>
        `Hello,\n\nplease find attached our anonymous Ampelbogen response (file “${file}”).\n\n[Please attach the saved file before sending – it is usually in your “Downloads” folder.]\n\nBest wishes`,
      share: 'Share file',
      save: 'Save file',
      shareTitle: 'Ampelbogen: anonymous response',
      delivered: {
        shared: 'The file has been passed to the share menu.',
        downloaded:
          'The file has been saved (Downloads). Send it to the Integrationsbüro by e-mail or messenger.',
      },
      failed: 'The file could not be created. Please try again.',
    },
    contact: {
      heading: 'Contact: Integrationsbüro',
      intro:
        'Send the file to the Integrationsbüro by e-mail, messenger or post, or get in touch with them if you need help.',
      phone: 'Phone:',
      email: 'E-mail:',
      drop: 'Upload folder for files:',
      dropLink: 'Open the upload folder',
      missing:
        'This edition of the Ampelbogen gives no contact details. Ask the town of Neu-Isenburg how to reach the Integrationsbüro.',
    },
  },
  report: {
    make: 'Create PDF',
    language: 'Language of the report',
    share: 'Share PDF',
    busy: 'Creating PDF …',
    downloaded: (file: string) => `The PDF “${file}” has been saved.`,
    shared: 'The PDF has been passed on.',
    cancelled: 'Sharing cancelled. Nothing was sent.',
    failed:
      'The PDF could not be created. Please try again; if it still doesn’t work, reload the app.',
    notFound: 'This assessment no longer exists. No PDF was created.',
    editionMissing:
      'The edition of the Ampelbogen used for this assessment is missing on this device. No PDF was created.',
    // Texts inside the PDF.
    title: 'Ampelbogen report',
    docTitle: (club: string, date: string) => `Ampelbogen report: ${club}, ${date}`,
    assessmentOf: (date: string) => `Assessment of ${date}`,
    statusDone: 'finished',
    statusDraft: 'draft, not finished yet',
    edition: (title: string, version: number) => `Ampelbogen: ${title}, version ${version}`,
    legend: 'Key to the lights',
    legendUnanswered: 'not answered yet',
    overview: 'Overview of the areas',
    // The progress overview: every area at the club's latest finished meetings.
    progressHeading: 'Progress by area',
    progressIntro:
      'Each row is an area, each column a finished assessment, oldest first. “–” means not asked or no value.',
    progressRecent: (n: number, all: number) => `The last ${n} of ${all} assessments.`,
    areaLight: (word: string) => `Light for the area: ${word}`,
    noLight: 'no light',
    count: (n: number, word: string) => `${n} ${word}`,
    criteria: 'Statements',
    note: 'Note',
    carried: (date: string) => `Copied from last time (${date}), not confirmed`,
    spread: (n: number, counts: string) => `Round (${count(n, 'answer', 'answers')}): ${counts}`,
    spreadCount: (word: string, n: number) => `${word} ${n}×`,
    carriedSummary: (date: string, unconfirmed: number) =>
      unconfirmed === 0
        ? `Started with the lights from ${date}; the group confirmed or changed every one of them.`
        : one(unconfirmed)
          ? `Started with the lights from ${date}; the group did not confirm 1 of them (marked).`
          : `Started with the lights from ${date}; the group did not confirm ${unconfirmed} of them (marked).`,
    nextStep: 'Next step',
    who: (who: string) => `Who: ${who}`,
    due: (date: string) => `by ${date}`,
    chartCaption: (n: number) =>
      `Progress: the club’s ${one(n) ? '1 finished assessment' : `${n} finished assessments`}`,
    noHistory: 'Progress: no finished assessment covers this area yet.',
    threshold: (word: string, percent: string) => `${word} from ${percent}`,
    continued: (title: string) => `${title} (continued)`,
    openMeasures: 'The club’s open steps',
    openMeasuresIntro: 'All steps still open from the club’s assessments, overdue ones first.',
    noOpenMeasures: 'No open steps.',
    forCriterion: (text: string) => `For the statement: ${text}`,
    plannedOn: (date: string) => `planned on ${date}`,
    overdue: 'overdue',
    header: (club: string, date: string) => `${club} · Assessment of ${date}`,
    footer: (date: string) => `Created on ${date} with the Ampelbogen Neu-Isenburg app`,
    page: (n: number, total: number) => `Page ${n} of ${total}`,
  },
  install: {
    heading: 'Install the Ampelbogen as an app',
    intro: 'Then you open it with one tap on your home screen, even without internet.',
    install: 'Install',
    installApp: 'Install app',
    notNow: 'Not now',
    iosShare: 'In Safari, tap “Share” (the square with an arrow pointing up).',
    iosAdd: 'Then choose “Add to Home Screen” and tap “Add”.',
    iosStorage:
      'The app on your home screen has storage of its own: bring your entries so far with a backup.',
    toBackup: 'Go to backup',
  },
  settings: {
    heading: 'Settings',
    storageHeading: 'Storage on this device',
    persistent: 'Stored permanently: the browser will not delete your data on its own.',
    notPersistent: 'Not stored permanently: if space runs low, the browser may delete your data.',
    persistUnknown: 'This browser does not say whether your data is stored permanently.',
    persistAdvice:
      'What helps: install the app on your home screen (“Add to Home screen”) and back up your data regularly.',
    persistAsk: 'Store permanently',
    usage: (used: string, quota: string) => `In use: ${used} of ${quota}.`,
    kilobytes: (n: string) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
    usageUnknown: 'The browser does not say how much storage there is.',
    editionsHeading: 'Ampelbogen editions',
    editionDefault: 'used for new assessments',
    importEdition: 'Load edition from file',
    importEditionHint: 'A JSON file from the Integrationsbüro.',
    editionImported: (title: string, version: number) =>
      `“${title}”, version ${version}, added. New assessments will use this edition.`,
    editionAlreadyThere: 'This edition is already on the device. Nothing was changed.',
    appVersion: (v: string) => `App version ${v}`,
  },
  editions: {
    line: (version: number, date: string, criteria: number) =>
      `Version ${version}, dated ${date}, ${statements(criteria)}`,
    used: (n: number) => (n === 0 ? 'not used by any assessment' : `used by ${assessments(n)}`),
    shipped: 'comes with the app',
    inUseHint: 'Cannot be deleted while assessments use it.',
    delete: 'Delete edition',
    deleteLabel: (title: string, version: number) => `Delete edition: ${title}, version ${version}`,
    confirmDelete: (title: string, version: number) => `Delete “${title}”, version ${version}?`,
    confirmDeleteBody:
      'No assessment uses this edition. You can load it from its file again later.',
    deleted: (title: string, version: number) =>
      `“${title}”, version ${version}, has been deleted.`,
    notDeleted: {
      'in-use': 'This edition is used by assessments, so it stays.',
      shipped: 'The edition that comes with the app always stays on the device.',
      missing: 'This edition is no longer on the device.',
    },
    importHint:
      'A JSON file from the Integrationsbüro. It is checked first, and you see what changes before you accept it.',
    checkHeading: (title: string, version: number) => `Checked: “${title}”, version ${version}`,
    valid: (criteria: number, areas: number) =>
      `The file is valid: ${count(areas, 'area', 'areas')}, ${statements(criteria)}.`,
    older:
      'There is already a newer version of this edition on the device. This one will only be kept as an older edition; new assessments will go on using the newer one.',
    importedOlder: (title: string, version: number) =>
      `“${title}”, version ${version}, kept as an older edition. New assessments will go on using the newer version.`,
    accept: 'Accept edition',
    discard: 'Discard',
    diff: {
      none: 'Same content as the current edition.',
      against: (title: string, version: number) =>
        `Changes compared with “${title}”, version ${version}:`,
      title: (before: string, after: string) => `Title: “${before}” → “${after}”`,
      areaAdded: (title: string) => `New area: ${title}`,
      areaRemoved: (title: string) => `Area removed: ${title}`,
      areaRenamed: (before: string, after: string) => `Area renamed: “${before}” → “${after}”`,
      thresholds: (g0: string, g1: string, y0: string, y1: string) =>
        `Light thresholds changed: green ${g0} → ${g1}, yellow ${y0} → ${y1}`,
      rating: (word: string, before: string, after: string) =>
        `Light “${word}”: ${before} → ${after}`,
      added: (n: number) => (one(n) ? '1 new statement' : `${n} new statements`),
      removed: (n: number) => (one(n) ? '1 statement removed' : `${n} statements removed`),
      reworded: (n: number) => (one(n) ? '1 statement reworded' : `${n} statements reworded`),
      moved: (n: number) =>
        one(n)
          ? '1 statement moved to a different area'
          : `${n} statements moved to different areas`,
      movedItem: (text: string, from: string, to: string) => `${text} (from “${from}” to “${to}”)`,
      ideas: (n: number) =>
        one(n)
          ? 'The ideas for a first step change for 1 statement'
          : `The ideas for a first step change for ${n} statements`,
      ideasItem: (text: string, added: number, removed: number) =>
        `${text}: ${[
          added === 0 ? '' : one(added) ? '1 new idea' : `${added} new ideas`,
          removed === 0 ? '' : one(removed) ? '1 idea removed' : `${removed} ideas removed`,
        ]
          .filter(Boolean)
          .join(', ')}`,
      drasticMark: '(greatly changed)',
      drasticHeading: 'Caution: same ID, greatly changed text',
      drasticHint:
        'An ID keeps its meaning for ever: old answers are compared with the new text. If the statement now asks something different, give it a new ID.',
      kept: (n: number) =>
        one(n)
          ? '1 statement stays (same ID); its answers can be carried over.'
          : `${n} statements stay (same ID); their answers can be carried over.`,
    },
  },
  files: {
    tooLarge: (maxKb: number) => `The file is too large (${maxKb} KB at most). Nothing was saved.`,
    notJson: 'The file is not a valid JSON file. Nothing was saved.',
    tooDeep: (levels: number) =>
      `The file is nested too deeply (more than ${levels} levels) and was rejected. Nothing was saved.`,
    notEdition: 'This is not an edition of the Ampelbogen. Nothing was saved.',
    invalidEdition: (problems: string) => `The edition has errors and was not loaded: ${problems}`,
    sameVersionDifferent:
      'This edition (same ID and version) is already on the device with different content. It was not loaded, so that old assessments keep their meaning. Please ask the Integrationsbüro for a new version.',
    unreadable: 'The file could not be read. Please try again.',
    notAnonymous: 'This is not an anonymous Ampelbogen response. It was not added.',
    anonymousVersion:
      'This response has a format version this app does not know. It may come from a newer version of the app: please update the app.',
    invalidAnonymous: (problems: string) =>
      `The response has errors and was not added: ${problems}`,
    unknownCriteria: (edition: string, version: number, ids: string, more: number) =>
      `The response rates statements that do not exist in its edition (“${edition}”, version ${version}): ${ids}${more > 0 ? ` and ${more} more` : ''}. It was not added.`,
    hostileKey: (key: string) =>
      `The file contains a field that is not allowed (“${key}”) and was rejected. Nothing was saved.`,
    editionTooNew:
      'This edition has a format version this app does not know. It may come from a newer version of the app: please update the app. Nothing was saved.',
    editionBadVersion:
      'The edition has no valid format version (“formatVersion”) and was not loaded. Nothing was saved.',
    issues: {
      missing: 'is missing',
      wrongType: 'has the wrong type',
      wrongTypeOf: (expected: string) => `has the wrong type (expected: ${expected})`,
      types: {
        string: 'text',
        number: 'number',
        int: 'whole number',
        boolean: 'true or false',
        object: 'object',
        record: 'object',
        array: 'list',
      },
      outOfRange: 'is a number outside the allowed range',
      tooLong: (max: number | string) => `is too long (${max} at most)`,
      tooShort: (min: number | string) => `is too short or empty (${min} at least)`,
      tooBig: (max: number | string) => `is too large (${max} at most)`,
      tooSmall: (min: number | string) => `is too small (${min} at least)`,
      notAllowed: (values: string) => `has a value that is not allowed (allowed: ${values})`,
      unknownKeys: (keys: string) => `contains unknown fields: ${keys}`,
      badFormat: 'has an invalid format',
      invalid: 'is invalid',
      more: (n: number) => (one(n) ? 'and 1 more problem' : `and ${n} more problems`),
      duplicateAreaId: (id: string) => `duplicate area ID “${id}”`,
      duplicateCriterionId: (id: string) => `duplicate statement ID “${id}”`,
      unknownDimension: (id: string) => `unknown dimension “${id}”`,
      unknownTranslatedId: (id: string) => `translates “${id}”, which the edition does not have`,
      eachLightOnce: 'each light colour exactly once (green, yellow, red, na)',
      onlyNaWithoutValue: 'only “not applicable” has no value',
      yellowBelowGreen: 'the threshold for yellow must be below the one for green',
      tooManyRatings: (max: number) => `${statements(max)} at most`,
    },
    path: {
      root: 'File',
      area: (n: number) => `Area ${n}`,
      criterion: (n: number) => `Statement ${n}`,
      rating: (n: number) => `Light ${n}`,
      dimension: (n: number) => `Dimension ${n}`,
      item: (n: number) => `Item ${n}`,
      field: (name: string) => `“${name}”`,
    },
  },
  office: {
    heading: 'Analysis (Integrationsbüro)',
    intro: 'The clubs’ anonymous responses, added up for the town. The files stay on this device.',
    empty: 'No responses added yet. Choose the clubs’ JSON files, or drag them into the box above.',
    importHeading: 'Add responses',
    pick: 'Choose files',
    pickHint: 'Anonymous responses (JSON), several at once if you like, or drag them here.',
    dropActive: 'Drop to add the files',
    checking: (n: number) => (one(n) ? 'Checking 1 file …' : `Checking ${n} files …`),
    result: (added: number, already: number, rejected: number) =>
      `${added} added, ${already} already there, ${rejected} rejected.`,
    outcomes: {
      added: 'added',
      already: 'already there (same ID)',
      rejected: 'rejected',
    },
    resultList: (n: number) => `Result for each file (${n})`,
    notAdded: 'Not added',
    duplicateInBatch: 'This ID appears more than once in your selection.',
    filtersHeading: 'Filter',
    from: 'From quarter',
    to: 'To quarter',
    category: 'Type of club',
    sizeBand: 'Size (members)',
    all: 'all',
    basis: (n: number, total: number) =>
      `The figures for this selection are based on ${n} of ${responses(total)}.`,
    tooFew: 'too few responses',
    tooFewSelection:
      'Too few responses for this selection: figures are only shown from 3 responses up.',
    rule: 'So that no one can work out which single club is behind a figure, the analysis shows no number based on fewer than 3 responses. To do this, responses are grouped by quarter, type and size. A group with only 1 or 2 responses is left out of every figure, whatever the selection; that way it cannot be worked out by comparing two selections either. In the same way, a statement is left out for a group if only 1 or 2 of its responses asked about it.',
    heldBack: (n: number) =>
      n === 0
        ? 'No responses are being held back at the moment.'
        : `In total, ${one(n) ? '1 response is' : `${n} responses are`} being held back.`,
    missingEdition: (id: string, version: number, files: number) =>
      `Edition “${id}”, version ${version}, is not on this device; ${one(files) ? 'the response that uses it is' : `the ${files} responses that use it are`} counted by statement ID, and only what was answered counts as asked. Load the edition in Settings to see its texts.`,
    unknownArea: 'Statements from editions that are missing on this device',
    unknownCriterion: (id: string) => `Statement “${id}”`,
    areasHeading: 'Lights by area and statement',
    legend: 'Key',
    areaValue: (percent: string) => `Average score: ${percent}`,
    areaLights: 'Area light per response',
    basisCount: (n: number) => responses(n),
    unanswered: 'not answered',
    notAsked: 'not asked',
    noValue: 'no score',
    asTable: 'As a table',
    tableCaption: (area: string) => `Lights by statement: ${area}`,
    criterion: 'Statement',
    basisColumn: 'Responses',
    count: (n: number, share: string) => `${n} (${share})`,
    trendHeading: 'Area scores over time',
    trendIntro:
      'For each area, the average score of the responses, from 0% (all red) to 100% (all green). Every response counts the same.',
    granularity: 'Show by',
    byQuarter: 'Quarter',
    byYear: 'Year',
    trendTable: 'Progress as a table',
    trendCaption: 'Average score by area and period',
    area: 'Area',
    chartTitle: (area: string) => `Over time: ${area}`,
    chartDesc: (points: string) => `Average score per period: ${points}.`,
    chartPoint: (label: string, value: string) => `${label}: ${value}`,
    exportHeading: 'Share',
    csv: 'Table as CSV',
    csvHint:
      'For spreadsheet programs (semicolon, UTF-8). Figures held back are missing here, too.',
    csvDone: 'The CSV file has been downloaded.',
    pdf: 'Short report as PDF',
    pdfBusy: 'Creating PDF …',
    pdfDone: 'The short report (PDF) has been downloaded.',
    pdfFailed: 'The PDF could not be created. Please reload the page and try again.',
    pdfMade: (date: string) => `Created on ${date}. Only figures based on at least 3 responses.`,
    pdfPage: (n: number, of: number) => `Page ${n} of ${of}`,
    pdfColumns: { basis: 'Respon-\nses', unanswered: 'not an-\nswered' },
    filesHeading: (n: number) => `Responses added (${n})`,
    showList: 'Show list',
    ruleShort: 'No figure is based on fewer than 3 responses.',
    ruleToggle: 'How small numbers are protected',
    filesIntro:
      'Stored without file names, because a name could give away the club. The ID is shortened.',
    columns: {
      period: 'Quarter',
      category: 'Type',
      sizeBand: 'Size',
      edition: 'Edition',
      importedAt: 'Added on',
      id: 'ID',
      action: 'Action',
    },
    editionShort: (id: string, version: number) => `${id}, version ${version}`,
    delete: 'Delete',
    deleteOne: (id: string) => `Delete response ${id}`,
    deletedOne: (id: string) => `Response ${id} deleted.`,
    deleteAll: 'Delete all responses',
    confirmDeleteAllTitle: 'Delete all responses?',
    confirmDeleteAllBody: (n: number) =>
      `${one(n) ? '1 response' : `${n} responses`} will be deleted from this device. This cannot be undone. The clubs’ data on this device is not affected.`,
    confirmDeleteAll: 'Delete all for good',
    deletedAll: 'All responses have been deleted.',
    csvColumns: {
      area: 'Area',
      id: 'Statement ID',
      criterion: 'Statement',
      asked: 'Responses (asked)',
      green: 'green',
      yellow: 'yellow',
      red: 'red',
      na: 'not applicable',
      unanswered: 'not answered',
      notAsked: 'not asked',
      share: (light: string) => `Share of ${light} (%)`,
    },
    // The dashboard: counts, lights per area and the values over time first;
    // then where clubs need support; why files are held back.
    tooFewAll: 'No figures yet: a figure is only shown once it rests on at least 3 responses.',
    widen: (n: { period: boolean; category: boolean; sizeBand: boolean }) => {
      const parts = [
        n.period && 'a longer period',
        n.category && 'all types',
        n.sizeBand && 'all sizes',
      ].filter(Boolean);
      return `Choose ${parts.join(' or ')}.`;
    },
    heldBackReason: (files: number, groups: number, list: string) =>
      `${one(files) ? '1 response is' : `${files} responses are`} not counted because ${one(files) ? 'it is' : 'they are'} in ${groups === 1 ? 'a group' : 'groups'} with fewer than 3 responses: ${list}.`,
    heldBackHelp:
      'It helps if more clubs of the same type and size send a file in the same quarter.',
    group: (quarter: string, category: string, size: string, n: number) =>
      `${quarter} · ${category} · ${size} (${n})`,
    members: (band: string) => `${band} members`,
    sizeUnknown: 'size not given',
    listJoin: (items: string[], more: number) =>
      more > 0 ? `${items.join(', ')} and ${more} more` : items.join(', '),
    overviewHeading: 'Lights by area',
    overviewCaption: 'Lights of the areas: share of responses for each light',
    overviewBasis: 'Number',
    overviewNote: (same: number | null) =>
      same === null
        ? 'Share of responses in which the area stands at green, yellow or red; number: responses that were asked about it.'
        : `Share of responses in which the area stands at green, yellow or red; each area rests on ${same} responses.`,
    trendShort: 'Average score by area: 0% means all red, 100% all green.',
    trendLatest: (n: number, all: number) =>
      `The latest ${n} of ${all} periods. All of them are in the details further down.`,
    trendGap: '– means: too few responses in this period.',
    trendDetails: 'Over time in detail',
    trendCharts: 'Each area over time as a chart',
    periodRange: (from: string, to: string) => `Period: ${from} to ${to}`,
    needsHeading: 'Where clubs need support',
    needsIntro:
      'The statements with the largest share of red and yellow in this selection. This is where the town can start projects.',
    needsNone: 'No statement is at red or yellow in this selection.',
    needsHeldBack: 'Statements with too few responses are not included.',
    needsNoneShown: 'No statement with enough responses is at red or yellow.',
    needsAll: (n: number) => `Show all ${n} statements`,
    needsFewer: (n: number) => `Show only the first ${n}`,
  },
  // Files that came without the picker: shared to the installed app, or opened with it.
  received: {
    shared: (n: number) =>
      one(n) ? 'Received 1 file through “Share”.' : `Received ${n} files through “Share”.`,
    opened: (n: number) =>
      one(n) ? 'Opened 1 file with the app.' : `Opened ${n} files with the app.`,
    shareFailed:
      'The shared files could not be received, perhaps because the device’s storage is full. Save them from the email or messenger and choose them here with “Choose files”.',
    inboxUnreadable:
      'The files received through “Share” cannot be read. Save them from the email or messenger and choose them here with “Choose files”.',
    keptForLater:
      'The files received through “Share” could not be added. They stay on this device; the app will try again the next time you open the analysis.',
    notDeleted:
      'The files received through “Share” have been added, but could not be deleted from the app’s temporary storage. The app will check them again the next time it starts; they will not be counted twice.',
  },
  backup: {
    heading: 'Backup',
    intro:
      'One file with all the clubs, assessments and steps on this device: to keep safe, or to move to a new device.',
    create: 'Create backup',
    creating: 'Creating backup …',
    created: (fileName: string) => `Backup created: ${fileName}. Keep the file somewhere safe.`,
    cancelled: 'No backup created: sharing was cancelled.',
    createFailed:
      'The backup could not be created. Please try again; if it still doesn’t work, reload the page.',
    shareTitle: 'Ampelbogen backup',
    lastBackup: (when: string) => `Last backup: ${when}.`,
    never: 'No backup has been made on this device yet.',
    when: (date: string, time: string) => `${date} at ${time}`,
    restore: 'Restore backup',
    restoreHint: 'A backup file from this app (ampelbogen-sicherung-….json).',
    reading: 'Checking file …',
    previewHeading: 'What is in the backup',
    previewMade: (when: string, version: string) => `Created on ${when} (app version ${version}).`,
    previewClubs: 'Clubs in the backup',
    previewClub: (name: string, n: number) => `${name}: ${assessments(n)}`,
    previewNoClubs: 'The backup contains no clubs.',
    previewTotals: (a: number, measures: number) =>
      `${assessments(a)}, ${count(measures, 'step', 'steps')}.`,
    previewRange: (from: string, to: string) =>
      from === to ? `Meeting on ${from}.` : `Meetings from ${from} to ${to}.`,
    previewChoose: 'How should the backup be restored?',
    merge: 'Add to existing data',
    mergeHint:
      'Keeps everything on this device. Where an entry exists on both sides, the newer one wins. Nothing is duplicated.',
    replace: 'Replace everything',
    replaceHint:
      'Deletes all clubs, assessments and steps on this device and puts those from the backup in their place.',
    cancel: 'Cancel',
    confirmTitle: 'Replace all data on this device?',
    confirmBody: (c: number, a: number) =>
      `${one(c) ? '1 club' : `${c} clubs`} with ${assessments(a)} on this device will be deleted and replaced by the backup. Anything that is only on this device will be lost. This cannot be undone.`,
    confirmReplace: 'Replace everything',
    restoring: 'Restoring backup …',
    restored: (c: number, a: number) => `Backup restored: ${clubs(c)}, ${assessments(a)}.`,
    tooLarge: (maxMb: number) =>
      `The file is too large for a backup (${maxMb} MB at most). Nothing was changed.`,
    notJson:
      'The file is not a valid JSON file; it may not have been transferred completely. Nothing was changed.',
    tooDeep: (levels: number) =>
      `The file is nested too deeply (more than ${levels} levels) and was not restored. Nothing was changed.`,
    notBackup: 'This is not an Ampelbogen backup. Nothing was changed.',
    isEdition:
      'This is an edition of the Ampelbogen, not a backup. You load editions under “Load edition from file”. Nothing was changed.',
    badVersion:
      'The backup has an invalid version number and was not restored. Nothing was changed.',
    tooNew:
      'This backup comes from a newer version of the app. Please update the app and try again. Nothing was changed.',
    forbiddenKey: (key: string) =>
      `The file contains a field that is not allowed (“${key}”) and was not restored. Nothing was changed.`,
    invalid: (problems: string) =>
      `The backup has errors and was not restored. Nothing was changed. ${problems}`,
    editionMissing: (key: string) =>
      `The backup is incomplete: the edition “${key}” is missing both from the file and from this device. Nothing was changed.`,
    editionConflict: (key: string) =>
      `The edition “${key}” is already on this device with different content. The backup was not restored, so that no assessment changes its meaning. Nothing was changed.`,
    restoreFailed: 'The backup could not be saved. Nothing was changed. Please try again.',
    checks: {
      duplicate: (where: string) => `${where} appears twice`,
      clubMissing: (where: string) => `${where} belongs to a club that is missing`,
      assessmentMissing: (where: string) => `${where} belongs to an assessment that is missing`,
      clubMismatch: (where: string) => `${where} names a different club from its assessment`,
      badMeasureId: (where: string) => `${where} has a wrong ID`,
      snapshotTooLarge: (where: string) => `${where} has too many lights`,
      notesTooMany: (where: string) => `${where} has too many notes`,
      spreadTooMany: (where: string) => `${where} has a round’s spread for too many statements`,
      answerOfFinished: (where: string) =>
        `${where} belongs to a finished assessment that holds its answers itself`,
    },
    path: {
      club: (n: number) => `Club ${n}`,
      assessment: (n: number) => `Assessment ${n}`,
      answer: (n: number) => `Answer ${n}`,
      measure: (n: number) => `Step ${n}`,
      edition: (n: number) => `Edition ${n}`,
    },
  },
};
