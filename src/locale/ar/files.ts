// The Arabic (العربية), Modern Standard Arabic, plain and friendly, as used by
// Arabic-speaking communities in Germany texts of the parts that load on demand
// (files that leave or enter the device, settings, the Integrationsbüro view):
// loaded with them, not with the first screen. Same shapes as the German
// files.ts; counts follow Arabic's plural forms (plural.ts).

import type { FileMessages } from '../types';
import { counted, plural } from './plural';
import { arRound } from './round';
import { arScan } from './scan';

/** "عبارة واحدة", "عبارتان", "3 عبارات", "11 عبارة" (as the subject of a sentence). */
const statements = (n: number) => counted(n, 'عبارة واحدة', 'عبارتان', 'عبارات', 'عبارة');
/** "تقييم واحد", "تقييمان", "3 تقييمات", "11 تقييمًا" (as the subject of a sentence). */
const assessments = (n: number) =>
  counted(n, 'تقييم واحد', 'تقييمان', 'تقييمات', 'تقييمًا', 'تقييم');
/** "جمعية واحدة", "جمعيتان", "3 جمعيات", "11 جمعية" (as the subject of a sentence). */
const clubs = (n: number) => counted(n, 'جمعية واحدة', 'جمعيتان', 'جمعيات', 'جمعية');
/** "ملف واحد", "ملفان", "3 ملفات", "11 ملفًا" (as the subject of a sentence). */
const files = (n: number) => counted(n, 'ملف واحد', 'ملفان', 'ملفات', 'ملفًا', 'ملف');

/** "الربع الأول", …: the quarters of a year in words. */
const QUARTERS: Record<string, string> = {
  '1': 'الربع الأول',
  '2': 'الربع الثاني',
  '3': 'الربع الثالث',
  '4': 'الربع الرابع',
};

export const arFiles: FileMessages = {
  round: arRound,
  scan: arScan,
  share: {
    heading: 'مشاركة',
    intro:
      'هنا تُنشئون من هذا التقييم ملفات تغادر الجهاز: تقريرًا لمجلس إدارة جمعيتكم، وملفًا مجهول الهوية لمكتب الاندماج. لا يُرسَل أي شيء إلا إذا أرسلتموه أنتم.',
    toSummary: 'إلى الملخّص',
    pdf: {
      heading: 'تقرير بصيغة PDF',
      intro:
        'لمجلس الإدارة أو لأوراقكم: كل عبارة مع إشارتها وملاحظتها وخطوتها التالية، وإشارات المجالات، وتطوّركم، والخطوات المفتوحة. يتضمن التقرير اسم جمعيتكم.',
      draft: 'هذا التقييم ما زال مسودة، والتقرير يعرض الوضع الحالي. يتضمن التقرير اسم جمعيتكم.',
    },
    anonymous: {
      heading: 'ملف مجهول الهوية لمكتب الاندماج',
      intro:
        'يحتوي الملف على الإشارات فقط وعلى بعض المعلومات العامة. لا يستطيع مكتب الاندماج أن يعرف منه أي جمعية أرسلته.',
      draft:
        'هذا التقييم لم يكتمل بعد. يصبح الملف مجهول الهوية متاحًا بمجرد أن تُنهوا التقييم في الملخّص.',
      contains: 'ما يحتويه الملف',
      edition: 'طبعة الاستمارة',
      editionName: (title: string, version: number) => `${title}، الإصدار ${version}`,
      period: 'الفترة',
      quarter: (period: string) => {
        const [year = '', q = ''] = period.split('-Q');
        return `${QUARTERS[q] ?? `الربع ${q}`} من عام ${year} (دون تاريخ دقيق)`;
      },
      lights: 'الإشارات',
      lightCount: (n: number) =>
        plural(n, {
          zero: 'لا توجد عبارة أُجيب عنها:',
          one: 'عبارة واحدة أُجيب عنها:',
          two: 'عبارتان أُجيب عنهما:',
          few: `${n} عبارات أُجيب عنها:`,
          many: `${n} عبارة أُجيب عنها:`,
        }),
      fileId: 'معرّف عشوائي للملف',
      fileIdHint:
        'عشوائي، ويتجدد في كل مرة تُفتح فيها هذه الصفحة. به يعرف مكتب الاندماج إن وصله الملف نفسه مرتين، لكنه لا يربط بين ملفين من جمعيتكم.',
      appVersion: 'إصدار التطبيق',
      everyLight: 'عرض كل إشارات الملف',
      notInFile: 'ليست في الملف (بلا إجابة)',
      exactText: 'عرض المحتوى الدقيق للملف',
      notContained: 'ما لا يحتويه الملف',
      notContainedList: [
        'اسم جمعيتكم ووصفها',
        'الأسماء وبيانات الاتصال والملاحظات والخطوات التالية',
        'التاريخ الدقيق للاجتماع',
        'أي معرّف يربط بين ملفين من جمعيتكم',
      ],
      details: 'المزيد عن الملف: كل التفاصيل والمحتوى الدقيق',
      quarterShort: (period: string) => {
        const [year = '', q = ''] = period.split('-Q');
        return `${QUARTERS[q] ?? `الربع ${q}`} من عام ${year}`;
      },
      summaryIn: 'في الملف:',
      summaryInList: (n: number, quarter: string, edition: string) =>
        `${counted(n, 'إشارة واحدة', 'إشارتان', 'إشارات', 'إشارة')}، ${quarter}، ${edition}.`,
      summaryOut: 'ليس في الملف:',
      summaryOutList: 'الأسماء، والملاحظات، والخطوات التالية، والتاريخ الدقيق.',
      sender: 'لا يحتوي الملف على أي اسم، لكن البريد الإلكتروني يُظهر من أرسله.',
      senderDrop: 'أما عبر مجلد الرفع التابع للمدينة فيصل الملف دون اسم ودون عنوان بريد إلكتروني.',
      dropStep: 'أو ارفعوا الملف المحفوظ إلى مجلد الرفع التابع للمدينة، دون بريد إلكتروني:',
      dropLink: 'فتح مجلد الرفع التابع للمدينة',
      mailStep: 'ثم اكتبوا رسالة بريد إلكتروني وأرفقوا بها الملف المحفوظ:',
      mailLink: (email: string) => `اكتبوا رسالة إلى ${email}`,
      mailSubject: (quarter: string) => `Ampelbogen: ملاحظات مجهولة الهوية، ${quarter}`,
      mailBody: (file: string) =>
        `مرحبًا،\n\nمرفق ملاحظاتنا مجهولة الهوية حول Ampelbogen (الملف «${file}»).\n\n[يُرجى إرفاق الملف المحفوظ قبل الإرسال، وهو عادةً في مجلد «التنزيلات».]\n\nمع أطيب التحيات`,
      share: 'مشاركة الملف',
      save: 'حفظ الملف',
      shareTitle: 'Ampelbogen: ملف مجهول الهوية',
      delivered: {
        shared: 'تم تسليم الملف للمشاركة.',
        downloaded:
          'تم حفظ الملف (في التنزيلات). أرسلوه إلى مكتب الاندماج بالبريد الإلكتروني أو عبر تطبيق مراسلة.',
      },
      failed: 'تعذّر إنشاء الملف. حاولوا مرة أخرى من فضلكم.',
    },
    contact: {
      heading: 'التواصل: مكتب الاندماج',
      intro:
        'أرسلوا الملف إلى مكتب الاندماج بالبريد الإلكتروني أو عبر تطبيق مراسلة أو بالبريد العادي، أو اسألوا المكتب إن احتجتم إلى مساعدة.',
      phone: 'الهاتف:',
      email: 'البريد الإلكتروني:',
      drop: 'مجلد رفع الملفات:',
      dropLink: 'فتح مجلد الرفع',
      missing:
        'لا تذكر هذه الطبعة من الاستمارة أي جهة اتصال. اسألوا مدينة Neu-Isenburg عن مكتب الاندماج (Integrationsbüro).',
    },
  },
  report: {
    make: 'إنشاء PDF',
    language: 'لغة التقرير',
    share: 'مشاركة PDF',
    busy: 'جارٍ إنشاء ملف PDF…',
    downloaded: (file: string) => `تم حفظ ملف PDF «${file}».`,
    shared: 'تمت مشاركة ملف PDF.',
    cancelled: 'أُلغيت المشاركة. لم يُرسَل أي شيء.',
    failed:
      'تعذّر إنشاء ملف PDF. حاولوا مرة أخرى من فضلكم؛ وإن لم ينجح ذلك مجددًا، أعيدوا تحميل التطبيق.',
    notFound: 'هذا التقييم لم يعد موجودًا. لم يُنشأ أي ملف PDF.',
    editionMissing:
      'طبعة الاستمارة الخاصة بهذا التقييم غير موجودة على هذا الجهاز. لم يُنشأ أي ملف PDF.',
    // Texts inside the PDF.
    title: 'تقرير Ampelbogen',
    docTitle: (club: string, date: string) => `تقرير Ampelbogen: ${club}، ${date}`,
    assessmentOf: (date: string) => `تقييم بتاريخ ${date}`,
    statusDone: 'مكتمل',
    statusDraft: 'مسودة، لم يكتمل بعد',
    edition: (title: string, version: number) => `الاستمارة: ${title}، الإصدار ${version}`,
    legend: 'رموز الإشارة',
    legendUnanswered: 'لم تتم الإجابة بعد',
    overview: 'نظرة عامة على المجالات',
    // The progress overview: every area at the club's latest finished meetings.
    progressHeading: 'تطوّر المجالات',
    progressIntro:
      'كل صف مجال، وكل عمود تقييم مكتمل، والأقدم أولًا. الشَّرطة «–» تعني أن المجال لم يُطرح أو أنه بلا قيمة.',
    progressRecent: (n: number, all: number) =>
      `آخر ${n} من أصل ${counted(all, 'تقييم واحد', 'تقييمين', 'تقييمات', 'تقييمًا', 'تقييم')}.`,
    areaLight: (word: string) => `إشارة المجال: ${word}`,
    noLight: 'بلا إشارة',
    count: (n: number, word: string) => `${word}: ${n}`,
    criteria: 'العبارات',
    note: 'ملاحظة',
    carried: (date: string) => `منقولة من المرة السابقة (${date})، غير مؤكَّدة`,
    spread: (n: number, counts: string) =>
      `الجولة (${counted(n, 'إجابة واحدة', 'إجابتان', 'إجابات', 'إجابة')}): ${counts}`,
    spreadCount: (word: string, n: number) => `${word} (${n})`,
    carriedSummary: (date: string, unconfirmed: number) =>
      `بدأ التقييم بإشارات تقييم ${date}؛ ${plural(unconfirmed, {
        zero: 'وقد أكّدت المجموعة كل إشارة منها أو غيّرتها.',
        one: 'إشارة واحدة منها لم تؤكّدها المجموعة (وهي معلَّمة).',
        two: 'إشارتان منها لم تؤكّدهما المجموعة (وهما معلَّمتان).',
        few: `${unconfirmed} إشارات منها لم تؤكّدها المجموعة (وهي معلَّمة).`,
        many: `${unconfirmed} إشارة منها لم تؤكّدها المجموعة (وهي معلَّمة).`,
      })}`,
    nextStep: 'الخطوة التالية',
    who: (who: string) => `يتولاها: ${who}`,
    due: (date: string) => `حتى ${date}`,
    chartCaption: (n: number) =>
      plural(n, {
        one: 'التطوّر: تقييم مكتمل واحد للجمعية',
        two: 'التطوّر: تقييمان مكتملان للجمعية',
        few: `التطوّر: ${n} تقييمات مكتملة للجمعية`,
        many: `التطوّر: ${n} تقييمًا مكتملًا للجمعية`,
        other: `التطوّر: ${n} تقييم مكتمل للجمعية`,
      }),
    noHistory: 'التطوّر: لا يوجد بعد تقييم مكتمل يشمل هذا المجال.',
    threshold: (word: string, percent: string) => `${word} ابتداءً من ${percent}`,
    continued: (title: string) => `${title} (تابع)`,
    openMeasures: 'الخطوات المفتوحة للجمعية',
    openMeasuresIntro: 'كل الخطوات التي ما زالت مفتوحة من تقييمات الجمعية، والمتأخرة منها أولًا.',
    noOpenMeasures: 'لا توجد خطوات مفتوحة.',
    forCriterion: (text: string) => `بشأن العبارة: ${text}`,
    plannedOn: (date: string) => `خُطّط لها في ${date}`,
    overdue: 'متأخرة',
    header: (club: string, date: string) => `${club} · تقييم بتاريخ ${date}`,
    footer: (date: string) => `أُنشئ في ${date} بتطبيق Ampelbogen Neu-Isenburg`,
    page: (n: number, total: number) => `صفحة ${n} من ${total}`,
  },
  install: {
    heading: 'ثبّتوا Ampelbogen كتطبيق',
    intro: 'عندها تفتحونه بلمسة واحدة من الشاشة الرئيسية، حتى دون إنترنت.',
    install: 'تثبيت',
    installApp: 'تثبيت التطبيق',
    notNow: 'ليس الآن',
    iosShare: 'في Safari اضغطوا على «مشاركة» (المربع الذي فيه سهم يشير إلى الأعلى).',
    iosAdd: 'ثم اختاروا «إضافة إلى الشاشة الرئيسية» واضغطوا على «إضافة».',
    iosStorage:
      'للتطبيق على الشاشة الرئيسية مساحة تخزين خاصة به: انقلوا إليه ما أدخلتموه حتى الآن بنسخة احتياطية.',
    toBackup: 'إلى النسخة الاحتياطية',
  },
  settings: {
    heading: 'الإعدادات',
    storageHeading: 'التخزين على هذا الجهاز',
    persistent: 'تخزين دائم: لن يحذف المتصفح بياناتكم من تلقاء نفسه.',
    notPersistent: 'تخزين غير دائم: إذا قلّت المساحة، يجوز للمتصفح أن يحذف بياناتكم.',
    persistUnknown: 'هذا المتصفح لا يُظهر إن كانت بياناتكم مخزّنة بشكل دائم.',
    persistAdvice:
      'ما يساعد: ثبّتوا التطبيق على الشاشة الرئيسية («إضافة إلى الشاشة الرئيسية»)، واحفظوا نسخة احتياطية من بياناتكم بانتظام.',
    persistAsk: 'تخزين دائم',
    usage: (used: string, quota: string) => `المستخدَم: ${used} من ${quota}.`,
    kilobytes: (n: string) => `${n} كيلوبايت`,
    megabytes: (n: string) => `${n} ميغابايت`,
    usageUnknown: 'المتصفح لا يذكر مساحة التخزين.',
    editionsHeading: 'طبعات الاستمارة',
    editionDefault: 'تُستخدم للتقييمات الجديدة',
    importEdition: 'تحميل طبعة من ملف',
    importEditionHint: 'ملف JSON من مكتب الاندماج.',
    editionImported: (title: string, version: number) =>
      `تم اعتماد «${title}»، الإصدار ${version}. التقييمات الجديدة تستخدم هذه الطبعة.`,
    editionAlreadyThere: 'هذه الطبعة موجودة على الجهاز بالفعل. لم يتغيّر أي شيء.',
    appVersion: (v: string) => `إصدار التطبيق ${v}`,
  },
  editions: {
    line: (version: number, date: string, criteria: number) =>
      `الإصدار ${version} بتاريخ ${date}، ${statements(criteria)}`,
    used: (n: number) =>
      plural(n, {
        zero: 'لا يستخدمها أي تقييم',
        one: 'يستخدمها تقييم واحد',
        two: 'يستخدمها تقييمان',
        few: `يستخدمها ${n} تقييمات`,
        many: `يستخدمها ${n} تقييمًا`,
        other: `يستخدمها ${n} تقييم`,
      }),
    shipped: 'مرفقة مع التطبيق',
    inUseHint: 'لا يمكن حذفها ما دامت هناك تقييمات تستخدمها.',
    delete: 'حذف الطبعة',
    deleteLabel: (title: string, version: number) => `حذف الطبعة: ${title}، الإصدار ${version}`,
    confirmDelete: (title: string, version: number) => `حذف «${title}»، الإصدار ${version}؟`,
    confirmDeleteBody: 'لا يستخدم أي تقييم هذه الطبعة. يمكنكم تحميلها من الملف مرة أخرى لاحقًا.',
    deleted: (title: string, version: number) => `تم حذف «${title}»، الإصدار ${version}.`,
    notDeleted: {
      'in-use': 'هناك تقييمات تستخدم هذه الطبعة، ولذلك تبقى.',
      shipped: 'الطبعة المرفقة مع التطبيق تبقى دائمًا على الجهاز.',
      missing: 'هذه الطبعة لم تعد موجودة على الجهاز أصلًا.',
    },
    importHint: 'ملف JSON من مكتب الاندماج. يُفحص أولًا، وترون ما الذي سيتغيّر قبل أن تعتمدوه.',
    checkHeading: (title: string, version: number) => `تم الفحص: «${title}»، الإصدار ${version}`,
    valid: (criteria: number, areas: number) =>
      `الملف صالح: ${counted(areas, 'مجال واحد', 'مجالان', 'مجالات', 'مجالًا', 'مجال')}، ${statements(criteria)}.`,
    older:
      'على الجهاز إصدار أحدث من هذه الطبعة. لذلك تُحفظ هذه على أنها طبعة أقدم فقط، وتواصل التقييمات الجديدة استخدام الإصدار الأحدث.',
    importedOlder: (title: string, version: number) =>
      `تم حفظ «${title}»، الإصدار ${version} طبعةً أقدم. التقييمات الجديدة تبقى على الإصدار الأحدث.`,
    accept: 'اعتماد الطبعة',
    discard: 'تجاهل',
    diff: {
      none: 'المحتوى مطابق للطبعة السابقة.',
      against: (title: string, version: number) =>
        `التغييرات مقارنةً بـ«${title}»، الإصدار ${version}:`,
      title: (before: string, after: string) => `العنوان: «${before}» ← «${after}»`,
      areaAdded: (title: string) => `مجال جديد: ${title}`,
      areaRemoved: (title: string) => `مجال محذوف: ${title}`,
      areaRenamed: (before: string, after: string) => `مجال باسم جديد: «${before}» ← «${after}»`,
      thresholds: (g0: string, g1: string, y0: string, y1: string) =>
        `تغيّرت حدود الإشارة: الأخضر ابتداءً من ${g0} ← ${g1}، والأصفر ابتداءً من ${y0} ← ${y1}`,
      rating: (word: string, before: string, after: string) =>
        `درجة الإشارة «${word}»: ${before} ← ${after}`,
      added: (n: number) =>
        plural(n, {
          one: 'عبارة جديدة واحدة',
          two: 'عبارتان جديدتان',
          few: `${n} عبارات جديدة`,
          many: `${n} عبارة جديدة`,
        }),
      removed: (n: number) =>
        plural(n, {
          one: 'حُذفت عبارة واحدة',
          two: 'حُذفت عبارتان',
          few: `حُذفت ${n} عبارات`,
          many: `حُذفت ${n} عبارة`,
        }),
      reworded: (n: number) =>
        plural(n, {
          one: 'أُعيدت صياغة عبارة واحدة',
          two: 'أُعيدت صياغة عبارتين',
          few: `أُعيدت صياغة ${n} عبارات`,
          many: `أُعيدت صياغة ${n} عبارة`,
        }),
      moved: (n: number) =>
        plural(n, {
          one: 'نُقلت عبارة واحدة إلى مجال آخر',
          two: 'نُقلت عبارتان إلى مجالات أخرى',
          few: `نُقلت ${n} عبارات إلى مجالات أخرى`,
          many: `نُقلت ${n} عبارة إلى مجالات أخرى`,
        }),
      movedItem: (text: string, from: string, to: string) => `${text} (من «${from}» إلى «${to}»)`,
      ideas: (n: number) =>
        plural(n, {
          one: 'تتغيّر أفكار الخطوة الأولى في عبارة واحدة',
          two: 'تتغيّر أفكار الخطوة الأولى في عبارتين',
          few: `تتغيّر أفكار الخطوة الأولى في ${n} عبارات`,
          many: `تتغيّر أفكار الخطوة الأولى في ${n} عبارة`,
        }),
      ideasItem: (text: string, added: number, removed: number) =>
        `${text}: ${[
          added > 0
            ? plural(added, {
                one: 'فكرة جديدة واحدة',
                two: 'فكرتان جديدتان',
                few: `${added} أفكار جديدة`,
                many: `${added} فكرة جديدة`,
              })
            : '',
          removed > 0
            ? plural(removed, {
                one: 'حُذفت فكرة واحدة',
                two: 'حُذفت فكرتان',
                few: `حُذفت ${removed} أفكار`,
                many: `حُذفت ${removed} فكرة`,
              })
            : '',
        ]
          .filter(Boolean)
          .join('، ')}`,
      drasticMark: '(تغيّر كثيرًا)',
      drasticHeading: 'انتبهوا: المعرّف نفسه، لكن النص تغيّر كثيرًا',
      drasticHint:
        'المعرّف يحتفظ بمعناه إلى الأبد: تُقارن الإجابات القديمة بالنص الجديد. إذا كانت العبارة تسأل الآن عن شيء آخر، فأعطوها معرّفًا جديدًا.',
      kept: (n: number) =>
        plural(n, {
          one: 'تبقى عبارة واحدة (بالمعرّف نفسه)، ويمكن نقل إجابتها.',
          two: 'تبقى عبارتان (بالمعرّف نفسه)، ويمكن نقل إجاباتهما.',
          few: `تبقى ${n} عبارات (بالمعرّف نفسه)، ويمكن نقل إجاباتها.`,
          many: `تبقى ${n} عبارة (بالمعرّف نفسه)، ويمكن نقل إجاباتها.`,
        }),
    },
  },
  files: {
    tooLarge: (maxKb: number) => `الملف كبير جدًا (${maxKb} كيلوبايت على الأكثر). لم يُحفظ أي شيء.`,
    notJson: 'الملف ليس ملف JSON صالحًا. لم يُحفظ أي شيء.',
    tooDeep: (levels: number) =>
      `الملف متداخل أكثر من اللازم (عدد المستويات أكثر من ${levels})، ولذلك رُفض. لم يُحفظ أي شيء.`,
    notEdition: 'هذه ليست طبعة من استمارة Ampelbogen. لم يُحفظ أي شيء.',
    invalidEdition: (problems: string) => `في الطبعة أخطاء، ولذلك لم تُحمَّل: ${problems}`,
    sameVersionDifferent:
      'هذه الطبعة (بالمعرّف والإصدار نفسيهما) موجودة على الجهاز بالفعل، لكن بمحتوى مختلف. لم تُحمَّل، حتى تحتفظ التقييمات القديمة بمعناها. اطلبوا من مكتب الاندماج إصدارًا جديدًا من فضلكم.',
    unreadable: 'تعذّرت قراءة الملف. حاولوا مرة أخرى من فضلكم.',
    notAnonymous: 'هذا ليس ملفًا مجهول الهوية من Ampelbogen. لم يُعتمد.',
    anonymousVersion:
      'لهذا الملف إصدار صيغة لا يعرفه هذا التطبيق. ربما جاء من إصدار أحدث من التطبيق: حدّثوا التطبيق من فضلكم.',
    invalidAnonymous: (problems: string) => `في الملف أخطاء، ولذلك لم يُعتمد: ${problems}`,
    unknownCriteria: (edition: string, version: number, ids: string, more: number) =>
      `يقيّم الملف عبارات غير موجودة في طبعته («${edition}»، الإصدار ${version}): ${ids}${more > 0 ? ` و${more} غيرها` : ''}. لم يُعتمد.`,
    hostileKey: (key: string) =>
      `يحتوي الملف على حقل غير مسموح به («${key}»)، ولذلك رُفض. لم يُحفظ أي شيء.`,
    editionTooNew:
      'لهذه الطبعة إصدار صيغة لا يعرفه هذا التطبيق. ربما جاءت من إصدار أحدث من التطبيق: حدّثوا التطبيق من فضلكم. لم يُحفظ أي شيء.',
    editionBadVersion:
      'ليس للطبعة إصدار صيغة صالح («formatVersion»)، ولذلك لم تُحمَّل. لم يُحفظ أي شيء.',
    issues: {
      missing: 'مفقود',
      wrongType: 'نوعه خاطئ',
      wrongTypeOf: (expected: string) => `نوعه خاطئ (المتوقع: ${expected})`,
      types: {
        string: 'نص',
        number: 'رقم',
        int: 'عدد صحيح',
        boolean: 'صح أو خطأ',
        object: 'كائن',
        record: 'كائن',
        array: 'قائمة',
      },
      outOfRange: 'رقم خارج النطاق المسموح به',
      tooLong: (max: number | string) => `طويل جدًا (الحد الأقصى ${max})`,
      tooShort: (min: number | string) => `قصير جدًا أو فارغ (الحد الأدنى ${min})`,
      tooBig: (max: number | string) => `كبير جدًا (الحد الأقصى ${max})`,
      tooSmall: (min: number | string) => `صغير جدًا (الحد الأدنى ${min})`,
      notAllowed: (values: string) => `قيمته غير مسموح بها (المسموح: ${values})`,
      unknownKeys: (keys: string) => `فيه حقول غير معروفة: ${keys}`,
      badFormat: 'صيغته غير صالحة',
      invalid: 'غير صالح',
      more: (n: number) =>
        plural(n, {
          one: 'ومشكلة أخرى',
          two: 'ومشكلتان أخريان',
          few: `و${n} مشكلات أخرى`,
          many: `و${n} مشكلة أخرى`,
        }),
      duplicateAreaId: (id: string) => `معرّف المجال «${id}» مكرّر`,
      duplicateCriterionId: (id: string) => `معرّف العبارة «${id}» مكرّر`,
      unknownDimension: (id: string) => `فئة غير معروفة «${id}»`,
      unknownTranslatedId: (id: string) => `ترجمة لشيء غير موجود في الطبعة «${id}»`,
      eachLightOnce: 'يجب أن يرد كل لون من ألوان الإشارة مرة واحدة بالضبط (green, yellow, red, na)',
      onlyNaWithoutValue: 'وحدها «لا ينطبق» تكون بلا قيمة',
      yellowBelowGreen: 'يجب أن يكون حد الأصفر أقل من حد الأخضر',
      tooManyRatings: (max: number) => `الحد الأقصى للعبارات ${max}`,
    },
    path: {
      root: 'الملف',
      area: (n: number) => `المجال ${n}`,
      criterion: (n: number) => `العبارة ${n}`,
      rating: (n: number) => `درجة الإشارة ${n}`,
      dimension: (n: number) => `الفئة ${n}`,
      item: (n: number) => `العنصر ${n}`,
      field: (name: string) => `«${name}»`,
    },
  },
  office: {
    heading: 'التحليل (مكتب الاندماج)',
    intro:
      'الملفات مجهولة الهوية التي ترسلها الجمعيات، مجموعةً على مستوى المدينة. تبقى الملفات على هذا الجهاز.',
    empty:
      'لم يُعتمد أي ملف بعد. اختاروا ملفات JSON التي أرسلتها الجمعيات، أو اسحبوها إلى الحقل في الأعلى.',
    importHeading: 'اعتماد الملفات',
    pick: 'اختيار ملفات',
    pickHint: 'ملفات مجهولة الهوية (JSON)، ويمكن اختيار عدة ملفات معًا، أو اسحبوها إلى هنا.',
    dropActive: 'أفلتوا الملفات هنا لاعتمادها',
    checking: (n: number) =>
      plural(n, {
        one: 'جارٍ فحص ملف واحد…',
        two: 'جارٍ فحص ملفين…',
        few: `جارٍ فحص ${n} ملفات…`,
        many: `جارٍ فحص ${n} ملفًا…`,
        other: `جارٍ فحص ${n} ملف…`,
      }),
    result: (added: number, already: number, rejected: number) =>
      `اعتُمد: ${added}، موجود من قبل: ${already}، مرفوض: ${rejected}.`,
    outcomes: {
      added: 'اعتُمد',
      already: 'موجود من قبل (المعرّف نفسه)',
      rejected: 'مرفوض',
    },
    resultList: (n: number) => `النتيجة لكل ملف (${n})`,
    notAdded: 'لم يُعتمد',
    duplicateInBatch: 'هذا المعرّف يتكرر بين الملفات المختارة.',
    filtersHeading: 'التصفية',
    from: 'من الربع',
    to: 'إلى الربع',
    category: 'نوع الجمعية',
    sizeBand: 'الحجم (عدد الأعضاء)',
    all: 'الكل',
    basis: (n: number, total: number) =>
      `أرقام هذا الاختيار مبنية على ${n} من أصل ${counted(total, 'ملف واحد', 'ملفين', 'ملفات', 'ملفًا', 'ملف')}.`,
    tooFew: 'ملفات قليلة جدًا',
    tooFewSelection: 'الملفات قليلة جدًا لهذا الاختيار: لا تظهر الأرقام إلا ابتداءً من 3 ملفات.',
    rule: 'حتى لا يستطيع أحد أن يعرف من الأرقام جمعيةً بعينها، لا يعرض التحليل أي رقم مبني على أقل من 3 ملفات. ولهذا تُجمَّع الملفات حسب الربع والنوع والحجم. والمجموعة التي فيها ملف واحد أو ملفان فقط لا تدخل في أي رقم، مهما كان الاختيار؛ وهكذا لا يمكن أيضًا كشفها بمقارنة اختيارين. وكذلك تُستبعد عبارة من مجموعة ما إذا طُرحت في ملف واحد أو ملفين فقط من ملفاتها.',
    heldBack: (n: number) =>
      plural(n, {
        zero: 'لا يُستبعد حاليًا أي ملف من الأرقام.',
        one: 'يُستبعد من الأرقام حاليًا ملف واحد.',
        two: 'يُستبعد من الأرقام حاليًا ملفان.',
        few: `يُستبعد من الأرقام حاليًا ${n} ملفات.`,
        many: `يُستبعد من الأرقام حاليًا ${n} ملفًا.`,
        other: `يُستبعد من الأرقام حاليًا ${n} ملف.`,
      }),
    missingEdition: (id: string, version: number, count: number) =>
      `الطبعة «${id}»، الإصدار ${version}، غير موجودة على هذا الجهاز؛ ${plural(count, {
        one: 'لذلك يُحتسب الملف الذي يستخدمها حسب معرّفات العبارات',
        two: 'لذلك يُحتسب الملفان اللذان يستخدمانها حسب معرّفات العبارات',
        few: `لذلك تُحتسب الملفات التي تستخدمها (${count}) حسب معرّفات العبارات`,
        many: `لذلك تُحتسب الملفات التي تستخدمها (${count}) حسب معرّفات العبارات`,
      })}، ولا تُعدّ العبارة مطروحة إلا إذا كانت لها إجابة. حمّلوا الطبعة في الإعدادات لتروا نصوصها.`,
    unknownArea: 'عبارات من طبعات غير موجودة على هذا الجهاز',
    unknownCriterion: (id: string) => `العبارة «${id}»`,
    areasHeading: 'الإشارات حسب المجال والعبارة',
    legend: 'دليل الرموز',
    areaValue: (percent: string) => `القيمة المتوسطة: ${percent}`,
    areaLights: 'إشارة المجال في كل ملف',
    basisCount: (n: number) => files(n),
    unanswered: 'بلا إجابة',
    notAsked: 'لم تُطرح',
    noValue: 'بلا قيمة',
    asTable: 'عرض كجدول',
    tableCaption: (area: string) => `الإشارات حسب العبارة: ${area}`,
    criterion: 'العبارة',
    basisColumn: 'الملفات',
    count: (n: number, share: string) => `${n} (${share})`,
    trendHeading: 'قيم المجالات عبر الزمن',
    trendIntro:
      'لكل مجال: متوسط قيم الملفات، من 0% (كل الإشارات حمراء) إلى 100% (كل الإشارات خضراء). لكل ملف الوزن نفسه.',
    granularity: 'التطوّر حسب',
    byQuarter: 'الربع',
    byYear: 'السنة',
    trendTable: 'التطوّر في جدول',
    trendCaption: 'القيمة المتوسطة حسب المجال والفترة',
    area: 'المجال',
    chartTitle: (area: string) => `التطوّر: ${area}`,
    chartDesc: (points: string) => `القيمة المتوسطة في كل فترة: ${points}.`,
    chartPoint: (label: string, value: string) => `${label}: ${value}`,
    exportHeading: 'مشاركة',
    csv: 'الجدول بصيغة CSV',
    csvHint: 'لبرامج الجداول (فاصلة منقوطة، UTF-8). الأرقام المستبعدة غير موجودة هنا أيضًا.',
    csvDone: 'تم تنزيل ملف CSV.',
    pdf: 'تقرير موجز بصيغة PDF',
    pdfBusy: 'جارٍ إنشاء ملف PDF…',
    pdfDone: 'تم تنزيل التقرير الموجز (PDF).',
    pdfFailed: 'تعذّر إنشاء ملف PDF. أعيدوا تحميل الصفحة وحاولوا مرة أخرى من فضلكم.',
    pdfMade: (date: string) => `أُنشئ في ${date}. كل رقم مبني على 3 ملفات على الأقل.`,
    pdfPage: (n: number, of: number) => `صفحة ${n} من ${of}`,
    pdfColumns: { basis: 'عدد\nالملفات', unanswered: 'بلا\nإجابة' },
    filesHeading: (n: number) => `الملفات المعتمدة (${n})`,
    showList: 'عرض القائمة',
    ruleShort: 'لا يُبنى أي رقم على أقل من 3 ملفات.',
    ruleToggle: 'كيف تُحمى الأعداد الصغيرة',
    filesIntro: 'الملفات محفوظة دون أسمائها، لأن الاسم قد يكشف الجمعية. والمعرّف معروض مختصرًا.',
    columns: {
      period: 'الربع',
      category: 'النوع',
      sizeBand: 'الحجم',
      edition: 'الطبعة',
      importedAt: 'تاريخ الاعتماد',
      id: 'المعرّف',
      action: 'إجراء',
    },
    editionShort: (id: string, version: number) => `${id}، الإصدار ${version}`,
    delete: 'حذف',
    deleteOne: (id: string) => `حذف الملف ${id}`,
    deletedOne: (id: string) => `تم حذف الملف ${id}.`,
    deleteAll: 'حذف كل الملفات',
    confirmDeleteAllTitle: 'حذف كل الملفات؟',
    confirmDeleteAllBody: (n: number) =>
      `${plural(n, {
        one: 'سيُحذف ملف واحد',
        two: 'سيُحذف ملفان',
        few: `ستُحذف ${n} ملفات`,
        many: `سيُحذف ${n} ملفًا`,
        other: `سيُحذف ${n} ملف`,
      })} من هذا الجهاز. لا يمكن التراجع عن ذلك. بيانات الجمعيات على هذا الجهاز تبقى كما هي.`,
    confirmDeleteAll: 'حذف الكل نهائيًا',
    deletedAll: 'تم حذف كل الملفات.',
    csvColumns: {
      area: 'المجال',
      id: 'معرّف العبارة',
      criterion: 'العبارة',
      asked: 'الملفات التي طُرحت فيها',
      green: 'أخضر',
      yellow: 'أصفر',
      red: 'أحمر',
      na: 'لا ينطبق',
      unanswered: 'بلا إجابة',
      notAsked: 'لم تُطرح',
      share: (light: string) => `نسبة ${light} (%)`,
    },
    // The dashboard: counts, lights per area and the values over time first;
    // then where clubs need support; why files are held back.
    tooFewAll: 'لا أرقام بعد: لا يظهر أي رقم إلا إذا كان مبنيًا على 3 ملفات على الأقل.',
    widen: (n: { period: boolean; category: boolean; sizeBand: boolean }) => {
      const parts = [
        n.period && 'فترة أطول',
        n.category && 'كل الأنواع',
        n.sizeBand && 'كل الأحجام',
      ].filter(Boolean);
      return `اختاروا ${parts.join(' أو ')}.`;
    },
    heldBackReason: (files: number, groups: number, list: string) =>
      `${plural(files, { one: 'ملف واحد لا يُحتسب', two: 'ملفان لا يُحتسبان', few: `${files} ملفات لا تُحتسب`, many: `${files} ملفًا لا تُحتسب`, other: `${files} ملف لا تُحتسب` })}، ${plural(files, { one: 'لأنه', two: 'لأنهما', few: 'لأنها', many: 'لأنها' })} في ${groups === 1 ? 'مجموعة' : 'مجموعات'} فيها أقل من 3 ملفات: ${list}.`,
    heldBackHelp: 'يساعد في ذلك أن ترسل جمعيات أكثر من النوع والحجم نفسيهما ملفًا في الربع نفسه.',
    group: (quarter: string, category: string, size: string, n: number) =>
      `${quarter} · ${category} · ${size} (${n})`,
    members: (band: string) => `عدد الأعضاء: ${band}`,
    sizeUnknown: 'الحجم غير مذكور',
    listJoin: (items: string[], more: number) =>
      more > 0 ? `${items.join('، ')} و${more} غيرها` : items.join('، '),
    overviewHeading: 'الإشارات حسب المجال',
    overviewCaption: 'إشارات المجالات: نسبة الملفات عند كل إشارة',
    overviewBasis: 'العدد',
    overviewNote: (same: number | null) =>
      same === null
        ? 'نسبة الملفات التي يكون فيها المجال أخضر أو أصفر أو أحمر؛ العدد: الملفات التي طُرح فيها هذا المجال.'
        : `نسبة الملفات التي يكون فيها المجال أخضر أو أصفر أو أحمر؛ كل مجال مبني على ${counted(same, 'ملف واحد', 'ملفين', 'ملفات', 'ملفًا', 'ملف')}.`,
    trendShort: 'القيمة المتوسطة لكل مجال: 0% تعني أن كل الإشارات حمراء، و100% أنها كلها خضراء.',
    trendLatest: (n: number, all: number) =>
      `آخر ${n} فترات من أصل ${all}. كلها موجودة في التفاصيل في الأسفل.`,
    trendGap: '– تعني: الملفات قليلة جدًا في هذه الفترة.',
    trendDetails: 'التطوّر بالتفصيل',
    trendCharts: 'تطوّر كل مجال في رسم بياني',
    periodRange: (from: string, to: string) => `الفترة: من ${from} إلى ${to}`,
    needsHeading: 'أين تحتاج الجمعيات إلى الدعم',
    needsIntro:
      'العبارات التي فيها أكبر نسبة من الأحمر والأصفر في هذا الاختيار. من هنا يمكن للمدينة أن تبدأ مشاريعها.',
    needsNone: 'لا توجد في هذا الاختيار عبارة عند الأحمر أو الأصفر.',
    needsHeldBack: 'العبارات التي ملفاتها قليلة جدًا غير مدرجة.',
    needsNoneShown: 'لا توجد عبارة لها ردود كافية عند الأحمر أو الأصفر.',
    needsAll: (n: number) => `عرض كل العبارات (${n})`,
    needsFewer: (n: number) => `عرض أول ${n} فقط`,
  },
  // Files that came without the picker: shared to the installed app, or opened with it.
  received: {
    shared: (n: number) => `الملفات المستلمة عبر «مشاركة»: ${n}.`,
    opened: (n: number) => `الملفات المفتوحة بالتطبيق: ${n}.`,
    shareFailed:
      'تعذّر استلام الملفات المُشارَكة، ربما لأن مساحة التخزين في الجهاز ممتلئة. احفظوها من البريد الإلكتروني أو من تطبيق المراسلة، ثم اختاروها هنا عبر «اختيار ملفات».',
    inboxUnreadable:
      'تتعذّر قراءة الملفات المستلمة عبر «مشاركة». احفظوها من البريد الإلكتروني أو من تطبيق المراسلة، ثم اختاروها هنا عبر «اختيار ملفات».',
    keptForLater:
      'تعذّر اعتماد الملفات المستلمة عبر «مشاركة». تبقى هذه الملفات على هذا الجهاز، وسيحاول التطبيق اعتمادها مرة أخرى عندما تفتحون التحليل في المرة القادمة.',
    notDeleted:
      'اعتُمدت الملفات المستلمة عبر «مشاركة»، لكن تعذّر حذفها من الذاكرة المؤقتة للتطبيق. سيفحصها التطبيق مرة أخرى عند تشغيله في المرة القادمة، ولن تُحتسب مرتين.',
  },
  backup: {
    heading: 'النسخة الاحتياطية',
    intro:
      'ملف واحد فيه كل الجمعيات والتقييمات والخطوات الموجودة على هذا الجهاز: للاحتفاظ به، أو للانتقال إلى جهاز جديد.',
    create: 'إنشاء نسخة احتياطية',
    creating: 'جارٍ إنشاء النسخة الاحتياطية…',
    created: (fileName: string) =>
      `تم إنشاء النسخة الاحتياطية: ${fileName}. احتفظوا بالملف في مكان آمن.`,
    cancelled: 'لم تُنشأ نسخة احتياطية: أُلغيت المشاركة.',
    createFailed:
      'تعذّر إنشاء النسخة الاحتياطية. حاولوا مرة أخرى من فضلكم؛ وإن لم ينجح ذلك مجددًا، أعيدوا تحميل الصفحة.',
    shareTitle: 'نسخة احتياطية من Ampelbogen',
    lastBackup: (when: string) => `آخر نسخة احتياطية: ${when}.`,
    never: 'لم تُنشأ أي نسخة احتياطية على هذا الجهاز بعد.',
    when: (date: string, time: string) => `${date}، الساعة ${time}`,
    restore: 'استعادة نسخة احتياطية',
    restoreHint: 'ملف نسخة احتياطية من هذا التطبيق (ampelbogen-sicherung-….json).',
    reading: 'جارٍ فحص الملف…',
    previewHeading: 'ما تحتويه النسخة الاحتياطية',
    previewMade: (when: string, version: string) => `أُنشئت في ${when} (إصدار التطبيق ${version}).`,
    previewClubs: 'الجمعيات في النسخة الاحتياطية',
    previewClub: (name: string, count: number) =>
      `${name}: ${count === 0 ? 'لا تقييمات' : assessments(count)}`,
    previewNoClubs: 'لا تحتوي النسخة الاحتياطية على أي جمعية.',
    previewTotals: (assessmentCount: number, measures: number) =>
      `${assessments(assessmentCount)}، ${counted(measures, 'خطوة واحدة', 'خطوتان', 'خطوات', 'خطوة')}.`,
    previewRange: (from: string, to: string) =>
      from === to ? `اجتماع بتاريخ ${from}.` : `اجتماعات من ${from} إلى ${to}.`,
    previewChoose: 'كيف تريدون استعادة النسخة الاحتياطية؟',
    merge: 'إضافة إلى البيانات الموجودة',
    mergeHint:
      'يبقى كل ما على هذا الجهاز. إذا وُجد إدخال في الجهتين، يُعتمد الأحدث. ولا يتكرر أي شيء.',
    replace: 'استبدال الكل',
    replaceHint:
      'يحذف كل الجمعيات والتقييمات والخطوات من هذا الجهاز، ويضع مكانها ما في النسخة الاحتياطية.',
    cancel: 'إلغاء',
    confirmTitle: 'استبدال كل البيانات على هذا الجهاز؟',
    confirmBody: (clubCount: number, assessmentCount: number) =>
      `ستُحذف من هذا الجهاز ${clubs(clubCount)}${assessmentCount > 0 ? ` و${assessments(assessmentCount)}` : ''}، ويحلّ محلها ما في النسخة الاحتياطية. ما يوجد على هذا الجهاز وحده سيضيع. لا يمكن التراجع عن ذلك.`,
    confirmReplace: 'استبدال الكل',
    restoring: 'جارٍ استعادة النسخة الاحتياطية…',
    restored: (clubCount: number, assessmentCount: number) =>
      `تمت استعادة النسخة الاحتياطية: ${clubs(clubCount)}، ${assessments(assessmentCount)}.`,
    tooLarge: (maxMb: number) =>
      `الملف أكبر من أن يكون نسخة احتياطية (${maxMb} ميغابايت على الأكثر). لم يتغيّر أي شيء.`,
    notJson: 'الملف ليس ملف JSON صالحًا، وربما لم يُنقل كاملًا. لم يتغيّر أي شيء.',
    tooDeep: (levels: number) =>
      `الملف متداخل أكثر من اللازم (عدد المستويات أكثر من ${levels})، ولذلك لم تتم استعادته. لم يتغيّر أي شيء.`,
    notBackup: 'هذه ليست نسخة احتياطية من Ampelbogen. لم يتغيّر أي شيء.',
    isEdition:
      'هذه طبعة من الاستمارة، وليست نسخة احتياطية. الطبعات تُحمَّل من «تحميل طبعة من ملف». لم يتغيّر أي شيء.',
    badVersion:
      'رقم الإصدار في النسخة الاحتياطية غير صالح، ولذلك لم تتم استعادتها. لم يتغيّر أي شيء.',
    tooNew:
      'هذه النسخة الاحتياطية من إصدار أحدث من التطبيق. حدّثوا التطبيق من فضلكم، ثم حاولوا مرة أخرى. لم يتغيّر أي شيء.',
    forbiddenKey: (key: string) =>
      `يحتوي الملف على حقل غير مسموح به («${key}»)، ولذلك لم تتم استعادته. لم يتغيّر أي شيء.`,
    invalid: (problems: string) =>
      `في النسخة الاحتياطية أخطاء، ولذلك لم تتم استعادتها. لم يتغيّر أي شيء. ${problems}`,
    editionMissing: (key: string) =>
      `النسخة الاحتياطية ناقصة: الطبعة «${key}» غير موجودة في الملف ولا على هذا الجهاز. لم يتغيّر أي شيء.`,
    editionConflict: (key: string) =>
      `الطبعة «${key}» موجودة على هذا الجهاز بمحتوى مختلف. لم تتم استعادة النسخة الاحتياطية، حتى لا يتغيّر معنى أي تقييم. لم يتغيّر أي شيء.`,
    restoreFailed:
      'تعذّر حفظ بيانات النسخة الاحتياطية على الجهاز. لم يتغيّر أي شيء. حاولوا مرة أخرى من فضلكم.',
    checks: {
      duplicate: (where: string) => `${where}: مكرّر`,
      clubMissing: (where: string) => `${where}: يتبع جمعية غير موجودة`,
      assessmentMissing: (where: string) => `${where}: يتبع تقييمًا غير موجود`,
      clubMismatch: (where: string) => `${where}: يذكر جمعية غير التي يذكرها تقييمه`,
      badMeasureId: (where: string) => `${where}: المعرّف خاطئ`,
      snapshotTooLarge: (where: string) => `${where}: فيه إشارات أكثر من اللازم`,
      notesTooMany: (where: string) => `${where}: فيه ملاحظات أكثر من اللازم`,
      spreadTooMany: (where: string) => `${where}: فيه توزيع جولة لعبارات أكثر من اللازم`,
      answerOfFinished: (where: string) => `${where}: يتبع تقييمًا مكتملًا يحتوي إجاباته بنفسه`,
    },
    path: {
      club: (n: number) => `الجمعية ${n}`,
      assessment: (n: number) => `التقييم ${n}`,
      answer: (n: number) => `الإجابة ${n}`,
      measure: (n: number) => `الخطوة ${n}`,
      edition: (n: number) => `الطبعة ${n}`,
    },
  },
};
