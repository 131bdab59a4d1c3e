import type { FileMessages } from '../types';

// The English texts of a round at the meeting: starting it, taking part,
// collecting the answers, the spread and the big-screen view (part of the
// on-demand catalog, as enFiles.round). Same shapes as the German reference.

const rules = new Intl.PluralRules('en-GB');
const one = (n: number) => rules.select(n) === 'one';
const answers = (n: number) => (one(n) ? `${n} answer` : `${n} answers`);
const statements = (n: number) => (one(n) ? `${n} statement` : `${n} statements`);

export const enRound: FileMessages['round'] = {
  answers,
  start: {
    heading: 'Round: everyone rates on their own',
    intro:
      'In a round, everyone quietly picks the lights on their own phone. Then you see where your views differ, and agree together on one light.',
    privacy:
      'The app only counts how often each light was chosen, never who chose what. Everything goes from phone to phone, with no internet needed.',
    areas: 'Which areas go into the round?',
    areaOption: (label: string, n: number) => `${label} (${statements(n)})`,
    start: 'Start round',
    noneChosen: 'Choose at least one area.',
    finished:
      'This assessment is finished. You can start a round for an assessment that is still open.',
    started: 'The round is on. Show the code so others can join.',
  },
  open: {
    heading: 'Round',
    running: (n: number) =>
      n === 0 ? 'The round is on. No answers yet.' : `The round is on. ${answers(n)} in so far.`,
    statements: (n: number) => `${statements(n)} in this round`,
    joinHeading: 'Join in',
    joinHow: 'Open the Ampelbogen on your phone, tap “Join a round” and scan this code.',
    joinQr: 'QR code for joining',
    joinTyped: 'No camera? Type in this code:',
    collectHeading: 'Collect the answers',
    collectHow:
      'When people are done, they show the QR code on their own phone. Scan it here. Anyone scanned twice is only counted once.',
    typedLabel: 'Type in a code with answers',
    typedHint: 'Capitals, spaces and hyphens don’t matter.',
    count: 'Count',
    typedEmpty: 'Type in a code first.',
    fileLabel: 'Choose a code file',
    fileHint: 'Has someone sent their code as a file? Then choose the file here.',
    counted: (n: number) => `Counted. ${answers(n)} in so far.`,
    countedAgain: (n: number) =>
      `This person was already counted: their new lights replace the old ones. Still ${answers(n)}.`,
    passPhone: 'Pass the phone around',
    passPhoneHint: 'No second phone? Everyone takes a turn to pick their lights on this phone.',
    toSpread: 'See the result and agree',
    bigScreen: 'Big-screen view for a projector or TV',
    end: 'End round',
    endTitle: 'End the round?',
    endBody:
      'After that, no more answers can be counted. The individual answers are deleted; how often each light was chosen stays with the assessment.',
    ended: 'The round has ended. The count stays with the assessment.',
    toSummary: 'Go to overview',
    noRound: 'There is no round running for this assessment right now.',
    toRound: 'Go to round',
  },
  problem: {
    joinCodeHere: 'This is the code for joining. Scan the codes with the others’ answers here.',
    answerCodeHere:
      'This is a code with answers. To join, scan the code on the phone that started the round.',
    otherRound: 'This code belongs to a different round. It was not counted.',
    noRound: 'The round has already ended. The code was not counted.',
    editionMissing: (id: string, version: number) =>
      `The round uses the edition “${id}”, version ${version}, which is missing on this phone. Update the app, or load this edition’s file (you can get it from the Integrationsbüro) under Settings → Ampelbogen editions.`,
    editionDiffers: (id: string, version: number) =>
      `The edition “${id}”, version ${version}, has different statements on this phone than on the round’s phone. Load the same file as on that phone.`,
    scanned: 'This QR code is not from the Ampelbogen.',
  },
  code: {
    notRound: 'This is not a code from an Ampelbogen round.',
    badCharacters: (found: string) =>
      `These characters never appear in a code: ${found}. Please check what you typed.`,
    badCheck: 'One character of the code is wrong. Check what you typed, or scan the code again.',
    damaged: 'The code is incomplete or damaged. Please scan it again.',
    unknownKind: 'The app does not know this kind of code.',
    newerApp:
      'This code comes from a newer version of the app. Update the app on this phone and try again.',
  },
  join: {
    heading: 'Join a round',
    intro:
      'Scan the QR code on the phone that started the round. Your lights stay secret: that phone only counts how often each light was chosen.',
    typedLabel: 'Type in the code for joining',
    go: 'Join',
    rateHeading: 'Your lights',
    rateIntro:
      'Quietly pick a light for each statement on your own. There are no notes in a round: talk it over when you look at the result together.',
    progress: (done: number, total: number) => `${done} of ${statements(total)} rated`,
    showCode: 'Done: show code',
    openLeft: (n: number) =>
      `${statements(n)} ${one(n) ? 'has' : 'have'} no light yet. ${one(n) ? 'It counts' : 'They count'} as “no answer”.`,
    codeHeading: 'Show this code',
    codeHow:
      'The round’s phone scans it. If that doesn’t work, read out the code for typing in, or share it as a file.',
    answerQr: 'QR code with your lights',
    typed: 'Code for typing in:',
    shareFile: 'Share as file',
    shared: 'The file has been passed on.',
    saved: 'The file is saved. Send it to the round’s phone.',
    shareFailed: 'The file could not be passed on. Show the QR code or read out the code.',
    change: 'Change lights',
    done: 'Done: leave round',
    cancel: 'Cancel',
    keepsNothing: 'Nothing from the round is stored on this phone.',
  },
  pass: {
    heading: 'Pass the phone around',
    intro:
      'Everyone quietly picks their lights on their own. Then the app covers them up before the phone moves on.',
    person: (n: number) => `Person ${n}`,
    done: 'Done: cover and pass on',
    covered: (n: number) =>
      `Counted. ${answers(n)} in so far. The lights are covered: pass the phone to the next person.`,
    next: 'Next person starts',
    finish: 'Everyone’s done: see result',
  },
  spread: {
    heading: 'Result of the round',
    none: 'No answers counted yet. Collect the codes first.',
    disputed: 'Where your views differ',
    disputedIntro:
      'Talk about these statements first. Then tap the light you agree on: it is saved straight away.',
    unanimous: 'Where you all agree',
    unanimousIntro: 'Everyone who answered chose the same light.',
    takeUnanimous: (n: number) => (one(n) ? 'Use the agreed light' : `Use all ${n} agreed lights`),
    tookUnanimous: (n: number) => (one(n) ? '1 agreed light saved.' : `${n} agreed lights saved.`),
    empty: (n: number) => `No answers in the round (${statements(n)})`,
    of: (n: number) => `Breakdown of the ${answers(n)}`,
    count: (word: string, n: number) => `${word}: ${n}`,
    agreed: 'Your shared light',
    saved: 'Saved.',
    toRound: 'Back to round',
    toBigScreen: 'Big-screen view',
  },
  big: {
    heading: 'Big-screen view',
    position: (i: number, n: number) => `Statement ${i} of ${n}`,
    keys: 'Next: → or Page Down. Back: ← or Page Up.',
    previous: 'Back',
    next: 'Next',
    agreedNone: 'No shared light yet',
    agreed: (word: string) => `Shared light: ${word}`,
    exit: 'Leave big-screen view',
  },
};
