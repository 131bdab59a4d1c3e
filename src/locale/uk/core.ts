import type { ClubCategory, SizeBand } from '../../domain/entities';
import { assessments, pick, statements } from './plural';
import type { RatingId } from '../../domain/edition-schema';
import type { Messages } from '../types';

// The Ukrainian (Українська) texts of the first screens: clubs, assessments,
// progress. The texts of the parts that load on demand are in files.ts. Same
// keys and shapes as the German reference (de/core.ts). Ukrainian counts take
// three forms (one: 1, 21 …; few: 2–4, 22–24 …; many: 0, 5–20 …), chosen by
// Intl.PluralRules.

const colours = (n: number) => `${n} ${pick(n, 'колір', 'кольори', 'кольорів')}`;

export const uk: Messages = {
  language: {
    heading: 'Мова',
    intro: 'Якою мовою з вами має говорити застосунок? Вибір діє на цьому пристрої.',
    choose: 'Виберіть мову',
    current: (name: string) => `Мова: ${name}`,
    change: 'Змінити мову',
    saved: 'Тепер застосунок говорить українською.',
    notSaved: 'Мова вже діє, але цей пристрій не може її запам’ятати.',
    failed: 'Не вдалося завантажити цю мову. Спробуйте ще раз.',
    editionFallback: (title: string, language: string) =>
      `Твердження випуску «${title}» недоступні мовою «${language}», тому ви бачите їх німецькою.`,
  },
  app: {
    name: 'Ampelbogen',
    title: 'Ampelbogen Neu-Isenburg',
    skipToContent: 'Перейти до змісту',
    nav: 'Головне меню',
    clubs: 'Організації',
    settings: 'Налаштування',
    back: 'Назад',
    loading: 'Завантаження…',
    upgrading: 'Переносимо ваші дані в нову версію…',
    loadFailed:
      'Не вдалося завантажити цю частину застосунку. Будь ласка, перезавантажте сторінку.',
    notFound: 'Такої сторінки немає (або вже немає).',
    toStart: 'На головну',
  },
  clubs: {
    heading: 'Ваші організації та групи',
    intro:
      'З анкетою-світлофором (Ampelbogen) міста Neu-Isenburg ви разом на зустрічі оцінюєте, наскільки ваша організація чи група відкрита для всіх. Без облікового запису: усе зберігається лише на цьому пристрої, поки ви самі не передасте це далі.',
    empty: 'Ще немає жодної організації. Ось як почати:',
    firstRun: [
      'Додайте свою організацію або групу.',
      'На зустрічі разом оцініть кожне твердження кольором світлофора. Це займає приблизно 20–30 хвилин.',
      'Подивіться, де ви зараз, і сплануйте наступні кроки. Якщо хочете, передайте результат як PDF або анонімно до Бюро інтеграції міста (Integrationsbüro).',
    ],
    add: 'Додати організацію',
    join: 'Долучитися до раунду',
    joinHint: 'Хтось на вашій зустрічі почав раунд? Долучайтеся зі свого телефона.',
    newHeading: 'Нова організація',
    editHeading: 'Змінити організацію',
    name: 'Назва організації або групи',
    category: 'Тип',
    sizeBand: 'Кількість членів',
    description: 'Опис (за бажанням)',
    descriptionHint: 'Лише для вас. Ніколи не надсилається до Бюро інтеграції.',
    save: 'Зберегти',
    cancel: 'Скасувати',
    edit: 'Змінити',
    delete: 'Видалити',
    created: 'Організацію додано.',
    updated: 'Зміни збережено.',
    deleted: (name: string) => `«${name}» видалено.`,
    confirmDeleteTitle: (name: string) => `Видалити «${name}»?`,
    confirmDeleteBody: (count: number) =>
      count === 0
        ? 'Ця організація ще не має жодного оцінювання. Видалення не можна скасувати.'
        : `Разом з організацією буде видалено ${assessments(count)}. Цю дію не можна скасувати.`,
    confirmDelete: 'Видалити назавжди',
    assessmentCount: (n: number) => assessments(n),
    errors: {
      name: {
        required: 'Будь ласка, введіть назву.',
        'too-long': 'Назва задовга (щонайбільше 100 символів).',
        invalid: 'Будь ласка, перевірте назву.',
      },
      category: { required: '', 'too-long': '', invalid: 'Будь ласка, оберіть тип зі списку.' },
      sizeBand: {
        required: '',
        'too-long': '',
        invalid: 'Будь ласка, оберіть кількість зі списку.',
      },
      description: {
        required: '',
        'too-long': 'Опис задовгий (щонайбільше 500 символів).',
        invalid: '',
      },
      summary: 'Будь ласка, перевірте позначені поля. Нічого не збережено.',
    },
    categories: {
      sport: 'Спорт',
      kultur: 'Культура, музика, традиції',
      religion: 'Церква або релігійна громада',
      soziales: 'Соціальна сфера й допомога',
      bildung: 'Освіта, батьки, діти й молодь',
      migrantenorganisation: 'Мігрантська організація',
      nachbarschaft: 'Сусідство та ініціативи',
      sonstiges: 'Інше',
      'keine-angabe': 'не вказано',
    } satisfies Record<ClubCategory, string>,
    sizeBands: {
      'bis-20': 'до 20',
      '21-100': 'від 21 до 100',
      '101-500': 'від 101 до 500',
      'ueber-500': 'понад 500',
      'keine-angabe': 'не вказано',
    } satisfies Record<SizeBand, string>,
  },
  club: {
    assessments: 'Оцінювання',
    noAssessments:
      'Ще немає жодного оцінювання. Почніть його на наступній зустрічі: ви пройдете розділи й дасте кожному твердженню колір світлофора.',
    start: 'Нове оцінювання',
    draft: 'Чернетка',
    done: 'Завершено',
    resume: 'Продовжити',
    open: 'Переглянути',
    answered: (a: number, t: number) => `Оцінено ${a} з ${t}`,
  },
  start: {
    heading: 'Нове оцінювання',
    date: 'Дата зустрічі',
    dateHint: 'Зазвичай сьогоднішня дата.',
    fromLast: 'Почати з відповідей минулого оцінювання',
    fromLastHint: (date: string) =>
      `Кольори буде взято з оцінювання від ${date}. Кожен із них має позначку «з минулого разу», доки ви його не підтвердите або не зміните. Нотатки й кроки не переносяться.`,
    begin: 'Почати',
    errors: {
      required: 'Будь ласка, введіть дату.',
      invalid: 'Це не дата. Будь ласка, оберіть її у форматі ДД.ММ.РРРР.',
    },
    edition: (title: string, version: number) => `Анкета: ${title}, версія ${version}`,
  },
  assessment: {
    progress: (a: number, t: number) => `${a} з ${t} оцінено`,
    // The bar's short form; with progressRest it reads as progress().
    progressShort: (a: number, t: number) => `${a} з ${t}`,
    progressRest: ' оцінено',
    areaOf: (n: number, t: number) => `Розділ ${n} з ${t}`,
    previousArea: (title: string) => `Назад: ${title}`,
    nextArea: (title: string) => `Далі: ${title}`,
    toSummary: 'Огляд',
    nextOpen: 'Наступне без відповіді',
    allAnswered: 'Усе оцінено: до огляду',
    lightKey: 'Що означають кольори',
    lightKeyTerm: (label: string) => `${label}:`,
    carriedIntro: (date: string) =>
      `Ви почали з кольорів від ${date}. Кожен із них має позначку «з минулого разу», доки ви його не підтвердите: натисніть той самий колір, щоб підтвердити, або інший, щоб змінити.`,
    carriedMark: (date: string) => `з минулого разу (${date}), ще не підтверджено`,
    lightGroup: (text: string) => `Колір для: ${text}`,
    note: 'Нотатка',
    nextStep: 'Наступний крок',
    stepText: 'Що треба зробити?',
    stepWho: 'Хто цим займеться?',
    stepDue: 'До якого числа?',
    openSteps: 'Відкриті кроки з попередніх зустрічей',
    stepDone: 'виконано',
    stepFrom: (date: string) => `із зустрічі ${date}`,
    nextStepHint:
      'Один конкретний крок. Він з’явиться у списку ваших кроків і на наступній зустрічі.',
    addDetails: 'Додати нотатку чи наступний крок',
    concerns: (groups: readonly string[]) => `Стосується: ${groups.join(', ')}`,
    saving: 'Зберігаємо…',
    saved: 'збережено',
    // The number makes each announcement new, so screen readers read every save.
    savedAnnouncement: (n: number, a: number, t: number) =>
      `Запис ${n} збережено, оцінено ${a} з ${t}.`,
    lightOfArea: 'Колір розділу:',
    areaNav: 'Розділи',
    notFound: 'Цього оцінювання більше немає.',
    editionMissing: 'На цьому пристрої немає випуску анкети, за яким зроблено це оцінювання.',
  },
  summary: {
    heading: 'Огляд',
    intro:
      'Ось стан вашої організації в кожному розділі. Колір розділу виводиться з відповідей у ньому; «не стосується» не враховується.',
    finish: 'Завершити оцінювання',
    finished: 'Оцінювання завершено.',
    reopen: 'Знову редагувати',
    unanswered: (n: number) => `${statements(n)} ще без відповіді.`,
    noLight: 'без кольору',
    noLightHint: 'У цьому розділі ще немає жодного оціненого твердження.',
    counts: 'Кількість',
    backToClub: 'До організації',
    round: 'Усі голосують окремо',
    roundHint:
      'У раунді кожна людина мовчки ставить кольори на своєму телефоні. Потім ви бачите, де ваші думки розходяться, і домовляєтеся.',
    roundStart: 'Почати раунд',
    roundResult: 'Результат раунду',
    editArea: (title: string) => `Редагувати: ${title}`,
    areas: 'Розділи',
    areaDone: 'Готово',
    areaNotStarted: 'Ще не розпочато',
    areaProgress: (done: number, total: number, unconfirmed: number) =>
      unconfirmed > 0
        ? `Оцінено ${done} з ${total}, з минулого разу ще не підтверджено: ${unconfirmed}`
        : `Оцінено ${done} з ${total}`,
    stillOpen: (unanswered: number, unconfirmed: number) =>
      [
        unanswered > 0 ? `${statements(unanswered)} ще без відповіді.` : '',
        unconfirmed > 0 ? `${colours(unconfirmed)} з минулого разу ще не підтверджено.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    toFirstOpen: 'До першого без відповіді',
    askTitle: 'Ще не все оцінено',
    finishAnyway: 'Усе одно завершити',
    notConfirmed: 'з минулого разу, не підтверджено',
    carried: (date: string, given: number, unconfirmed: number) =>
      `Почато з кольорів від ${date}. Сьогодні ви поставили або підтвердили ${colours(given)}, ${colours(unconfirmed)} ще з минулого разу.`,
  },
  ideas: {
    heading: 'Від світлофора до дії',
    intro:
      'Ідеї для першого кроку там, де твердження червоні чи жовті. Одне натискання — і ідея стає вашим наступним кроком; хто ним займеться й до якого числа, впишіть тут же.',
    introFinished:
      'Ідеї для першого кроку там, де твердження червоні чи жовті. Щоб узяти одну з них, знову відкрийте оцінювання для редагування.',
    take: 'Зробити наступним кроком',
    taken: 'Тепер це ваш наступний крок. Він уже є у списку ваших кроків.',
    step: 'Ваш наступний крок:',
    none: 'Для цього твердження в анкеті немає ідеї. Впишіть власний крок біля твердження.',
  },
  ratings: {
    green: 'зелений',
    yellow: 'жовтий',
    red: 'червоний',
    na: 'не стосується',
    unanswered: 'без відповіді',
  } satisfies Record<RatingId | 'unanswered', string>,
  progress: {
    spread: (counts: string) => `Раунд: ${counts}`,
    spreadCount: (word: string, n: number) => `${word} — ${n} ${pick(n, 'раз', 'рази', 'разів')}`,
    heading: 'Динаміка',
    open: 'Переглянути динаміку',
    intro:
      'Ось як ваша організація змінювалася від зустрічі до зустрічі. Враховуються лише завершені оцінювання.',
    none: 'Ще немає завершеного оцінювання. Завершіть одне — і тут буде видно, де ви зараз.',
    onlyOne:
      'Поки що є одне завершене оцінювання. Зміни ви побачите після другого; ось ваш нинішній стан.',
    overviewHeading: 'Огляд',
    overviewHint:
      'Кожен рядок — розділ, кожен стовпець — зустріч. На телефоні гортайте вбік, щоб побачити більше.',
    overviewRegion: 'Огляд: розділи за зустрічами',
    area: 'Розділ',
    threshold: (light: string, value: string) => `${light} від ${value}`,
    areasHeading: 'Як змінювалися розділи',
    chartTitle: (area: string) => `Динаміка: ${area}`,
    chartDesc: (points: string) =>
      `Значення розділу на кожній зустрічі, від 0% (червоний) до 100% (зелений): ${points}.`,
    chartPoint: (date: string, value: string) => `${date}: ${value}`,
    notAsked: 'не було в анкеті',
    noValue: 'немає значення',
    table: (area: string) => `Цифри: ${area}`,
    date: 'Дата',
    value: 'Значення',
    light: 'Колір',
    criteriaHeading: 'Як змінювалися твердження',
    criteriaHint:
      'Кожен рядок показує кольори одного твердження від зустрічі до зустрічі. На телефоні гортайте вбік.',
    criterion: 'Твердження',
    numbersToggle: 'Цифри таблицею',
    showingRecent: (n: number, all: number) =>
      `Таблиці показують останні ${n} з ${all} ${pick(all, 'зустрічі', 'зустрічей', 'зустрічей')}.`,
    showingAll: (all: number) => `Таблиці показують усі зустрічі (${all}).`,
    showAll: (all: number) => `Показати всі (${all})`,
    showRecent: (n: number) => `Лише останні ${n}`,
    rowsRegion: (area: string) => `Як змінювалися твердження: ${area}`,
    compareHeading: 'Порівняти два оцінювання',
    earlier: 'Давніше оцінювання',
    later: 'Новіше оцінювання',
    changes: {
      better: 'краще',
      worse: 'гірше',
      same: 'без змін',
      first: 'оцінено вперше',
      'not-comparable': 'не порівняти',
    },
    changeLine: (before: string, after: string) => `було: ${before}, тепер: ${after}`,
    unchangedInArea: (n: number) => `${statements(n)} без змін`,
    noChangesInArea: 'У цьому розділі нічого не змінилося.',
    sameAssessment: 'Будь ласка, оберіть два різні оцінювання.',
  },
  measures: {
    heading: 'Наступні кроки',
    intro: 'Що ви запланували під час оцінювань. Відкриті кроки — вгорі.',
    empty:
      'Ще немає жодного кроку. Під час заповнення до кожного твердження можна записати наступний крок.',
    done: 'виконано',
    overdue: 'прострочено',
    who: (who: string) => `Хто: ${who}`,
    due: (date: string) => `до ${date}`,
    openCount: (n: number) =>
      `${n} ${pick(n, 'відкритий крок', 'відкриті кроки', 'відкритих кроків')}`,
    /** Where a step came from: the meeting (a formatted date) and the statement, each if known. */
    source: (meeting: string | null, statement: string | null) =>
      [meeting && `З оцінювання від ${meeting}`, statement && `щодо твердження «${statement}»`]
        .filter(Boolean)
        .join(', ')
        .replace(/^щодо/, 'Щодо'),
  },
  storage: {
    quota:
      'Пам’ять пристрою заповнена: ваш останній запис ще не збережено, але він досі на екрані. Збережіть зараз резервну копію, потім звільніть місце (наприклад, видаліть фото чи відео) і спробуйте ще раз.',
    blocked:
      'Застосунок ще відкритий в іншій вкладці чи вікні в старішій версії. Будь ласка, закрийте інші вкладки й перезавантажте цю сторінку.',
    versionChange:
      'В іншій вкладці тепер працює новіша версія застосунку. Те, що тут позначено як «збережено», збережено; нові записи в цій вкладці вже не зберігаються. Будь ласка, перезавантажте цю сторінку.',
    closed:
      'Сховище браузера зараз не відкривається, часто тому, що пам’ять пристрою заповнена: ваш останній запис ще не збережено, але він досі на екрані. Збережіть резервну копію, звільніть місце й спробуйте ще раз.',
    databaseLost:
      'Браузер видалив збережені дані цього застосунку (таке буває, коли пам’ять була заповнена). Записи, які ще видно на екрані, можна зараз зберегти як резервну копію. Давнішу резервну копію можна відновити в «Налаштуваннях».',
    unavailable:
      'Сховище браузера недоступне (наприклад, у приватному режимі). Записи не можна зберегти.',
    writeFailed:
      'Не вдалося зберегти: ваш запис досі на екрані, але не збережений. Про всяк випадок збережіть резервну копію і спробуйте ще раз.',
    editionMissing:
      'Цього випуску анкети на пристрої вже немає (можливо, його видалили в іншій вкладці). Нічого не збережено. Будь ласка, відкрийте «Нове оцінювання» ще раз.',
    lowSpace:
      'На цьому пристрої залишилося мало вільної пам’яті. Щоб нічого не загубилося, найближчим часом збережіть резервну копію та звільніть місце.',
    rescueHeading: 'Збережіть записи зараз',
    rescueIntro:
      'Збережіть резервну копію з усім, що є на цьому пристрої, разом із записами, які ще на екрані. З нею можна все відновити, навіть якщо браузер втратить свої дані.',
    rescueAction: 'Зберегти резервну копію',
    rescueBusy: 'Створюємо резервну копію…',
    rescueDone: (fileName: string) =>
      `Резервну копію «${fileName}» збережено. Не видаляйте її, доки все знову не збережеться як слід.`,
    rescueFailed:
      'Не вдалося створити резервну копію. Будь ласка, перепишіть записи з екрана на папір.',
    toBackup: 'До резервної копії',
    retry: 'Спробувати ще раз',
    dismiss: 'Закрити',
  },
  update: {
    available: 'Є нова версія застосунку.',
    apply: 'Оновити зараз',
    later: 'Пізніше',
    offlineReady: 'Тепер застосунок працює й без інтернету.',
  },
  move: {
    heading: 'Новий випуск анкети',
    intro: (title: string, version: number, current: number) =>
      `Ця чернетка використовує версію ${current}. Тепер є «${title}», версія ${version}. Ви можете завершити чернетку в її версії або перенести її в нову.`,
    carried: (n: number) =>
      `Буде перенесено ${n} ${pick(n, 'відповідь', 'відповіді', 'відповідей')}.`,
    dropped: 'Цих відповідей у новій версії немає, тому їх не буде перенесено:',
    noneDropped: 'Усі відповіді можна перенести.',
    action: (version: number) => `Перенести у версію ${version}`,
    confirmTitle: (version: number) => `Перенести чернетку у версію ${version}?`,
    detached:
      'Ці наступні кроки залишаться у вашому списку, але в новій версії вже не належатимуть до жодного твердження:',
    confirmBody: (answers: number, steps: number) =>
      [
        answers === 0
          ? ''
          : `З чернетки буде вилучено ${answers} ${pick(answers, 'відповідь, яку', 'відповіді, які', 'відповідей, які')} не можна перенести.`,
        steps === 0
          ? 'Наступні кроки залишаться у вашому списку.'
          : `${steps} ${pick(steps, 'наступний крок залишиться', 'наступні кроки залишаться', 'наступних кроків залишаться')} у вашому списку, але вже не ${pick(steps, 'належатиме', 'належатимуть', 'належатимуть')} до жодного твердження.`,
      ]
        .filter(Boolean)
        .join(' '),
    done: (version: number) => `Тепер чернетка використовує версію ${version}.`,
  },
  // Entry points to parts that load on demand; their texts are in files.ts.
  entry: {
    share: 'Передати',
    office: 'Аналіз (Бюро інтеграції)',
    officeShort: 'Аналіз',
    officeHeading: 'Для Бюро інтеграції',
    officeIntro:
      'Тут Бюро інтеграції зводить разом багато анонімних файлів і бачить картину всього міста. Організаціям це не потрібно.',
    backupDue:
      'Після останньої резервної копії з’явилися нові записи. Коли буде нагода, створіть нову резервну копію.',
    backupDueNever:
      'Ваших записів ще немає в жодній резервній копії. Коли буде нагода, створіть її.',
    backupDueLink: 'До резервної копії',
  },
};
