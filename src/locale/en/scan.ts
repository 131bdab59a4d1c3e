import type { FileMessages } from '../types';

// The English texts of the camera that reads QR codes (part of the on-demand
// catalog, as enFiles.scan). Same shapes as the German reference.

export const enScan: FileMessages['scan'] = {
  start: 'Turn on camera',
  stop: 'Turn off camera',
  video: 'Camera view for reading the QR code',
  starting: 'Turning on the camera …',
  running: 'Camera on – hold the code inside the frame.',
  stopped: 'The camera is off.',
  read: 'Code read. The camera is off.',
  problem: {
    denied:
      'This app is not allowed to use the camera. Allow it in your browser’s settings, then turn the camera on again.',
    missing: 'There is no camera on this device or in this browser that the app can use.',
    failed:
      'The camera could not be turned on, or it stopped working. Another app may be using it: close that app and try again.',
  },
  typeInstead: 'You can also type the code in.',
};
