// The German texts of the camera that reads QR codes (part of the on-demand
// catalog, as deFiles.scan). Same shape rules as core.ts.

export const deScan = {
  start: 'Kamera einschalten',
};
