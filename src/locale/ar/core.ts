import type { Messages } from '../types';
import { counted, plural } from './plural';

// The Arabic (العربية), Modern Standard Arabic, plain and friendly, as used by
// Arabic-speaking communities in Germany texts of the first screens: clubs,
// assessments, progress. Same shapes as the German core.ts; counts follow
// Arabic's plural forms (plural.ts). Shown right to left.

/** "عبارة واحدة", "عبارتان", "3 عبارات", "11 عبارة" (as the subject of a sentence). */
const statements = (n: number) => counted(n, 'عبارة واحدة', 'عبارتان', 'عبارات', 'عبارة');
/** "تقييم واحد", "تقييمان", "3 تقييمات", "11 تقييمًا" (as the subject of a sentence). */
const assessments = (n: number) =>
  counted(n, 'تقييم واحد', 'تقييمان', 'تقييمات', 'تقييمًا', 'تقييم');

export const ar: Messages = {
  language: {
    heading: 'اللغة',
    intro: 'بأي لغة تريدون أن يتحدث التطبيق معكم؟ يسري اختياركم على هذا الجهاز.',
    choose: 'اختاروا اللغة',
    current: (name: string) => `اللغة: ${name}`,
    change: 'تغيير اللغة',
    saved: 'التطبيق يتحدث الآن العربية.',
    notSaved: 'تسري اللغة الآن، لكن هذا الجهاز لا يستطيع أن يحفظ اختياركم.',
    failed: 'تعذّر تحميل هذه اللغة. حاولوا مرة أخرى.',
    editionFallback: (title: string, language: string) =>
      `عبارات «${title}» غير متوفرة باللغة ${language}، لذلك تظهر لكم بالألمانية.`,
  },
  app: {
    name: 'Ampelbogen',
    title: 'Ampelbogen Neu-Isenburg',
    skipToContent: 'انتقل إلى المحتوى',
    nav: 'القائمة الرئيسية',
    clubs: 'الجمعيات',
    settings: 'الإعدادات',
    back: 'رجوع',
    loading: 'جارٍ التحميل…',
    upgrading: 'جارٍ تجهيز بياناتكم للإصدار الجديد…',
    loadFailed: 'تعذّر تحميل هذا الجزء من التطبيق. أعيدوا تحميل الصفحة من فضلكم.',
    notFound: 'هذه الصفحة غير موجودة (أو لم تعد موجودة).',
    toStart: 'إلى الصفحة الرئيسية',
  },
  clubs: {
    heading: 'جمعياتكم ومجموعاتكم',
    intro:
      'استمارة Ampelbogen («استمارة إشارة المرور») من مدينة Neu-Isenburg تساعدكم على أن تقيّموا معًا، في أحد اجتماعاتكم، مدى انفتاح جمعيتكم أو مجموعتكم على الجميع. لا حاجة إلى حساب: يبقى كل شيء على هذا الجهاز إلى أن تشاركوه أنتم.',
    empty: 'لم تُضيفوا أي جمعية بعد. هكذا تبدؤون:',
    firstRun: [
      'أضيفوا جمعيتكم أو مجموعتكم.',
      'في أحد اجتماعاتكم، قيّموا معًا كل عبارة بلون من ألوان الإشارة. يستغرق ذلك نحو 20 إلى 30 دقيقة.',
      'اعرفوا أين تقفون، وخطّطوا لخطواتكم التالية. وإن أردتم، أرسلوا النتيجة ملفَّ PDF أو ملفًا مجهول الهوية إلى مكتب الاندماج في المدينة (Integrationsbüro).',
    ],
    add: 'إضافة جمعية',
    join: 'المشاركة في جولة',
    joinHint: 'هل بدأ أحدٌ جولةً في اجتماعكم؟ شاركوا فيها بهواتفكم.',
    newHeading: 'جمعية جديدة',
    editHeading: 'تعديل الجمعية',
    name: 'اسم الجمعية أو المجموعة',
    category: 'النوع',
    sizeBand: 'الحجم (عدد الأعضاء)',
    description: 'الوصف (اختياري)',
    descriptionHint: 'لكم وحدكم، ولا يُرسَل أبدًا إلى مكتب الاندماج.',
    save: 'حفظ',
    cancel: 'إلغاء',
    edit: 'تعديل',
    delete: 'حذف',
    created: 'تمت إضافة الجمعية.',
    updated: 'تم حفظ التغييرات.',
    deleted: (name: string) => `تم حذف «${name}».`,
    confirmDeleteTitle: (name: string) => `حذف «${name}»؟`,
    confirmDeleteBody: (count: number) =>
      count === 0
        ? 'ليس لهذه الجمعية أي تقييم بعد. لا يمكن التراجع عن الحذف.'
        : `سيُحذف مع الجمعية ${assessments(count)}. لا يمكن التراجع عن ذلك.`,
    confirmDelete: 'حذف نهائي',
    assessmentCount: (n: number) => (n === 0 ? 'لا تقييمات بعد' : assessments(n)),
    errors: {
      name: {
        required: 'أدخلوا اسمًا من فضلكم.',
        'too-long': 'الاسم طويل جدًا (100 حرف على الأكثر).',
        invalid: 'تحقّقوا من الاسم من فضلكم.',
      },
      category: { required: '', 'too-long': '', invalid: 'اختاروا نوعًا من القائمة من فضلكم.' },
      sizeBand: { required: '', 'too-long': '', invalid: 'اختاروا حجمًا من القائمة من فضلكم.' },
      description: {
        required: '',
        'too-long': 'الوصف طويل جدًا (500 حرف على الأكثر).',
        invalid: '',
      },
      summary: 'تحقّقوا من الحقول المعلَّمة من فضلكم. لم يُحفَظ أي شيء.',
    },
    categories: {
      sport: 'رياضة',
      kultur: 'ثقافة وموسيقى وتراث',
      religion: 'كنيسة أو جماعة دينية',
      soziales: 'عمل اجتماعي ومساعدة',
      bildung: 'تعليم وأهالٍ وأطفال وشباب',
      migrantenorganisation: 'منظمة مهاجرين ومهاجرات',
      nachbarschaft: 'جيران ومبادرات محلية',
      sonstiges: 'غير ذلك',
      'keine-angabe': 'غير محدد',
    },
    sizeBands: {
      'bis-20': 'حتى 20',
      '21-100': 'من 21 إلى 100',
      '101-500': 'من 101 إلى 500',
      'ueber-500': 'أكثر من 500',
      'keine-angabe': 'غير محدد',
    },
  },
  club: {
    assessments: 'التقييمات',
    noAssessments:
      'لا يوجد تقييم بعد. ابدؤوا تقييمًا في اجتماعكم القادم: تمرّون على المجالات واحدًا تلو الآخر، وتعطون كل عبارة لونًا من ألوان الإشارة.',
    start: 'تقييم جديد',
    draft: 'مسودة',
    done: 'مكتمل',
    resume: 'متابعة التعبئة',
    open: 'عرض',
    answered: (a: number, t: number) => `أُجيب عن ${a} من ${t}`,
  },
  start: {
    heading: 'تقييم جديد',
    date: 'تاريخ الاجتماع',
    dateHint: 'غالبًا تاريخ اليوم.',
    fromLast: 'البدء بإجابات التقييم السابق',
    fromLastHint: (date: string) =>
      `تُنقل الإشارات من تقييم ${date}. تبقى كل إشارة معلَّمة بعبارة «من المرة السابقة» إلى أن تؤكدوها أو تغيّروها. لا تُنقل الملاحظات ولا الخطوات.`,
    begin: 'لنبدأ',
    errors: {
      required: 'أدخلوا تاريخًا من فضلكم.',
      invalid: 'هذا ليس تاريخًا صحيحًا. اختاروا اليوم والشهر والسنة من فضلكم.',
    },
    edition: (title: string, version: number) => `الاستمارة: ${title}، الإصدار ${version}`,
  },
  assessment: {
    progress: (a: number, t: number) => `أُجيب عن ${a} من ${t}`,
    // The bar's short form; with progressRest it reads as progress().
    progressShort: (a: number, t: number) => `${a} من ${t}`,
    progressRest: ' تمت الإجابة عنها',
    areaOf: (n: number, t: number) => `المجال ${n} من ${t}`,
    previousArea: (title: string) => `السابق: ${title}`,
    nextArea: (title: string) => `التالي: ${title}`,
    toSummary: 'الملخّص',
    nextOpen: 'العبارة التالية بلا إجابة',
    allAnswered: 'أجبتم عن كل شيء: إلى الملخّص',
    lightKey: 'ماذا تعني ألوان الإشارة',
    lightKeyTerm: (label: string) => `${label}:`,
    carriedIntro: (date: string) =>
      `بدأتم بإشارات تقييم ${date}. كل إشارة منها معلَّمة بعبارة «من المرة السابقة» إلى أن تؤكدوها: الضغط على الإشارة نفسها يؤكدها، والضغط على إشارة أخرى يغيّرها.`,
    carriedMark: (date: string) => `من المرة السابقة (${date})، لم تُؤكَّد بعد`,
    lightGroup: (text: string) => `الإشارة للعبارة: ${text}`,
    note: 'ملاحظة',
    nextStep: 'الخطوة التالية',
    stepText: 'ما الذي يجب فعله؟',
    stepWho: 'مَن يتولّى ذلك؟',
    stepDue: 'حتى متى؟',
    openSteps: 'خطوات مفتوحة من اجتماعات سابقة',
    stepDone: 'أُنجزت',
    stepFrom: (date: string) => `من اجتماع ${date}`,
    nextStepHint: 'خطوة ملموسة. تظهر في قائمة خطواتكم وفي اجتماعكم القادم.',
    addDetails: 'إضافة ملاحظة أو خطوة تالية',
    concerns: (groups: readonly string[]) => `تخصّ: ${groups.join('، ')}`,
    saving: 'جارٍ الحفظ…',
    saved: 'تم الحفظ',
    // The number makes each announcement new, so screen readers read every save.
    savedAnnouncement: (n: number, a: number, t: number) =>
      `تم حفظ الإدخال ${n}، أُجيب عن ${a} من ${t}.`,
    lightOfArea: 'إشارة المجال:',
    areaNav: 'المجالات',
    notFound: 'هذا التقييم لم يعد موجودًا.',
    editionMissing: 'طبعة الاستمارة الخاصة بهذا التقييم غير موجودة على هذا الجهاز.',
  },
  summary: {
    heading: 'الملخّص',
    intro:
      'هذا وضع جمعيتكم في كل مجال. تُحسب إشارة المجال من إجابات عباراته، ولا تدخل فيها إجابة «لا ينطبق».',
    finish: 'إنهاء التقييم',
    finished: 'اكتمل التقييم.',
    reopen: 'تعديل من جديد',
    unanswered: (n: number) =>
      n === 0 ? 'لكل العبارات إجابة.' : `ما زالت ${statements(n)} بلا إجابة.`,
    noLight: 'بلا إشارة',
    noLightHint: 'لا توجد بعد عبارة مقيَّمة في هذا المجال.',
    counts: 'العدد',
    backToClub: 'إلى الجمعية',
    round: 'كلٌّ يصوّت بنفسه',
    roundHint:
      'في الجولة يعطي كلٌّ منكم إشاراته بصمت على هاتفه؛ ثم ترون أين تختلف آراؤكم، وتتفقون معًا.',
    roundStart: 'بدء جولة',
    roundResult: 'نتيجة الجولة',
    editArea: (title: string) => `تعديل: ${title}`,
    areas: 'المجالات',
    areaDone: 'مكتمل',
    areaNotStarted: 'لم يبدأ بعد',
    areaProgress: (done: number, total: number, unconfirmed: number) =>
      unconfirmed > 0
        ? `أُجيب عن ${done} من ${total}، و${unconfirmed} من المرة السابقة لم تُؤكَّد بعد`
        : `أُجيب عن ${done} من ${total}`,
    stillOpen: (unanswered: number, unconfirmed: number) =>
      [
        unanswered > 0 ? `ما زالت ${statements(unanswered)} بلا إجابة.` : '',
        unconfirmed > 0
          ? `لم تُؤكَّد بعد ${counted(unconfirmed, 'إشارة واحدة', 'إشارتان', 'إشارات', 'إشارة')} من المرة السابقة.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    toFirstOpen: 'إلى أول عبارة بلا إجابة',
    askTitle: 'لم تُجيبوا عن كل شيء بعد',
    finishAnyway: 'إنهاء على أي حال',
    notConfirmed: 'من المرة السابقة، غير مؤكَّدة',
    carried: (date: string, given: number, unconfirmed: number) =>
      `بدأتم بإشارات تقييم ${date}. إشارات أعطيتموها أو أكدتموها اليوم: ${given}. إشارات ما زالت من المرة السابقة: ${unconfirmed}.`,
  },
  ideas: {
    heading: 'من الإشارة إلى العمل',
    intro:
      'أفكار لخطوة أولى عند العبارات الحمراء والصفراء. بضغطة واحدة تصبح الفكرة خطوتكم التالية، ثم تكتبون هنا مباشرة مَن يتولاها وحتى متى.',
    introFinished:
      'أفكار لخطوة أولى عند العبارات الحمراء والصفراء. لاعتماد إحداها، عدّلوا التقييم من جديد.',
    take: 'اعتماد الفكرة خطوةً تالية',
    taken: 'اعتُمدت خطوةً تالية، وهي الآن في قائمة خطواتكم.',
    step: 'خطوتكم التالية:',
    none: 'لا تقترح الاستمارة فكرة لهذه العبارة. اكتبوا خطوتكم أنتم عند العبارة.',
  },
  ratings: {
    green: 'أخضر',
    yellow: 'أصفر',
    red: 'أحمر',
    na: 'لا ينطبق',
    unanswered: 'بلا إجابة',
  },
  progress: {
    spread: (counts: string) => `الجولة: ${counts}`,
    spreadCount: (word: string, n: number) => `${word} (${n})`,
    heading: 'التقدّم',
    open: 'عرض التقدّم',
    intro: 'هكذا تطوّرت جمعيتكم من اجتماع إلى آخر. تُحتسب التقييمات المكتملة فقط.',
    none: 'لا يوجد تقييم مكتمل بعد. أنهوا تقييمًا، وسترون هنا وضعكم.',
    onlyOne:
      'لديكم حتى الآن تقييم مكتمل واحد. سترون التطوّر ابتداءً من التقييم الثاني؛ وهنا وضعكم الحالي.',
    overviewHeading: 'نظرة عامة',
    overviewHint: 'كل صف مجال، وكل عمود اجتماع. على الهاتف اسحبوا جانبًا لتروا المزيد.',
    overviewRegion: 'نظرة عامة: المجالات حسب الاجتماع',
    area: 'المجال',
    threshold: (light: string, value: string) => `${light} من ${value}`,
    areasHeading: 'المجالات عبر الزمن',
    chartTitle: (area: string) => `التطوّر: ${area}`,
    chartDesc: (points: string) =>
      `قيمة المجال في كل اجتماع، من 0% (أحمر) إلى 100% (أخضر): ${points}.`,
    chartPoint: (date: string, value: string) => `${date}: ${value}`,
    notAsked: 'لم تُطرح',
    noValue: 'بلا قيمة',
    table: (area: string) => `الأرقام: ${area}`,
    date: 'التاريخ',
    value: 'القيمة',
    light: 'الإشارة',
    criteriaHeading: 'العبارات عبر الزمن',
    criteriaHint:
      'يعرض كل سطر إشارات عبارة واحدة من اجتماع إلى آخر. على الهاتف اسحبوا الجدول جانبيًا.',
    criterion: 'العبارة',
    numbersToggle: 'الأرقام في جدول',
    showingRecent: (n: number, all: number) =>
      `تعرض الجداول آخر ${n} من أصل ${counted(all, 'اجتماع واحد', 'اجتماعين', 'اجتماعات', 'اجتماعًا', 'اجتماع')}.`,
    showingAll: (all: number) => `تعرض الجداول كل الاجتماعات (${all}).`,
    showAll: (all: number) => `عرض الكل (${all})`,
    showRecent: (n: number) => `عرض آخر ${n} فقط`,
    rowsRegion: (area: string) => `العبارات عبر الزمن: ${area}`,
    compareHeading: 'مقارنة تقييمين',
    earlier: 'التقييم الأقدم',
    later: 'التقييم الأحدث',
    changes: {
      better: 'أفضل',
      worse: 'أسوأ',
      same: 'دون تغيير',
      first: 'أُجيب عنها أول مرة',
      'not-comparable': 'لا تمكن المقارنة',
    },
    changeLine: (before: string, after: string) => `سابقًا ${before}، الآن ${after}`,
    unchangedInArea: (n: number) => `${statements(n)} دون تغيير`,
    noChangesInArea: 'لا تغيير في هذا المجال.',
    sameAssessment: 'اختاروا تقييمين مختلفين من فضلكم.',
  },
  measures: {
    heading: 'الخطوات التالية',
    intro: 'ما قرّرتموه في التقييمات. الخطوات المفتوحة في الأعلى.',
    empty: 'لا توجد خطوات بعد. أثناء التعبئة يمكنكم أن تدوّنوا لكل عبارة خطوة تالية.',
    done: 'أُنجزت',
    overdue: 'متأخرة',
    who: (who: string) => `يتولاها: ${who}`,
    due: (date: string) => `حتى ${date}`,
    openCount: (n: number) =>
      plural(n, {
        one: 'خطوة مفتوحة واحدة',
        two: 'خطوتان مفتوحتان',
        few: `${n} خطوات مفتوحة`,
        many: `${n} خطوة مفتوحة`,
      }),
    /** Where a step came from: the meeting (a formatted date) and the statement, each if known. */
    source: (meeting: string | null, statement: string | null) =>
      [meeting && `من تقييم ${meeting}`, statement && `بشأن «${statement}»`]
        .filter(Boolean)
        .join(' '),
  },
  storage: {
    quota:
      'ذاكرة الجهاز ممتلئة: إدخالكم الأخير لم يُحفظ بعد، لكنه ما زال ظاهرًا. احفظوا الآن نسخة احتياطية، ثم أفرغوا بعض المساحة (مثلًا بحذف صور أو فيديوهات)، وحاولوا مرة أخرى.',
    blocked:
      'التطبيق ما زال مفتوحًا بإصدار أقدم في تبويب أو نافذة أخرى. أغلقوا التبويبات الأخرى من فضلكم، ثم أعيدوا تحميل هذه الصفحة.',
    versionChange:
      'يعمل الآن إصدار أحدث من التطبيق في تبويب آخر. كل إدخال ظهرت عنده هنا عبارة «تم الحفظ» محفوظ فعلًا؛ أما الإدخالات الجديدة في هذا التبويب فلن تُحفظ بعد الآن. أعيدوا تحميل هذه الصفحة من فضلكم.',
    closed:
      'تعذّر الآن فتح ذاكرة المتصفح، وغالبًا لأن ذاكرة الجهاز ممتلئة: إدخالكم الأخير لم يُحفظ بعد، لكنه ما زال ظاهرًا. احفظوا نسخة احتياطية، وأفرغوا بعض المساحة، ثم حاولوا مرة أخرى.',
    databaseLost:
      'حذف المتصفح البيانات المحفوظة لهذا التطبيق (قد يحدث هذا بعد امتلاء الذاكرة). يمكنكم الآن حفظ الإدخالات التي ما زالت على الشاشة في نسخة احتياطية. أما نسخة احتياطية سابقة فتستعيدونها من «الإعدادات».',
    unavailable: 'ذاكرة المتصفح غير متاحة (مثلًا في وضع التصفح الخاص). لا يمكن حفظ الإدخالات.',
    writeFailed:
      'لم ينجح الحفظ: إدخالكم ما زال ظاهرًا، لكنه غير محفوظ. احفظوا نسخة احتياطية لتكونوا في أمان، ثم حاولوا مرة أخرى.',
    editionMissing:
      'هذه الطبعة من الاستمارة لم تعد موجودة على الجهاز (ربما حُذفت في تبويب آخر). لم يُحفظ أي شيء. افتحوا «تقييم جديد» مرة أخرى من فضلكم.',
    lowSpace:
      'المساحة الفارغة على هذا الجهاز قليلة. حتى لا يضيع شيء: احفظوا قريبًا نسخة احتياطية وأفرغوا بعض المساحة.',
    rescueHeading: 'حفظ الإدخالات الآن',
    rescueIntro:
      'احفظوا نسخة احتياطية تضم كل ما على هذا الجهاز، والإدخالات التي ما زالت على الشاشة. بها يمكن استعادة كل شيء، حتى لو فقد المتصفح بياناته.',
    rescueAction: 'حفظ نسخة احتياطية',
    rescueBusy: 'جارٍ إنشاء النسخة الاحتياطية…',
    rescueDone: (fileName: string) =>
      `تم حفظ النسخة الاحتياطية «${fileName}». احتفظوا بها إلى أن يُحفظ كل شيء من جديد.`,
    rescueFailed:
      'تعذّر إنشاء النسخة الاحتياطية. اكتبوا على ورقة من فضلكم ما يظهر على الشاشة من إدخالات.',
    toBackup: 'إلى النسخة الاحتياطية',
    retry: 'إعادة المحاولة',
    dismiss: 'إغلاق',
  },
  update: {
    available: 'يتوفر إصدار جديد من التطبيق.',
    apply: 'التحديث الآن',
    later: 'لاحقًا',
    offlineReady: 'يمكن الآن استخدام التطبيق دون إنترنت أيضًا.',
  },
  move: {
    heading: 'طبعة جديدة من الاستمارة',
    intro: (title: string, version: number, current: number) =>
      `تستخدم هذه المسودة الإصدار ${current}. وتتوفر الآن «${title}»، الإصدار ${version}. يمكنكم إنهاء المسودة بإصدارها الحالي، أو نقلها إلى الإصدار الجديد.`,
    carried: (n: number) => `ستُنقل ${counted(n, 'إجابة واحدة', 'إجابتان', 'إجابات', 'إجابة')}.`,
    dropped: 'هذه الإجابات غير موجودة في الإصدار الجديد، ولن تُنقل:',
    noneDropped: 'يمكن نقل كل الإجابات.',
    action: (version: number) => `النقل إلى الإصدار ${version}`,
    confirmTitle: (version: number) => `نقل المسودة إلى الإصدار ${version}؟`,
    detached:
      'هذه الخطوات التالية تبقى في قائمة خطواتكم، لكنها في الإصدار الجديد لم تعد مرتبطة بأي عبارة:',
    confirmBody: (answers: number, steps: number) =>
      [
        answers === 0
          ? ''
          : plural(answers, {
              one: 'لا يمكن نقل إجابة واحدة، وستُحذف من المسودة.',
              two: 'لا يمكن نقل إجابتين، وستُحذفان من المسودة.',
              few: `لا يمكن نقل ${answers} إجابات، وستُحذف من المسودة.`,
              many: `لا يمكن نقل ${answers} إجابة، وستُحذف من المسودة.`,
            }),
        steps === 0
          ? 'تبقى الخطوات التالية في قائمتكم.'
          : plural(steps, {
              one: 'تبقى خطوة تالية واحدة في قائمتكم، لكنها لن تعود مرتبطة بأي عبارة.',
              two: 'تبقى خطوتان تاليتان في قائمتكم، لكنهما لن تعودا مرتبطتين بأي عبارة.',
              few: `تبقى ${steps} خطوات تالية في قائمتكم، لكنها لن تعود مرتبطة بأي عبارة.`,
              many: `تبقى ${steps} خطوة تالية في قائمتكم، لكنها لن تعود مرتبطة بأي عبارة.`,
            }),
      ]
        .filter(Boolean)
        .join(' '),
    done: (version: number) => `تستخدم المسودة الآن الإصدار ${version}.`,
  },
  // Entry points to parts that load on demand; their texts are in files.ts.
  entry: {
    share: 'مشاركة',
    office: 'التحليل (مكتب الاندماج)',
    officeShort: 'التحليل',
    officeHeading: 'لمكتب الاندماج',
    officeIntro:
      'هنا يجمع مكتب الاندماج ملفات كثيرة مجهولة الهوية، ويرى صورة المدينة كلها. الجمعيات لا تحتاج إلى هذا الجزء.',
    backupDue:
      'هناك إدخالات جديدة منذ آخر نسخة احتياطية. أنشئوا نسخة احتياطية جديدة عندما يتسنى لكم ذلك.',
    backupDueNever:
      'لم تُحفظ إدخالاتكم في نسخة احتياطية بعد. أنشئوا نسخة احتياطية عندما يتسنى لكم ذلك.',
    backupDueLink: 'إلى النسخة الاحتياطية',
  },
};
