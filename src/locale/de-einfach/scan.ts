import type { FileMessages } from '../types';

// The German in Einfacher Sprache (plain German: short sentences, common words,
// one statement per sentence, no passive where avoidable, no abbreviations,
// explain a hard word once) texts of the camera that reads QR codes (part of
// the on-demand catalog, as deEinfachFiles.scan).

export const deEinfachScan: FileMessages['scan'] = {
  start: 'Kamera einschalten',
  stop: 'Kamera ausschalten',
  video: 'Kamerabild für den QR-Code',
  starting: 'Die Kamera geht an …',
  running: 'Die Kamera läuft. Haltet den Code in den Rahmen.',
  stopped: 'Die Kamera ist aus.',
  read: 'Code gelesen. Die Kamera ist aus.',
  problem: {
    denied:
      'Die App darf die Kamera nicht benutzen. Erlaubt die Kamera in den Einstellungen vom Browser. Schaltet sie dann wieder ein.',
    missing: 'Auf diesem Gerät oder in diesem Browser gibt es keine Kamera für die App.',
    failed:
      'Die Kamera geht nicht an oder ist ausgefallen. Vielleicht benutzt gerade eine andere App die Kamera. Schließt die andere App. Versucht es dann noch einmal.',
  },
  typeInstead: 'Ihr könnt den Code auch eintippen.',
};
