import type { Messages } from '../types';

// The English texts of the first screens: clubs, assessments, progress. The
// texts of the parts that load on demand (files, settings, the Integrationsbüro
// view) are in files.ts. Same shapes and keys as the German reference.

const rules = new Intl.PluralRules('en-GB');
const one = (n: number) => rules.select(n) === 'one';
const statements = (n: number) => (one(n) ? `${n} statement` : `${n} statements`);
const assessments = (n: number) => (one(n) ? `${n} assessment` : `${n} assessments`);

export const en: Messages = {
  language: {
    heading: 'Language',
    intro: 'Which language should the app speak with you? The choice applies on this device.',
    choose: 'Choose a language',
    current: (name: string) => `Language: ${name}`,
    change: 'Change language',
    saved: 'The app now speaks English.',
    notSaved: 'The language applies now, but this device cannot remember it.',
    failed: 'This language could not be loaded. Please try again.',
    editionFallback: (title: string, language: string) =>
      `The statements of “${title}” are not available in ${language}, so you see them in German.`,
  },
  app: {
    name: 'Ampelbogen',
    title: 'Ampelbogen Neu-Isenburg',
    skipToContent: 'Skip to content',
    nav: 'Main navigation',
    clubs: 'Clubs',
    settings: 'Settings',
    back: 'Back',
    loading: 'Loading …',
    upgrading: 'Updating your data for the new version …',
    loadFailed: 'This part of the app could not be loaded. Please reload the page.',
    notFound: 'This page doesn’t exist, or no longer does.',
    toStart: 'Go to the start page',
  },
  clubs: {
    heading: 'Your clubs and groups',
    intro:
      'The Ampelbogen is the town of Neu-Isenburg’s traffic-light self-check. At a meeting, you use it together to see how open your club or group is to everyone. No account needed: everything stays on this device until you choose to pass it on.',
    empty: 'No club added yet. Here’s how it works:',
    firstRun: [
      'Add your club or group.',
      'At a meeting, go through the statements together and give each one a traffic light. This takes about 20 to 30 minutes.',
      'See where you stand and plan your next steps. If you like, send the result as a PDF, or anonymously, to the Integrationsbüro (the town’s integration office).',
    ],
    add: 'Add club',
    join: 'Join a round',
    joinHint: 'Has someone started a round at your meeting? Join in with your phone.',
    newHeading: 'New club',
    editHeading: 'Edit club',
    name: 'Name of the club or group',
    category: 'Type',
    sizeBand: 'Size (members)',
    description: 'Description (optional)',
    descriptionHint: 'Just for you. Never sent to the Integrationsbüro.',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    created: 'Club added.',
    updated: 'Changes saved.',
    deleted: (name: string) => `“${name}” has been deleted.`,
    confirmDeleteTitle: (name: string) => `Delete “${name}”?`,
    confirmDeleteBody: (count: number) =>
      count === 0
        ? 'This club has no assessments yet. Deleting cannot be undone.'
        : `Deleting the club also deletes its ${assessments(count)}. This cannot be undone.`,
    confirmDelete: 'Delete for good',
    assessmentCount: (n: number) => assessments(n),
    errors: {
      name: {
        required: 'Please enter a name.',
        'too-long': 'The name is too long (100 characters at most).',
        invalid: 'Please check the name.',
      },
      category: { required: '', 'too-long': '', invalid: 'Please choose a type from the list.' },
      sizeBand: { required: '', 'too-long': '', invalid: 'Please choose a size from the list.' },
      description: {
        required: '',
        'too-long': 'The description is too long (500 characters at most).',
        invalid: '',
      },
      summary: 'Please check the marked fields. Nothing has been saved.',
    },
    categories: {
      sport: 'Sport',
      kultur: 'Culture, music, traditions',
      religion: 'Church or religious community',
      soziales: 'Social causes and support',
      bildung: 'Education, parents, children and youth',
      migrantenorganisation: 'Migrant organisation',
      nachbarschaft: 'Neighbourhood and initiatives',
      sonstiges: 'Other',
      'keine-angabe': 'not specified',
    },
    sizeBands: {
      'bis-20': 'up to 20',
      '21-100': '21 to 100',
      '101-500': '101 to 500',
      'ueber-500': 'over 500',
      'keine-angabe': 'not specified',
    },
  },
  club: {
    assessments: 'Assessments',
    noAssessments:
      'No assessment yet. Start one at your next meeting: you go through the areas and give each statement a light.',
    start: 'New assessment',
    draft: 'Draft',
    done: 'Finished',
    resume: 'Continue',
    open: 'View',
    answered: (a: number, t: number) => `${a} of ${t} answered`,
  },
  start: {
    heading: 'New assessment',
    date: 'Date of the meeting',
    dateHint: 'Usually today’s date.',
    fromLast: 'Start with the answers from the last assessment',
    fromLastHint: (date: string) =>
      `Copies the lights from ${date}. Each one stays marked “from last time” until you confirm or change it. Notes and steps are not copied.`,
    begin: 'Let’s go',
    errors: {
      required: 'Please enter a date.',
      invalid: 'That is not a valid date. Please choose a day, month and year.',
    },
    edition: (title: string, version: number) => `Ampelbogen: ${title}, version ${version}`,
  },
  assessment: {
    progress: (a: number, t: number) => `${a} of ${t} answered`,
    // The bar's short form; with progressRest it reads as progress().
    progressShort: (a: number, t: number) => `${a} of ${t}`,
    progressRest: ' answered',
    areaOf: (n: number, t: number) => `Area ${n} of ${t}`,
    previousArea: (title: string) => `Back: ${title}`,
    nextArea: (title: string) => `Next: ${title}`,
    toSummary: 'Overview',
    nextOpen: 'Next open statement',
    allAnswered: 'All answered: go to overview',
    lightKey: 'What the lights mean',
    lightKeyTerm: (label: string) => `${label}:`,
    carriedIntro: (date: string) =>
      `You started with the lights from ${date}. Each one is marked “from last time” until you confirm it: tap the same light to confirm it, or a different one to change it.`,
    carriedMark: (date: string) => `from last time (${date}), not confirmed yet`,
    lightGroup: (text: string) => `Light for: ${text}`,
    note: 'Note',
    nextStep: 'Next step',
    stepText: 'What needs doing?',
    stepWho: 'Who will take care of it?',
    stepDue: 'By when?',
    openSteps: 'Open steps from earlier meetings',
    stepDone: 'done',
    stepFrom: (date: string) => `from the meeting on ${date}`,
    nextStepHint:
      'One concrete step. It will appear in your list of steps and at your next meeting.',
    addDetails: 'Add a note or next step',
    concerns: (groups: readonly string[]) => `Relevant to: ${groups.join(', ')}`,
    saving: 'Saving …',
    saved: 'saved',
    // The number makes each announcement new, so screen readers read every save.
    savedAnnouncement: (n: number, a: number, t: number) =>
      `Entry ${n} saved, ${a} of ${t} answered.`,
    lightOfArea: 'Light for the area:',
    areaNav: 'Areas',
    notFound: 'This assessment no longer exists.',
    editionMissing:
      'The edition of the Ampelbogen used for this assessment is missing on this device.',
  },
  summary: {
    heading: 'Overview',
    intro:
      'This is where your club stands in each area. An area’s light comes from its answers; “not applicable” does not count.',
    finish: 'Finish assessment',
    finished: 'Assessment finished.',
    reopen: 'Edit again',
    unanswered: (n: number) => `${statements(n)} ${one(n) ? 'is' : 'are'} still open.`,
    noLight: 'no light',
    noLightHint: 'No statement in this area has been rated yet.',
    counts: 'Count',
    backToClub: 'Back to club',
    round: 'Everyone rates on their own',
    roundHint:
      'In a round, everyone quietly picks the lights on their own phone. Then you see where your views differ, and agree together.',
    roundStart: 'Start a round',
    roundResult: 'Result of the round',
    editArea: (title: string) => `Edit ${title}`,
    areas: 'Areas',
    areaDone: 'Done',
    areaNotStarted: 'Not started yet',
    areaProgress: (done: number, total: number, unconfirmed: number) =>
      unconfirmed > 0
        ? `${done} of ${total} answered, ${unconfirmed} from last time not confirmed yet`
        : `${done} of ${total} answered`,
    stillOpen: (unanswered: number, unconfirmed: number) =>
      [
        unanswered === 0
          ? ''
          : one(unanswered)
            ? '1 statement is still open.'
            : `${unanswered} statements are still open.`,
        unconfirmed === 0
          ? ''
          : one(unconfirmed)
            ? '1 light from last time is not confirmed yet.'
            : `${unconfirmed} lights from last time are not confirmed yet.`,
      ]
        .filter(Boolean)
        .join(' '),
    toFirstOpen: 'Go to the first open statement',
    askTitle: 'Not everything is answered yet',
    finishAnyway: 'Finish anyway',
    notConfirmed: 'from last time, not confirmed',
    carried: (date: string, given: number, unconfirmed: number) =>
      `Started with the lights from ${date}. Today you gave or confirmed ${given} ${one(given) ? 'light' : 'lights'}; ${unconfirmed} ${one(unconfirmed) ? 'is' : 'are'} still from last time.`,
  },
  ideas: {
    heading: 'From lights to action',
    intro:
      'Ideas for a first step on the red and yellow statements. Tap an idea to make it your next step, then add right here who will take care of it and by when.',
    introFinished:
      'Ideas for a first step on the red and yellow statements. To take one on, edit the assessment again.',
    take: 'Use as next step',
    taken: 'Added as your next step. It is now in your list of steps.',
    step: 'Your next step:',
    none: 'The Ampelbogen offers no ideas for this statement. Add your own step under the statement.',
  },
  ratings: {
    green: 'green',
    yellow: 'yellow',
    red: 'red',
    na: 'does not apply',
    unanswered: 'open',
  },
  progress: {
    spread: (counts: string) => `Round: ${counts}`,
    spreadCount: (word: string, n: number) => `${word} ${n}×`,
    heading: 'Progress',
    open: 'See progress',
    intro:
      'How your club has developed from meeting to meeting. Only finished assessments are counted.',
    none: 'No finished assessment yet. Once you finish one, you will see where you stand here.',
    onlyOne:
      'So far there is one finished assessment. You will see how things change once there is a second one; for now, here is where you stand.',
    overviewHeading: 'At a glance',
    overviewHint:
      'Each row is an area, each column a meeting. On a phone, swipe sideways to see more.',
    overviewRegion: 'At a glance: areas by meeting',
    area: 'Area',
    threshold: (light: string, value: string) => `${light} from ${value}`,
    areasHeading: 'Areas over time',
    chartTitle: (area: string) => `Over time: ${area}`,
    chartDesc: (points: string) =>
      `The area’s score at each meeting, from 0% (red) to 100% (green): ${points}.`,
    chartPoint: (date: string, value: string) => `${date}: ${value}`,
    notAsked: 'not asked',
    noValue: 'no score',
    table: (area: string) => `Figures: ${area}`,
    date: 'Date',
    value: 'Score',
    light: 'Light',
    criteriaHeading: 'Statements over time',
    criteriaHint:
      'Each row shows one statement’s lights from meeting to meeting. On a phone, swipe sideways.',
    criterion: 'Statement',
    numbersToggle: 'Figures as a table',
    showingRecent: (n: number, all: number) => `The tables show the last ${n} of ${all} meetings.`,
    showingAll: (all: number) =>
      one(all) ? `The tables show ${all} meeting.` : `The tables show all ${all} meetings.`,
    showAll: (all: number) => `Show all ${all}`,
    showRecent: (n: number) => `Show only the last ${n}`,
    rowsRegion: (area: string) => `Statements over time: ${area}`,
    compareHeading: 'Compare two assessments',
    earlier: 'Earlier assessment',
    later: 'Later assessment',
    changes: {
      better: 'better',
      worse: 'worse',
      same: 'unchanged',
      first: 'answered for the first time',
      'not-comparable': 'not comparable',
    },
    changeLine: (before: string, after: string) => `before: ${before}, now: ${after}`,
    unchangedInArea: (n: number) => `${statements(n)} unchanged`,
    noChangesInArea: 'No changes in this area.',
    sameAssessment: 'Please choose two different assessments.',
  },
  measures: {
    heading: 'Next steps',
    intro: 'What you set out to do in your assessments. Open steps are at the top.',
    empty:
      'No steps yet. When you fill in the Ampelbogen, you can note a next step for any statement.',
    done: 'done',
    overdue: 'overdue',
    who: (who: string) => `Who: ${who}`,
    due: (date: string) => `by ${date}`,
    openCount: (n: number) => (one(n) ? '1 open step' : `${n} open steps`),
    /** Where a step came from: the meeting (a formatted date) and the statement, each if known. */
    source: (meeting: string | null, statement: string | null) =>
      [meeting && `From the assessment on ${meeting}`, statement && `for “${statement}”`]
        .filter(Boolean)
        .join(' ')
        .replace(/^for /, 'For '),
  },
  storage: {
    quota:
      'This device’s storage is full: your last entry has not been saved yet, but it is still on the screen. Save a backup now, then free up some space (for example, delete photos or videos) and try again.',
    blocked:
      'The app is still open in another tab or window with an older version. Please close the other tabs and reload this page.',
    versionChange:
      'A newer version of the app is now running in another tab. Whatever shows “saved” here is saved, but new entries in this tab will no longer be saved. Please reload this page.',
    closed:
      'The browser’s storage cannot be opened right now, often because the device’s storage is full. Your last entry has not been saved yet, but it is still on the screen. Save a backup, free up some space, then try again.',
    databaseLost:
      'The browser has deleted this app’s saved data (this can happen after the storage was full). You can save anything still on the screen as a backup now. To restore an earlier backup, go to “Settings”.',
    unavailable:
      'The browser’s storage is not available (for example, in private mode). Entries cannot be saved.',
    writeFailed:
      'Saving did not work: your entry is still on the screen, but it has not been saved. To be safe, save a backup and then try again.',
    editionMissing:
      'This edition of the Ampelbogen is no longer on this device (perhaps it was deleted in another tab). Nothing has been saved. Please open “New assessment” again.',
    lowSpace:
      'This device is running low on storage. So that nothing gets lost, save a backup soon and free up some space.',
    rescueHeading: 'Back up your entries now',
    rescueIntro:
      'Save a backup of everything on this device, including the entries still on the screen. It lets you restore everything, even if the browser loses its data.',
    rescueAction: 'Save backup',
    rescueBusy: 'Creating backup …',
    rescueDone: (fileName: string) =>
      `Backup “${fileName}” saved. Keep it until everything is saved again.`,
    rescueFailed: 'The backup could not be created. Please write down the entries on the screen.',
    toBackup: 'Go to backup',
    retry: 'Try again',
    dismiss: 'Close',
  },
  update: {
    available: 'A new version of the app is ready.',
    apply: 'Update now',
    later: 'Later',
    offlineReady: 'The app now works without internet, too.',
  },
  move: {
    heading: 'New edition of the Ampelbogen',
    intro: (title: string, version: number, current: number) =>
      `This draft uses version ${current}. “${title}”, version ${version}, is now available. You can finish the draft in its current version or move it to the new version.`,
    carried: (n: number) =>
      one(n) ? '1 answer will be carried over.' : `${n} answers will be carried over.`,
    dropped: 'These answers do not exist in the new version and will not be carried over:',
    noneDropped: 'All answers can be carried over.',
    action: (version: number) => `Move to version ${version}`,
    confirmTitle: (version: number) => `Move the draft to version ${version}?`,
    detached:
      'These next steps stay in your list of steps, but in the new version they no longer belong to a statement:',
    confirmBody: (answers: number, steps: number) =>
      [
        answers === 0
          ? ''
          : one(answers)
            ? '1 answer cannot be carried over and will be removed from the draft.'
            : `${answers} answers cannot be carried over and will be removed from the draft.`,
        steps === 0
          ? 'Next steps stay in your list.'
          : one(steps)
            ? '1 next step stays in your list, but no longer belongs to a statement.'
            : `${steps} next steps stay in your list, but no longer belong to a statement.`,
      ]
        .filter(Boolean)
        .join(' '),
    done: (version: number) => `The draft now uses version ${version}.`,
  },
  // Entry points to parts that load on demand; their texts are in files.ts.
  entry: {
    share: 'Share',
    office: 'Analysis (Integrationsbüro)',
    officeShort: 'Analysis',
    officeHeading: 'For the Integrationsbüro',
    officeIntro:
      'Here the Integrationsbüro brings many anonymous files together and sees the picture for the whole town. Clubs do not need this.',
    backupDue:
      'There are new entries since your last backup. Make a new backup when you get the chance.',
    backupDueNever: 'Your entries are not backed up yet. Make a backup when you get the chance.',
    backupDueLink: 'Go to backup',
  },
};
