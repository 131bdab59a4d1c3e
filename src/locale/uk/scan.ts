import type { FileMessages } from '../types';

// The Ukrainian (Українська) texts of the camera that reads QR codes (part of
// the on-demand catalog, as ukFiles.scan). Same keys as de/scan.ts.

export const ukScan: FileMessages['scan'] = {
  start: 'Увімкнути камеру',
  stop: 'Вимкнути камеру',
  video: 'Зображення з камери, щоб зчитати QR-код',
  starting: 'Вмикаємо камеру…',
  running: 'Камера працює — тримайте код у рамці.',
  stopped: 'Камеру вимкнено.',
  read: 'Код зчитано. Камеру вимкнено.',
  problem: {
    denied:
      'Цьому застосунку не дозволено користуватися камерою. Дозвольте це в налаштуваннях браузера й увімкніть камеру знову.',
    missing:
      'На цьому пристрої чи в цьому браузері немає камери, якою застосунок може скористатися.',
    failed:
      'Камера не вмикається або перестала працювати. Можливо, нею зараз користується інший застосунок: закрийте його й спробуйте ще раз.',
  },
  typeInstead: 'Код можна також ввести вручну.',
};
