// The Arabic (العربية), Modern Standard Arabic, plain and friendly, as used by
// Arabic-speaking communities in Germany texts of the camera that reads QR
// codes (part of the on-demand catalog, as arFiles.scan). Same shapes as the
// German scan.ts.

import type { FileMessages } from '../types';

export const arScan: FileMessages['scan'] = {
  start: 'تشغيل الكاميرا',
  stop: 'إيقاف الكاميرا',
  video: 'صورة الكاميرا لقراءة رمز QR',
  starting: 'جارٍ تشغيل الكاميرا…',
  running: 'الكاميرا تعمل – ضعوا الرمز داخل الإطار.',
  stopped: 'الكاميرا متوقفة.',
  read: 'تمت قراءة الرمز. الكاميرا متوقفة الآن.',
  problem: {
    denied:
      'لم يُسمح لهذا التطبيق باستخدام الكاميرا. اسمحوا بذلك في إعدادات المتصفح، ثم شغّلوا الكاميرا من جديد.',
    missing: 'لا توجد على هذا الجهاز أو في هذا المتصفح كاميرا يستطيع التطبيق استخدامها.',
    failed:
      'تعذّر تشغيل الكاميرا أو توقفت عن العمل. ربما يستخدمها الآن تطبيق آخر: أغلقوا ذلك التطبيق وحاولوا مرة أخرى.',
  },
  typeInstead: 'يمكنكم أيضًا كتابة الرمز بأنفسكم.',
};
