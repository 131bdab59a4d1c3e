import type { FileMessages } from '../types';

// The Turkish (Türkçe) texts of the camera that reads QR codes (part of the
// on-demand catalog, as trFiles.scan). Same shape as the German scan.ts.

export const trScan: FileMessages['scan'] = {
  start: 'Kamerayı aç',
  stop: 'Kamerayı kapat',
  video: 'QR kodu okumak için kamera görüntüsü',
  starting: 'Kamera açılıyor…',
  running: 'Kamera açık: Kodu çerçevenin içine tutun.',
  stopped: 'Kamera kapalı.',
  read: 'Kod okundu. Kamera kapatıldı.',
  problem: {
    denied:
      'Bu uygulamanın kamerayı kullanma izni yok. Tarayıcı ayarlarından izin verin ve kamerayı yeniden açın.',
    missing: 'Bu cihazda ya da bu tarayıcıda uygulamanın kullanabileceği bir kamera yok.',
    failed:
      'Kamera açılamadı ya da çalışırken durdu. Belki şu anda başka bir uygulama kamerayı kullanıyor: O uygulamayı kapatın ve yeniden deneyin.',
  },
  typeInstead: 'Kodu elle de yazabilirsiniz.',
};
