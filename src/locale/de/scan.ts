// The German texts of the camera that reads QR codes (part of the on-demand
// catalog, as deFiles.scan). Same shape rules as core.ts.

export const deScan = {
  start: 'Kamera einschalten',
  stop: 'Kamera beenden',
  video: 'Kamerabild zum Lesen des QR-Codes',
  starting: 'Kamera wird eingeschaltet …',
  running: 'Kamera läuft – haltet den Code in den Rahmen.',
  stopped: 'Die Kamera ist aus.',
  read: 'Code gelesen. Die Kamera ist aus.',
  problem: {
    denied:
      'Die Kamera ist für diese App nicht erlaubt. Erlaubt sie in den Einstellungen des Browsers und schaltet sie dann wieder ein.',
    missing:
      'Auf diesem Gerät oder in diesem Browser gibt es keine Kamera, die die App nutzen kann.',
    failed:
      'Die Kamera ließ sich nicht einschalten oder ist ausgefallen. Vielleicht nutzt gerade eine andere App sie: Schließt die andere App und versucht es noch einmal.',
  },
  typeInstead: 'Ihr könnt den Code auch eintippen.',
};
