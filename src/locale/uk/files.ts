import type { FileMessages } from '../types';
import { assessments, pick, statements } from './plural';
import { ukRound } from './round';
import { ukScan } from './scan';

// The Ukrainian (Українська) texts of the parts that load on demand (files
// that leave or enter the device, settings, the Integrationsbüro view): loaded
// with them, not with the first screen. Same keys as de/files.ts; counts take
// the Ukrainian forms one/few/many through Intl.PluralRules.

const responses = (n: number) => `${n} ${pick(n, 'відгук', 'відгуки', 'відгуків')}`;

export const ukFiles: FileMessages = {
  round: ukRound,
  scan: ukScan,
  share: {
    heading: 'Передати',
    intro:
      'Тут ви створюєте з цього оцінювання файли, які залишають пристрій: звіт для вашого правління та анонімний відгук для Бюро інтеграції. Без вашої дії нічого не надсилається.',
    toSummary: 'До огляду',
    pdf: {
      heading: 'Звіт у PDF',
      intro:
        'Для вашого правління чи для ваших документів: кожне твердження з кольором, нотаткою й наступним кроком, кольори розділів, ваша динаміка та відкриті кроки. У звіті є назва вашої організації.',
      draft:
        'Це оцінювання ще чернетка; звіт показує поточний стан. У звіті є назва вашої організації.',
    },
    anonymous: {
      heading: 'Анонімний відгук для Бюро інтеграції',
      intro:
        'У файлі є лише кольори й кілька загальних даних. Бюро інтеграції не зможе з нього дізнатися, яка організація його надіслала.',
      draft:
        'Це оцінювання ще не завершене. Анонімний відгук можна буде створити, щойно ви завершите оцінювання в огляді.',
      contains: 'Що є у файлі',
      edition: 'Випуск анкети',
      editionName: (title: string, version: number) => `${title}, версія ${version}`,
      period: 'Період',
      quarter: (period: string) => {
        const [year, q] = period.split('-Q');
        return `${q}-й квартал ${year} року (без точної дати)`;
      },
      lights: 'Кольори',
      lightCount: (n: number) =>
        `${n} ${pick(n, 'оцінене твердження', 'оцінені твердження', 'оцінених тверджень')}:`,
      fileId: 'Випадковий ідентифікатор файлу',
      fileIdHint:
        'Випадковий і новий щоразу, коли ви відкриваєте цю сторінку. За ним Бюро інтеграції помітить, якщо той самий файл надіслали двічі; два файли вашої організації він між собою не пов’язує.',
      appVersion: 'Версія застосунку',
      everyLight: 'Переглянути всі кольори у файлі',
      notInFile: 'немає у файлі (без відповіді)',
      exactText: 'Переглянути точний вміст файлу',
      notContained: 'Чого немає у файлі',
      notContainedList: [
        'назви вашої організації та її опису',
        'імен, контактних даних, нотаток і наступних кроків',
        'точної дати зустрічі',
        'будь-якого ідентифікатора, що пов’язує два файли вашої організації',
      ],
      details: 'Більше про файл: усі дані й точний вміст',
      quarterShort: (period: string) => {
        const [year, q] = period.split('-Q');
        return `${q}-й квартал ${year} року`;
      },
      summaryIn: 'У файлі:',
      summaryInList: (n: number, quarter: string, edition: string) =>
        `${n} ${pick(n, 'кольорова оцінка', 'кольорові оцінки', 'кольорових оцінок')}, ${quarter}, ${edition}.`,
      summaryOut: 'Не у файлі:',
      summaryOutList: 'імена, нотатки, наступні кроки, точна дата.',
      sender: 'У файлі немає імен, але з електронного листа видно, хто його надіслав.',
      senderDrop:
        'Через папку міста для файлів він надходить без імені та без адреси електронної пошти.',
      dropStep: 'Або завантажте збережений файл у папку міста для файлів, без електронного листа:',
      dropLink: 'Відкрити папку міста для файлів',
      mailStep: 'Потім напишіть електронний лист і додайте до нього збережений файл:',
      mailLink: (email: string) => `Написати на ${email}`,
      mailSubject: (quarter: string) => `Ampelbogen: анонімний відгук, ${quarter}`,
      mailBody: (file: string) =>
        `Добрий день!\n\nУ вкладенні — наш анонімний відгук до Ampelbogen (файл «${file}»).\n\n[Будь ласка, перед надсиланням додайте збережений файл — зазвичай він у папці «Завантаження».]\n\nЗ повагою`,
      share: 'Поділитися файлом',
      save: 'Зберегти файл',
      shareTitle: 'Ampelbogen: анонімний відгук',
      delivered: {
        shared: 'Файл передано для надсилання.',
        downloaded:
          'Файл збережено (у «Завантаженнях»). Надішліть його до Бюро інтеграції електронною поштою чи в месенджері.',
      },
      failed: 'Не вдалося створити файл. Будь ласка, спробуйте ще раз.',
    },
    contact: {
      heading: 'Контакт: Бюро інтеграції',
      intro:
        'Надішліть файл до Бюро інтеграції електронною поштою, у месенджері чи звичайною поштою. Туди ж можна звернутися, якщо вам потрібна допомога.',
      phone: 'Телефон:',
      email: 'Ел. пошта:',
      drop: 'Папка для файлів:',
      dropLink: 'Відкрити папку',
      missing:
        'У цьому випуску анкети немає контактів. Запитайте в міській адміністрації Neu-Isenburg, як зв’язатися з Бюро інтеграції (Integrationsbüro).',
    },
  },
  report: {
    make: 'Створити PDF',
    language: 'Мова звіту',
    share: 'Поділитися PDF',
    busy: 'Створюємо PDF…',
    downloaded: (file: string) => `PDF «${file}» збережено.`,
    shared: 'PDF передано.',
    cancelled: 'Передавання скасовано. Нічого не надіслано.',
    failed:
      'Не вдалося створити PDF. Будь ласка, спробуйте ще раз; якщо знову не вийде, перезавантажте застосунок.',
    notFound: 'Цього оцінювання більше немає. PDF не створено.',
    editionMissing:
      'На цьому пристрої немає випуску анкети, за яким зроблено це оцінювання. PDF не створено.',
    // Texts inside the PDF.
    title: 'Звіт Ampelbogen',
    docTitle: (club: string, date: string) => `Звіт Ampelbogen: ${club}, ${date}`,
    assessmentOf: (date: string) => `Оцінювання від ${date}`,
    statusDone: 'завершено',
    statusDraft: 'чернетка, ще не завершено',
    edition: (title: string, version: number) => `Анкета: ${title}, версія ${version}`,
    legend: 'Знаки світлофора',
    legendUnanswered: 'ще без відповіді',
    overview: 'Огляд розділів',
    // The progress overview: every area at the club's latest finished meetings.
    progressHeading: 'Динаміка розділів',
    progressIntro:
      'Кожен рядок — розділ, кожен стовпчик — завершене оцінювання, найстаріше першим. «–» означає: розділу не було в анкеті або немає значення.',
    progressRecent: (n: number, all: number) =>
      `Останні ${n} з ${all} ${pick(all, 'оцінювання', 'оцінювань', 'оцінювань')}.`,
    areaLight: (word: string) => `Колір розділу: ${word}`,
    noLight: 'без кольору',
    count: (n: number, word: string) => `${word}: ${n}`,
    criteria: 'Твердження',
    note: 'Нотатка',
    carried: (date: string) => `Узято з минулого разу (${date}), не підтверджено`,
    spread: (n: number, counts: string) =>
      `Раунд (${n} ${pick(n, 'відповідь', 'відповіді', 'відповідей')}): ${counts}`,
    spreadCount: (word: string, n: number) => `${word} — ${n} ${pick(n, 'раз', 'рази', 'разів')}`,
    carriedSummary: (date: string, unconfirmed: number) =>
      unconfirmed === 0
        ? `Почато з кольорів від ${date}; група підтвердила або змінила кожен із них.`
        : `Почато з кольорів від ${date}; з них група не підтвердила ${unconfirmed} ${pick(unconfirmed, 'колір', 'кольори', 'кольорів')} (позначено).`,
    nextStep: 'Наступний крок',
    who: (who: string) => `Хто: ${who}`,
    due: (date: string) => `до ${date}`,
    chartCaption: (n: number) =>
      `Динаміка: ${n} ${pick(n, 'завершене оцінювання', 'завершені оцінювання', 'завершених оцінювань')} організації`,
    noHistory: 'Динаміка: ще немає завершеного оцінювання, у якому був цей розділ.',
    threshold: (word: string, percent: string) => `${word} — від ${percent}`,
    continued: (title: string) => `${title} (продовження)`,
    openMeasures: 'Відкриті кроки організації',
    openMeasuresIntro: 'Усі ще відкриті кроки з оцінювань організації, прострочені — першими.',
    noOpenMeasures: 'Відкритих кроків немає.',
    forCriterion: (text: string) => `Щодо твердження: ${text}`,
    plannedOn: (date: string) => `заплановано ${date}`,
    overdue: 'прострочено',
    header: (club: string, date: string) => `${club} · Оцінювання від ${date}`,
    footer: (date: string) => `Створено ${date} у застосунку Ampelbogen Neu-Isenburg`,
    page: (n: number, total: number) => `Сторінка ${n} з ${total}`,
  },
  install: {
    heading: 'Встановіть Ampelbogen як застосунок',
    intro: 'Тоді ви відкриватимете його одним дотиком з головного екрана, навіть без інтернету.',
    install: 'Встановити',
    installApp: 'Встановити застосунок',
    notNow: 'Не зараз',
    iosShare: 'У Safari торкніться «Поширити» (квадрат зі стрілкою вгору).',
    iosAdd: 'Потім виберіть «На початковий екран» і торкніться «Додати».',
    iosStorage:
      'Застосунок на головному екрані має власне сховище: перенесіть туди свої записи за допомогою резервної копії.',
    toBackup: 'До резервної копії',
  },
  settings: {
    heading: 'Налаштування',
    storageHeading: 'Пам’ять на цьому пристрої',
    persistent: 'Збережено надійно: браузер сам не видалить ваші дані.',
    notPersistent: 'Збережено ненадійно: якщо місця мало, браузер може видалити ваші дані.',
    persistUnknown: 'Цей браузер не повідомляє, чи ваші дані збережено надійно.',
    persistAdvice:
      'Що допоможе: встановіть застосунок на головний екран («Додати на головний екран») і регулярно робіть резервні копії.',
    persistAsk: 'Зберігати надійно',
    usage: (used: string, quota: string) => `Зайнято: ${used} з ${quota}.`,
    kilobytes: (n: string) => `${n} КБ`,
    megabytes: (n: string) => `${n} МБ`,
    usageUnknown: 'Браузер не повідомляє, скільки є місця.',
    editionsHeading: 'Випуски анкети',
    editionDefault: 'використовується для нових оцінювань',
    importEdition: 'Завантажити випуск із файлу',
    importEditionHint: 'JSON-файл від Бюро інтеграції.',
    editionImported: (title: string, version: number) =>
      `«${title}», версію ${version} додано. Нові оцінювання будуть за цим випуском.`,
    editionAlreadyThere: 'Цей випуск уже є на пристрої. Нічого не змінено.',
    appVersion: (v: string) => `Версія застосунку ${v}`,
  },
  editions: {
    line: (version: number, date: string, criteria: number) =>
      `Версія ${version} від ${date}, ${statements(criteria)}`,
    used: (n: number) =>
      n === 0
        ? 'не використовується в жодному оцінюванні'
        : `використовується в ${n} ${pick(n, 'оцінюванні', 'оцінюваннях', 'оцінюваннях')}`,
    shipped: 'входить до застосунку',
    inUseHint: 'Не можна видалити, доки його використовують оцінювання.',
    delete: 'Видалити випуск',
    deleteLabel: (title: string, version: number) => `Видалити випуск: ${title}, версія ${version}`,
    confirmDelete: (title: string, version: number) => `Видалити «${title}», версія ${version}?`,
    confirmDeleteBody:
      'Жодне оцінювання не використовує цей випуск. Пізніше його можна знову завантажити з файлу.',
    deleted: (title: string, version: number) => `«${title}», версію ${version} видалено.`,
    notDeleted: {
      'in-use': 'Цей випуск використовують оцінювання, тому він залишається.',
      shipped: 'Випуск, що входить до застосунку, завжди залишається на пристрої.',
      missing: 'Цього випуску вже немає на пристрої.',
    },
    importHint:
      'JSON-файл від Бюро інтеграції. Спершу його буде перевірено; ви побачите, що змінюється, перш ніж його прийняти.',
    checkHeading: (title: string, version: number) => `Перевірено: «${title}», версія ${version}`,
    valid: (criteria: number, areas: number) =>
      `Файл без помилок: ${areas} ${pick(areas, 'розділ', 'розділи', 'розділів')}, ${statements(criteria)}.`,
    older:
      'На пристрої вже є новіша версія цього випуску. Цей буде збережено лише як старіший випуск; нові оцінювання й далі будуть за новішою версією.',
    importedOlder: (title: string, version: number) =>
      `«${title}», версію ${version} збережено як старіший випуск. Нові оцінювання й далі будуть за новішою версією.`,
    accept: 'Прийняти випуск',
    discard: 'Відхилити',
    diff: {
      none: 'За змістом такий самий, як попередній випуск.',
      against: (title: string, version: number) =>
        `Зміни порівняно з «${title}», версія ${version}:`,
      title: (before: string, after: string) => `Назва: «${before}» → «${after}»`,
      areaAdded: (title: string) => `Новий розділ: ${title}`,
      areaRemoved: (title: string) => `Розділ вилучено: ${title}`,
      areaRenamed: (before: string, after: string) =>
        `Розділ перейменовано: «${before}» → «${after}»`,
      thresholds: (g0: string, g1: string, y0: string, y1: string) =>
        `Пороги кольорів змінено: зелений від ${g0} → ${g1}, жовтий від ${y0} → ${y1}`,
      rating: (word: string, before: string, after: string) =>
        `Колір «${word}»: ${before} → ${after}`,
      added: (n: number) =>
        `${n} ${pick(n, 'нове твердження', 'нові твердження', 'нових тверджень')}`,
      removed: (n: number) => `${statements(n)} вилучено`,
      reworded: (n: number) => `${statements(n)} сформульовано по-новому`,
      moved: (n: number) =>
        n === 1
          ? '1 твердження перенесено в інший розділ'
          : `${statements(n)} перенесено в інші розділи`,
      movedItem: (text: string, from: string, to: string) => `${text} (з «${from}» до «${to}»)`,
      ideas: (n: number) =>
        n === 1
          ? 'Для 1 твердження змінюються ідеї для першого кроку'
          : `Для ${n} ${pick(n, 'твердження', 'тверджень', 'тверджень')} змінюються ідеї для першого кроку`,
      ideasItem: (text: string, added: number, removed: number) =>
        `${text}: ${[
          added > 0 ? `${added} ${pick(added, 'нова ідея', 'нові ідеї', 'нових ідей')}` : '',
          removed > 0
            ? `${removed} ${pick(removed, 'ідею вилучено', 'ідеї вилучено', 'ідей вилучено')}`
            : '',
        ]
          .filter(Boolean)
          .join(', ')}`,
      drasticMark: '(суттєво змінено)',
      drasticHeading: 'Увага: той самий ідентифікатор, суттєво змінений текст',
      drasticHint:
        'Ідентифікатор назавжди зберігає своє значення: старі відповіді порівнюються з новим текстом. Якщо твердження тепер питає про інше, дайте йому новий ідентифікатор.',
      kept: (n: number) =>
        n === 1
          ? '1 твердження залишається (той самий ідентифікатор).'
          : `${statements(n)} ${pick(n, 'залишається', 'залишаються', 'залишаються')} (ті самі ідентифікатори); їхні відповіді можна перенести.`,
    },
  },
  files: {
    tooLarge: (maxKb: number) => `Файл завеликий (щонайбільше ${maxKb} КБ). Нічого не збережено.`,
    notJson: 'Це не коректний JSON-файл. Нічого не збережено.',
    tooDeep: (levels: number) =>
      `Файл має забагато вкладених рівнів (понад ${levels}), тому його відхилено. Нічого не збережено.`,
    notEdition: 'Це не випуск анкети Ampelbogen. Нічого не збережено.',
    invalidEdition: (problems: string) =>
      `Випуск містить помилки, тому його не завантажено: ${problems}`,
    sameVersionDifferent:
      'На пристрої вже є цей випуск (той самий ідентифікатор і версія), але з іншим змістом. Його не завантажено, щоб старі оцінювання не змінили свого значення. Будь ласка, попросіть у Бюро інтеграції нову версію.',
    unreadable: 'Не вдалося прочитати файл. Будь ласка, спробуйте ще раз.',
    notAnonymous: 'Це не анонімний відгук Ampelbogen. Його не прийнято.',
    anonymousVersion:
      'Цей відгук має версію формату, якої цей застосунок не знає. Можливо, його створено в новішій версії застосунку: будь ласка, оновіть застосунок.',
    invalidAnonymous: (problems: string) =>
      `Відгук містить помилки, тому його не прийнято: ${problems}`,
    unknownCriteria: (edition: string, version: number, ids: string, more: number) =>
      `Відгук оцінює твердження, яких немає в його випуску («${edition}», версія ${version}): ${ids}${more > 0 ? ` і ще ${more}` : ''}. Його не прийнято.`,
    hostileKey: (key: string) =>
      `Файл містить недопустиме поле («${key}»), тому його відхилено. Нічого не збережено.`,
    editionTooNew:
      'Цей випуск має версію формату, якої цей застосунок не знає. Можливо, його створено в новішій версії застосунку: будь ласка, оновіть застосунок. Нічого не збережено.',
    editionBadVersion:
      'Випуск не має правильної версії формату («formatVersion»), тому його не завантажено. Нічого не збережено.',
    // Each of these follows a place ("Розділ 2, «title»"), whose gender varies:
    // so they are worded with verbs, not with adjectives that would agree.
    issues: {
      missing: 'не вказано',
      wrongType: 'має неправильний тип',
      wrongTypeOf: (expected: string) => `має неправильний тип (очікується: ${expected})`,
      types: {
        string: 'текст',
        number: 'число',
        int: 'ціле число',
        boolean: 'так або ні',
        object: 'об’єкт',
        record: 'об’єкт',
        array: 'список',
      },
      outOfRange: 'має число поза допустимими межами',
      tooLong: (max: number | string) => `перевищує допустиму довжину (щонайбільше ${max})`,
      tooShort: (min: number | string) =>
        `має замалу довжину або порожнє значення (щонайменше ${min})`,
      tooBig: (max: number | string) => `перевищує максимум (щонайбільше ${max})`,
      tooSmall: (min: number | string) => `не досягає мінімуму (щонайменше ${min})`,
      notAllowed: (values: string) => `має недопустиме значення (допустимі: ${values})`,
      unknownKeys: (keys: string) => `містить невідомі поля: ${keys}`,
      badFormat: 'має неправильний формат',
      invalid: 'має недійсне значення',
      more: (n: number) => `і ще ${n} ${pick(n, 'проблема', 'проблеми', 'проблем')}`,
      duplicateAreaId: (id: string) => `має повторюваний ідентифікатор розділу «${id}»`,
      duplicateCriterionId: (id: string) => `має повторюваний ідентифікатор твердження «${id}»`,
      unknownDimension: (id: string) => `має невідомий вимір «${id}»`,
      unknownTranslatedId: (id: string) => `перекладає «${id}», якого немає у випуску`,
      eachLightOnce: '— кожен колір має бути рівно один раз (green, yellow, red, na)',
      onlyNaWithoutValue: '— лише «не стосується» може бути без значення',
      yellowBelowGreen: '— поріг для жовтого має бути нижчим, ніж для зеленого',
      tooManyRatings: (max: number) => `— щонайбільше ${statements(max)}`,
    },
    path: {
      root: 'Файл',
      area: (n: number) => `Розділ ${n}`,
      criterion: (n: number) => `Твердження ${n}`,
      rating: (n: number) => `Колір ${n}`,
      dimension: (n: number) => `Вимір ${n}`,
      item: (n: number) => `Елемент ${n}`,
      field: (name: string) => `«${name}»`,
    },
  },
  office: {
    heading: 'Аналіз (Бюро інтеграції)',
    intro:
      'Анонімні відгуки організацій, підсумовані для всього міста. Файли залишаються на цьому пристрої.',
    empty:
      'Ще не прийнято жодного відгуку. Оберіть JSON-файли організацій або перетягніть їх у поле вгорі.',
    importHeading: 'Прийняти відгуки',
    pick: 'Обрати файли',
    pickHint: 'Анонімні відгуки (JSON), можна кілька одразу, або перетягніть їх сюди.',
    dropActive: 'Відпустіть, щоб прийняти файли',
    checking: (n: number) => `Перевіряємо ${n} ${pick(n, 'файл', 'файли', 'файлів')}…`,
    result: (added: number, already: number, rejected: number) =>
      `Прийнято: ${added}, уже були: ${already}, відхилено: ${rejected}.`,
    outcomes: {
      added: 'прийнято',
      already: 'уже є (той самий ідентифікатор)',
      rejected: 'відхилено',
    },
    resultList: (n: number) => `Результат для кожного файлу (${n})`,
    notAdded: 'Не прийнято',
    duplicateInBatch: 'Цей ідентифікатор трапляється серед вибраних файлів кілька разів.',
    filtersHeading: 'Фільтри',
    from: 'Від кварталу',
    to: 'До кварталу',
    category: 'Тип організації',
    sizeBand: 'Кількість членів',
    all: 'усі',
    basis: (n: number, total: number) =>
      `Цифри для цих фільтрів спираються на ${n} з ${total} ${pick(total, 'відгуку', 'відгуків', 'відгуків')}.`,
    tooFew: 'замало відгуків',
    tooFewSelection:
      'Для цих фільтрів замало відгуків: цифри показуються лише тоді, коли є щонайменше 3 відгуки.',
    rule: 'Щоб ніхто не міг здогадатися, про яку саме організацію йдеться, аналіз не показує жодної цифри, що спирається на менш ніж 3 відгуки. Для цього відгуки групуються за кварталом, типом і розміром. Група, у якій лише 1 або 2 відгуки, не входить у жодну цифру за жодних фільтрів; тож її не можна вирахувати й порівнянням двох різних фільтрів. Так само твердження в групі не враховується, якщо про нього питали лише в 1 або 2 її відгуках.',
    heldBack: (n: number) =>
      n === 0
        ? 'Зараз у цифрах враховано всі відгуки.'
        : `Загалом у цифрах не враховано ${responses(n)}.`,
    missingEdition: (id: string, version: number, files: number) =>
      `Випуску «${id}», версія ${version}, на цьому пристрої немає; ${files === 1 ? 'відгук із ним враховується' : `${files} ${pick(files, 'відгук із ним враховується', 'відгуки з ним враховуються', 'відгуків із ним враховуються')}`} за ідентифікаторами тверджень, і запитаними вважаються лише ті твердження, на які є відповідь. Завантажте цей випуск у налаштуваннях, щоб побачити його тексти.`,
    unknownArea: 'Твердження з випусків, яких немає на цьому пристрої',
    unknownCriterion: (id: string) => `Твердження «${id}»`,
    areasHeading: 'Кольори за розділами й твердженнями',
    legend: 'Легенда',
    areaValue: (percent: string) => `Середнє значення: ${percent}`,
    areaLights: 'Колір розділу в кожному відгуку',
    basisCount: (n: number) => responses(n),
    unanswered: 'без відповіді',
    notAsked: 'не було в анкеті',
    noValue: 'без значення',
    asTable: 'Таблицею',
    tableCaption: (area: string) => `Кольори за твердженнями: ${area}`,
    criterion: 'Твердження',
    basisColumn: 'Відгуки',
    count: (n: number, share: string) => `${n} (${share})`,
    trendHeading: 'Як змінювалися значення розділів',
    trendIntro:
      'Для кожного розділу — середнє значення відгуків, від 0% (усе червоне) до 100% (усе зелене). Кожен відгук важить однаково.',
    granularity: 'Показувати за',
    byQuarter: 'кварталами',
    byYear: 'роками',
    trendTable: 'Динаміка таблицею',
    trendCaption: 'Середнє значення за розділами й періодами',
    area: 'Розділ',
    chartTitle: (area: string) => `Динаміка: ${area}`,
    chartDesc: (points: string) => `Середнє значення за періодами: ${points}.`,
    chartPoint: (label: string, value: string) => `${label}: ${value}`,
    exportHeading: 'Передати',
    csv: 'Таблиця у CSV',
    csvHint:
      'Для програм електронних таблиць (крапка з комою, UTF-8). Цифр, які не показано в аналізі, тут теж немає.',
    csvDone: 'CSV-файл завантажено.',
    pdf: 'Короткий звіт у PDF',
    pdfBusy: 'Створюємо PDF…',
    pdfDone: 'Короткий звіт (PDF) завантажено.',
    pdfFailed: 'Не вдалося створити PDF. Будь ласка, перезавантажте сторінку й спробуйте ще раз.',
    pdfMade: (date: string) =>
      `Створено ${date}. Лише цифри, що спираються щонайменше на 3 відгуки.`,
    pdfPage: (n: number, of: number) => `Сторінка ${n} з ${of}`,
    pdfColumns: { basis: 'Відгуки', unanswered: 'без від-\nповіді' },
    filesHeading: (n: number) => `Прийняті відгуки (${n})`,
    showList: 'Показати список',
    ruleShort: 'Жодна цифра не спирається на менш ніж 3 відгуки.',
    ruleToggle: 'Як захищено малі числа',
    filesIntro:
      'Збережено без назв файлів, бо назва могла б видати організацію. Ідентифікатор скорочено.',
    columns: {
      period: 'Квартал',
      category: 'Тип',
      sizeBand: 'Розмір',
      edition: 'Випуск',
      importedAt: 'Прийнято',
      id: 'ID',
      action: 'Дія',
    },
    editionShort: (id: string, version: number) => `${id}, версія ${version}`,
    delete: 'Видалити',
    deleteOne: (id: string) => `Видалити відгук ${id}`,
    deletedOne: (id: string) => `Відгук ${id} видалено.`,
    deleteAll: 'Видалити всі відгуки',
    confirmDeleteAllTitle: 'Видалити всі відгуки?',
    confirmDeleteAllBody: (n: number) =>
      `З цього пристрою буде видалено ${responses(n)}. Цю дію не можна скасувати. Дані організацій на цьому пристрої залишаться без змін.`,
    confirmDeleteAll: 'Видалити всі назавжди',
    deletedAll: 'Усі відгуки видалено.',
    csvColumns: {
      area: 'Розділ',
      id: 'ID твердження',
      criterion: 'Твердження',
      asked: 'Відгуки (запитано)',
      green: 'зелений',
      yellow: 'жовтий',
      red: 'червоний',
      na: 'не стосується',
      unanswered: 'без відповіді',
      notAsked: 'не було в анкеті',
      share: (light: string) => `Частка «${light}» (%)`,
    },
    // The dashboard: counts, lights per area and the values over time first;
    // then where clubs need support; why files are held back.
    tooFewAll:
      'Цифр поки немає: цифра з’являється лише тоді, коли спирається щонайменше на 3 відгуки.',
    widen: (n: { period: boolean; category: boolean; sizeBand: boolean }) => {
      const parts = [
        n.period && 'довший період',
        n.category && 'усі типи',
        n.sizeBand && 'усі розміри',
      ].filter(Boolean);
      return `Оберіть ${parts.join(' або ')}.`;
    },
    heldBackReason: (files: number, groups: number, list: string) =>
      `${responses(files)} не враховано, бо ${pick(files, 'він належить', 'вони належать', 'вони належать')} до ${groups === 1 ? 'групи' : 'груп'}, де менше ніж 3 відгуки: ${list}.`,
    heldBackHelp:
      'Допоможе, якщо більше організацій того самого типу й розміру надішлють файл у тому самому кварталі.',
    group: (quarter: string, category: string, size: string, n: number) =>
      `${quarter} · ${category} · ${size} (${n})`,
    members: (band: string) => `${band} членів`,
    sizeUnknown: 'розмір не вказано',
    listJoin: (items: string[], more: number) =>
      more > 0 ? `${items.join(', ')} та ще ${more}` : items.join(', '),
    overviewHeading: 'Кольори за розділами',
    overviewCaption: 'Кольори розділів: частка відгуків для кожного кольору',
    overviewBasis: 'Кількість',
    overviewNote: (same: number | null) =>
      same === null
        ? 'Частка відгуків, у яких розділ зелений, жовтий або червоний; кількість — відгуки, у яких про нього питали.'
        : `Частка відгуків, у яких розділ зелений, жовтий або червоний; кожен розділ спирається на ${same} ${pick(same, 'відгук', 'відгуки', 'відгуків')}.`,
    trendShort: 'Середнє значення за розділами: 0% — усе червоне, 100% — усе зелене.',
    trendLatest: (n: number, all: number) =>
      `Останні ${n} з ${all} періодів. Усі — в подробицях нижче.`,
    trendGap: '– означає: у цьому періоді замало відгуків.',
    trendDetails: 'Динаміка докладно',
    trendCharts: 'Динаміка кожного розділу на графіку',
    periodRange: (from: string, to: string) => `Період: ${from} – ${to}`,
    needsHeading: 'Де організаціям потрібна підтримка',
    needsIntro:
      'Твердження з найбільшою часткою червоного й жовтого в цих фільтрах. Саме тут місто може починати проєкти.',
    needsNone: 'У цих фільтрах жодне твердження не має червоного чи жовтого.',
    needsHeldBack: 'Твердження із замалою кількістю відгуків сюди не входять.',
    needsNoneShown: 'Жодне твердження з достатньою кількістю відгуків не має червоного чи жовтого.',
    needsAll: (n: number) => `Показати всі твердження (${n})`,
    needsFewer: (n: number) => `Показати лише перші ${n}`,
  },
  // Files that came without the picker: shared to the installed app, or opened with it.
  received: {
    shared: (n: number) =>
      `Через «Поділитися» отримано ${n} ${pick(n, 'файл', 'файли', 'файлів')}.`,
    opened: (n: number) => `У застосунку відкрито ${n} ${pick(n, 'файл', 'файли', 'файлів')}.`,
    shareFailed:
      'Не вдалося прийняти файли, надіслані через «Поділитися», — можливо, пам’ять пристрою заповнена. Збережіть їх з листа чи месенджера й виберіть тут кнопкою «Обрати файли».',
    inboxUnreadable:
      'Файли, отримані через «Поділитися», не вдається прочитати. Збережіть їх з листа чи месенджера й виберіть тут кнопкою «Обрати файли».',
    keptForLater:
      'Не вдалося прийняти файли, отримані через «Поділитися». Вони залишаються на цьому пристрої; застосунок спробує ще раз, коли ви наступного разу відкриєте аналіз.',
    notDeleted:
      'Файли, отримані через «Поділитися», прийнято, але їх не вдалося видалити з тимчасового сховища застосунку. Під час наступного запуску застосунок перевірить їх ще раз; двічі вони не враховуватимуться.',
  },
  backup: {
    heading: 'Резервна копія',
    intro:
      'Один файл з усіма організаціями, оцінюваннями й кроками на цьому пристрої: щоб зберегти їх або перенести на новий пристрій.',
    create: 'Створити резервну копію',
    creating: 'Створюємо резервну копію…',
    created: (fileName: string) =>
      `Резервну копію створено: ${fileName}. Зберігайте файл у надійному місці.`,
    cancelled: 'Резервну копію не створено: надсилання скасовано.',
    createFailed:
      'Не вдалося створити резервну копію. Будь ласка, спробуйте ще раз; якщо знову не вийде, перезавантажте сторінку.',
    shareTitle: 'Резервна копія Ampelbogen',
    lastBackup: (when: string) => `Остання резервна копія: ${when}.`,
    never: 'На цьому пристрої ще не створено жодної резервної копії.',
    when: (date: string, time: string) => `${date} о ${time}`,
    restore: 'Відновити з копії',
    restoreHint: 'Файл резервної копії цього застосунку (ampelbogen-sicherung-….json).',
    reading: 'Перевіряємо файл…',
    previewHeading: 'Що є в резервній копії',
    previewMade: (when: string, version: string) =>
      `Створено ${when} (версія застосунку ${version}).`,
    previewClubs: 'Організації в резервній копії',
    previewClub: (name: string, count: number) => `${name}: ${assessments(count)}`,
    previewNoClubs: 'У резервній копії немає організацій.',
    previewTotals: (assessmentCount: number, measures: number) =>
      `${assessments(assessmentCount)}, ${measures} ${pick(measures, 'крок', 'кроки', 'кроків')}.`,
    previewRange: (from: string, to: string) =>
      from === to ? `Зустріч ${from}.` : `Зустрічі з ${from} по ${to}.`,
    previewChoose: 'Як відновити резервну копію?',
    merge: 'Додати до наявних даних',
    mergeHint:
      'Усе на цьому пристрої залишається. Якщо запис є і тут, і в копії, діє новіший. Нічого не дублюється.',
    replace: 'Замінити все',
    replaceHint:
      'Видаляє всі організації, оцінювання й кроки на цьому пристрої та бере ті, що є в резервній копії.',
    cancel: 'Скасувати',
    confirmTitle: 'Замінити всі дані на цьому пристрої?',
    confirmBody: (clubs: number, assessmentCount: number) =>
      `На цьому пристрої буде видалено ${clubs} ${pick(clubs, 'організацію', 'організації', 'організацій')} з ${assessmentCount} ${pick(assessmentCount, 'оцінюванням', 'оцінюваннями', 'оцінюваннями')} і замінено їх даними з резервної копії. Те, що є лише на цьому пристрої, буде втрачено. Цю дію не можна скасувати.`,
    confirmReplace: 'Замінити все',
    restoring: 'Відновлюємо резервну копію…',
    restored: (clubs: number, assessmentCount: number) =>
      `Резервну копію відновлено: ${clubs} ${pick(clubs, 'організація', 'організації', 'організацій')}, ${assessments(assessmentCount)}.`,
    tooLarge: (maxMb: number) =>
      `Файл завеликий для резервної копії (щонайбільше ${maxMb} МБ). Нічого не змінено.`,
    notJson: 'Це не коректний JSON-файл — можливо, його передано не повністю. Нічого не змінено.',
    tooDeep: (levels: number) =>
      `Файл має забагато вкладених рівнів (понад ${levels}), тому його не відновлено. Нічого не змінено.`,
    notBackup: 'Це не резервна копія Ampelbogen. Нічого не змінено.',
    isEdition:
      'Це випуск анкети, а не резервна копія. Випуски завантажуються через «Завантажити випуск із файлу». Нічого не змінено.',
    badVersion:
      'Резервна копія має недійсний номер версії, тому її не відновлено. Нічого не змінено.',
    tooNew:
      'Ця резервна копія з новішої версії застосунку. Будь ласка, оновіть застосунок і спробуйте ще раз. Нічого не змінено.',
    forbiddenKey: (key: string) =>
      `Файл містить недопустиме поле («${key}»), тому його не відновлено. Нічого не змінено.`,
    invalid: (problems: string) =>
      `Резервна копія містить помилки, тому її не відновлено. Нічого не змінено. ${problems}`,
    editionMissing: (key: string) =>
      `Резервна копія неповна: випуску «${key}» немає ні у файлі, ні на цьому пристрої. Нічого не змінено.`,
    editionConflict: (key: string) =>
      `Випуск «${key}» уже є на цьому пристрої, але з іншим змістом. Резервну копію не відновлено, щоб жодне оцінювання не змінило свого значення. Нічого не змінено.`,
    restoreFailed:
      'Не вдалося зберегти резервну копію на пристрої. Нічого не змінено. Будь ласка, спробуйте ще раз.',
    checks: {
      duplicate: (where: string) => `${where} повторюється`,
      clubMissing: (where: string) => `${where} належить до організації, якої немає`,
      assessmentMissing: (where: string) => `${where} належить до оцінювання, якого немає`,
      clubMismatch: (where: string) =>
        `${where} вказує іншу організацію, ніж відповідне оцінювання`,
      badMeasureId: (where: string) => `${where} має неправильний ідентифікатор`,
      snapshotTooLarge: (where: string) => `${where} має забагато кольорів`,
      notesTooMany: (where: string) => `${where} має забагато нотаток`,
      spreadTooMany: (where: string) =>
        `${where} має розподіл раунду для надто великої кількості тверджень`,
      answerOfFinished: (where: string) =>
        `${where} належить до завершеного оцінювання, яке вже саме містить свої відповіді`,
    },
    path: {
      club: (n: number) => `Організація ${n}`,
      assessment: (n: number) => `Оцінювання ${n}`,
      answer: (n: number) => `Відповідь ${n}`,
      measure: (n: number) => `Крок ${n}`,
      edition: (n: number) => `Випуск ${n}`,
    },
  },
};
