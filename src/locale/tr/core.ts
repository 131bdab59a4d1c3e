import type { Messages } from '../types';

// The Turkish (Türkçe) texts of the first screens: clubs, assessments,
// progress. Same shape as the German core.ts, which is the reference. Turkish
// nouns stay singular after a number ("3 ifade"), so counts need no plural
// branches; sentences avoid case endings on numbers, dates and names, whose
// form would depend on how they are read aloud.

export const tr: Messages = {
  language: {
    heading: 'Dil',
    intro: 'Uygulama sizinle hangi dilde konuşsun? Seçim bu cihazda geçerlidir.',
    choose: 'Dil seçin',
    current: (name: string) => `Dil: ${name}`,
    change: 'Dili değiştir',
    saved: 'Uygulama artık Türkçe konuşuyor.',
    notSaved: 'Dil şimdi geçerli, ancak bu cihaz seçimi hatırlayamıyor.',
    failed: 'Bu dil yüklenemedi. Lütfen tekrar deneyin.',
    editionFallback: (title: string, language: string) =>
      `“${title}” ifadeleri ${language} dilinde yok; bu yüzden Almanca gösteriliyor.`,
  },
  app: {
    name: 'Ampelbogen',
    title: 'Ampelbogen Neu-Isenburg',
    skipToContent: 'İçeriğe geç',
    nav: 'Ana menü',
    clubs: 'Dernekler',
    settings: 'Ayarlar',
    back: 'Geri',
    loading: 'Yükleniyor…',
    upgrading: 'Verileriniz yeni sürüm için hazırlanıyor…',
    loadFailed: 'Uygulamanın bu bölümü yüklenemedi. Lütfen sayfayı yeniden yükleyin.',
    notFound: 'Bu sayfa yok ya da kaldırılmış.',
    toStart: 'Ana sayfaya dön',
  },
  clubs: {
    heading: 'Dernekleriniz ve gruplarınız',
    intro:
      'Neu-Isenburg Belediyesinin Ampelbogen’i (trafik ışığı formu) ile bir toplantıda, derneğinizin ya da grubunuzun herkese ne kadar açık olduğunu birlikte değerlendirirsiniz. Hesap açmanız gerekmez: Siz paylaşmadığınız sürece her şey bu cihazda kalır.',
    empty: 'Henüz dernek eklenmedi. Şöyle başlayabilirsiniz:',
    firstRun: [
      'Derneğinizi ya da grubunuzu ekleyin.',
      'Bir toplantıda her ifade için birlikte bir trafik ışığı rengi seçin. Bu yaklaşık 20–30 dakika sürer.',
      'Nerede durduğunuzu görün ve sonraki adımları planlayın. İsterseniz sonucu PDF olarak ya da anonim bir dosya hâlinde belediyenin entegrasyon bürosuna (Integrationsbüro) gönderin.',
    ],
    add: 'Dernek ekle',
    join: 'Bir tura katıl',
    joinHint: 'Toplantınızda biri bir tur mu başlattı? Kendi telefonunuzla katılın.',
    newHeading: 'Yeni dernek',
    editHeading: 'Derneği düzenle',
    name: 'Derneğin ya da grubun adı',
    category: 'Tür',
    sizeBand: 'Büyüklük (üye sayısı)',
    description: 'Açıklama (isteğe bağlı)',
    descriptionHint: 'Yalnızca sizin için. Integrationsbüro’ya asla gönderilmez.',
    save: 'Kaydet',
    cancel: 'İptal',
    edit: 'Düzenle',
    delete: 'Sil',
    created: 'Dernek eklendi.',
    updated: 'Değişiklikler kaydedildi.',
    deleted: (name: string) => `“${name}” silindi.`,
    confirmDeleteTitle: (name: string) => `“${name}” silinsin mi?`,
    confirmDeleteBody: (count: number) =>
      count === 0
        ? 'Bu derneğin henüz hiç değerlendirmesi yok. Silme işlemi geri alınamaz.'
        : `Dernekle birlikte ${count} değerlendirme de silinecek. Bu işlem geri alınamaz.`,
    confirmDelete: 'Kalıcı olarak sil',
    assessmentCount: (n: number) => `${n} değerlendirme`,
    errors: {
      name: {
        required: 'Lütfen bir ad girin.',
        'too-long': 'Ad çok uzun (en fazla 100 karakter).',
        invalid: 'Lütfen adı kontrol edin.',
      },
      category: { required: '', 'too-long': '', invalid: 'Lütfen listeden bir tür seçin.' },
      sizeBand: { required: '', 'too-long': '', invalid: 'Lütfen listeden bir büyüklük seçin.' },
      description: {
        required: '',
        'too-long': 'Açıklama çok uzun (en fazla 500 karakter).',
        invalid: '',
      },
      summary: 'Lütfen işaretli alanları kontrol edin. Hiçbir şey kaydedilmedi.',
    },
    categories: {
      sport: 'Spor',
      kultur: 'Kültür, müzik, gelenekler',
      religion: 'Kilise, cami ya da başka bir dini topluluk',
      soziales: 'Sosyal yardım ve dayanışma',
      bildung: 'Eğitim, veliler, çocuklar ve gençler',
      migrantenorganisation: 'Göçmen örgütü',
      nachbarschaft: 'Mahalle ve gönüllü girişim',
      sonstiges: 'Diğer',
      'keine-angabe': 'belirtilmemiş',
    },
    sizeBands: {
      'bis-20': '20’ye kadar',
      '21-100': '21–100',
      '101-500': '101–500',
      'ueber-500': '500’den fazla',
      'keine-angabe': 'belirtilmemiş',
    },
  },
  club: {
    assessments: 'Değerlendirmeler',
    noAssessments:
      'Henüz değerlendirme yok. Bir sonraki toplantınızda ilk değerlendirmeyi başlatın: Alanları sırayla ele alır ve her ifade için bir ışık seçersiniz.',
    start: 'Yeni değerlendirme',
    draft: 'Taslak',
    done: 'Tamamlandı',
    resume: 'Devam et',
    open: 'Görüntüle',
    answered: (a: number, t: number) => `${t} ifadeden ${a} tanesi yanıtlandı`,
  },
  start: {
    heading: 'Yeni değerlendirme',
    date: 'Toplantı tarihi',
    dateHint: 'Genellikle bugünün tarihi.',
    fromLast: 'Son değerlendirmenin yanıtlarıyla başla',
    fromLastHint: (date: string) =>
      `${date} tarihli ışıklar aktarılır. Siz onaylayana ya da değiştirene kadar her biri “geçen seferden” diye işaretli kalır. Notlar ve adımlar aktarılmaz.`,
    begin: 'Başlayalım',
    errors: {
      required: 'Lütfen bir tarih girin.',
      invalid: 'Bu geçerli bir tarih değil. Lütfen GG.AA.YYYY biçiminde girin.',
    },
    edition: (title: string, version: number) => `Ampelbogen: ${title}, sürüm ${version}`,
  },
  assessment: {
    progress: (a: number, t: number) => `${a} / ${t} yanıtlandı`,
    // The bar's short form; with progressRest it reads as progress().
    progressShort: (a: number, t: number) => `${a} / ${t}`,
    progressRest: ' yanıtlandı',
    areaOf: (n: number, t: number) => `Alan ${n} / ${t}`,
    previousArea: (title: string) => `Geri: ${title}`,
    nextArea: (title: string) => `İleri: ${title}`,
    toSummary: 'Özet',
    nextOpen: 'Sıradaki yanıtsız ifade',
    allAnswered: 'Hepsi yanıtlandı: özete git',
    lightKey: 'Işıklar ne anlama geliyor?',
    lightKeyTerm: (label: string) => `${label}:`,
    carriedIntro: (date: string) =>
      `${date} tarihli ışıklarla başladınız. Siz onaylayana kadar her biri “geçen seferden” diye işaretli: Aynı ışığa dokunursanız onaylanır, başka bir ışığa dokunursanız değişir.`,
    carriedMark: (date: string) => `geçen seferden (${date}), henüz onaylanmadı`,
    lightGroup: (text: string) => `Bu ifade için ışık: ${text}`,
    note: 'Not',
    nextStep: 'Sonraki adım',
    stepText: 'Ne yapılacak?',
    stepWho: 'Kim ilgilenecek?',
    stepDue: 'Ne zamana kadar?',
    openSteps: 'Önceki toplantılardan bekleyen adımlar',
    stepDone: 'yapıldı',
    stepFrom: (date: string) => `${date} tarihli toplantıdan`,
    nextStepHint:
      'Somut bir adım yazın. Bu adım, adımlar listenizde ve bir sonraki toplantıda karşınıza çıkar.',
    addDetails: 'Not ya da sonraki adım ekle',
    concerns: (groups: readonly string[]) => `İlgili: ${groups.join(', ')}`,
    saving: 'Kaydediliyor…',
    saved: 'kaydedildi',
    // The number makes each announcement new, so screen readers read every save.
    savedAnnouncement: (n: number, a: number, t: number) =>
      `${n}. giriş kaydedildi, ${a} / ${t} yanıtlandı.`,
    lightOfArea: 'Alanın ışığı:',
    areaNav: 'Alanlar',
    notFound: 'Bu değerlendirme artık yok.',
    editionMissing: 'Bu değerlendirmenin yapıldığı Ampelbogen baskısı bu cihazda yok.',
  },
  summary: {
    heading: 'Özet',
    intro:
      'Derneğinizin her alandaki durumu burada. Bir alanın ışığı, o alandaki yanıtlardan çıkar; “geçerli değil” hesaba katılmaz.',
    finish: 'Değerlendirmeyi tamamla',
    finished: 'Değerlendirme tamamlandı.',
    reopen: 'Yeniden düzenle',
    unanswered: (n: number) => `${n} ifade henüz yanıtlanmadı.`,
    noLight: 'ışık yok',
    noLightHint: 'Bu alanda henüz ışık seçilmiş bir ifade yok.',
    counts: 'Adet',
    backToClub: 'Derneğe dön',
    round: 'Herkes kendi oyunu verir',
    roundHint:
      'Bir turda herkes kendi telefonunda, sessizce ışıklarını seçer; sonra nerede farklı düşündüğünüzü görür ve ortak bir karara varırsınız.',
    roundStart: 'Turu başlat',
    roundResult: 'Turun sonucu',
    editArea: (title: string) => `Düzenle: ${title}`,
    areas: 'Alanlar',
    areaDone: 'Bitti',
    areaNotStarted: 'Henüz başlanmadı',
    areaProgress: (done: number, total: number, unconfirmed: number) =>
      unconfirmed > 0
        ? `${done} / ${total} yanıtlandı, geçen seferden ${unconfirmed} ışık henüz onaylanmadı`
        : `${done} / ${total} yanıtlandı`,
    stillOpen: (unanswered: number, unconfirmed: number) =>
      [
        unanswered > 0 ? `${unanswered} ifade henüz yanıtlanmadı.` : '',
        unconfirmed > 0 ? `Geçen seferden ${unconfirmed} ışık henüz onaylanmadı.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    toFirstOpen: 'İlk yanıtsız ifadeye git',
    askTitle: 'Henüz her şey yanıtlanmadı',
    finishAnyway: 'Yine de tamamla',
    notConfirmed: 'geçen seferden, onaylanmadı',
    carried: (date: string, given: number, unconfirmed: number) =>
      `${date} tarihli ışıklarla başlandı. Bugün ${given} ışık seçtiniz ya da onayladınız, ${unconfirmed} ışık hâlâ geçen seferden.`,
  },
  ideas: {
    heading: 'Işıktan eyleme',
    intro:
      'Kırmızı ve sarı ifadeler için ilk adım fikirleri. Bir fikre dokunduğunuzda o fikir sonraki adımınız olur; kimin ilgileneceğini ve ne zamana kadar yapılacağını hemen burada yazın.',
    introFinished:
      'Kırmızı ve sarı ifadeler için ilk adım fikirleri. Bunlardan birini almak için değerlendirmeyi yeniden düzenleyin.',
    take: 'Sonraki adım olarak al',
    taken: 'Sonraki adım olarak alındı. Artık adımlar listenizde.',
    step: 'Sonraki adımınız:',
    none: 'Ampelbogen’de bu ifade için bir fikir yok. Kendi adımınızı ifadenin altına yazın.',
  },
  ratings: {
    green: 'yeşil',
    yellow: 'sarı',
    red: 'kırmızı',
    na: 'geçerli değil',
    unanswered: 'yanıtsız',
  },
  progress: {
    spread: (counts: string) => `Tur: ${counts}`,
    spreadCount: (word: string, n: number) => `${n} ${word}`,
    heading: 'Gelişim',
    open: 'Gelişimi görüntüle',
    intro:
      'Derneğiniz toplantıdan toplantıya böyle gelişti. Yalnızca tamamlanmış değerlendirmeler sayılır.',
    none: 'Henüz tamamlanmış değerlendirme yok. Bir değerlendirmeyi tamamladığınızda durumunuzu burada görürsünüz.',
    onlyOne:
      'Şimdiye kadar bir değerlendirme tamamlandı. Gelişimi ikinci değerlendirmeden itibaren görürsünüz; şimdilik burada mevcut durumunuzu görüyorsunuz.',
    overviewHeading: 'Genel bakış',
    overviewHint:
      'Her satır bir alan, her sütun bir toplantı. Telefonda yana kaydırarak devamını görebilirsiniz.',
    overviewRegion: 'Genel bakış: toplantılara göre alanlar',
    area: 'Alan',
    threshold: (light: string, value: string) => `${light}: ${value} ve üzeri`,
    areasHeading: 'Alanların gelişimi',
    chartTitle: (area: string) => `Gelişim: ${area}`,
    chartDesc: (points: string) =>
      `Toplantı başına alanın değeri, %0 (kırmızı) ile %100 (yeşil) arasında: ${points}.`,
    chartPoint: (date: string, value: string) => `${date}: ${value}`,
    notAsked: 'sorulmadı',
    noValue: 'değer yok',
    table: (area: string) => `Sayılar: ${area}`,
    date: 'Tarih',
    value: 'Değer',
    light: 'Işık',
    criteriaHeading: 'İfadelerin gelişimi',
    criteriaHint:
      'Her satır bir ifadenin ışıklarını toplantıdan toplantıya gösterir. Telefonda yana kaydırın.',
    criterion: 'İfade',
    numbersToggle: 'Sayılar tablo hâlinde',
    showingRecent: (n: number, all: number) =>
      `Tablolar ${all} toplantının son ${n} tanesini gösteriyor.`,
    showingAll: (all: number) => `Tablolar ${all} toplantının hepsini gösteriyor.`,
    showAll: (all: number) => `Hepsini göster (${all})`,
    showRecent: (n: number) => `Yalnızca son ${n} toplantıyı göster`,
    rowsRegion: (area: string) => `İfadelerin gelişimi: ${area}`,
    compareHeading: 'İki değerlendirmeyi karşılaştırın',
    earlier: 'Önceki değerlendirme',
    later: 'Sonraki değerlendirme',
    changes: {
      better: 'daha iyi',
      worse: 'daha kötü',
      same: 'değişmedi',
      first: 'ilk kez yanıtlandı',
      'not-comparable': 'karşılaştırılamaz',
    },
    changeLine: (before: string, after: string) => `önce ${before}, şimdi ${after}`,
    unchangedInArea: (n: number) => `${n} ifade değişmedi`,
    noChangesInArea: 'Bu alanda değişiklik yok.',
    sameAssessment: 'Lütfen iki farklı değerlendirme seçin.',
  },
  measures: {
    heading: 'Sonraki adımlar',
    intro: 'Değerlendirmelerde planladığınız adımlar. Bekleyen adımlar en üstte.',
    empty: 'Henüz adım yok. Formu doldururken her ifade için bir sonraki adım yazabilirsiniz.',
    done: 'yapıldı',
    overdue: 'süresi geçti',
    who: (who: string) => `Kim: ${who}`,
    due: (date: string) => `Son tarih: ${date}`,
    openCount: (n: number) => `${n} bekleyen adım`,
    /** Where a step came from: the meeting (a formatted date) and the statement, each if known. */
    source: (meeting: string | null, statement: string | null) =>
      [meeting && `${meeting} tarihli değerlendirmeden`, statement && `“${statement}” ifadesi için`]
        .filter(Boolean)
        .join(', '),
  },
  storage: {
    quota:
      'Cihazın depolama alanı dolu: Son girişiniz henüz kaydedilmedi ama ekranda duruyor. Hemen bir yedek kaydedin, sonra yer açın (ör. fotoğraf ya da video silerek) ve yeniden deneyin.',
    blocked:
      'Uygulama başka bir sekmede ya da pencerede eski bir sürümle hâlâ açık. Lütfen diğer sekmeleri kapatın ve bu sayfayı yeniden yükleyin.',
    versionChange:
      'Başka bir sekmede artık uygulamanın daha yeni bir sürümü çalışıyor. Burada “kaydedildi” görünen her şey kaydedildi; ama bu sekmede yapacağınız yeni girişler artık kaydedilmez. Lütfen bu sayfayı yeniden yükleyin.',
    closed:
      'Tarayıcının depolama alanı şu anda açılamıyor; çoğu zaman bunun nedeni cihazın dolu olmasıdır. Son girişiniz henüz kaydedilmedi ama ekranda duruyor. Bir yedek kaydedin, yer açın ve sonra yeniden deneyin.',
    databaseLost:
      'Tarayıcı bu uygulamanın kayıtlı verilerini sildi (bu, depolama alanı dolduktan sonra olabilir). Ekranda hâlâ duran girişleri şimdi yedek olarak kaydedebilirsiniz. Daha önce aldığınız bir yedeği “Ayarlar” bölümünden geri yükleyebilirsiniz.',
    unavailable:
      'Tarayıcının depolama alanı kullanılamıyor (ör. gizli sekmede). Girişler kaydedilemez.',
    writeFailed:
      'Kaydetme başarısız oldu: Girişiniz ekranda duruyor ama kaydedilmedi. Önlem olarak bir yedek kaydedin ve sonra yeniden deneyin.',
    editionMissing:
      'Ampelbogen’in bu baskısı artık cihazda yok (belki başka bir sekmede silindi). Hiçbir şey kaydedilmedi. Lütfen “Yeni değerlendirme” sayfasını yeniden açın.',
    lowSpace:
      'Bu cihazda çok az boş yer kaldı. Hiçbir şey kaybolmasın diye yakında bir yedek kaydedin ve yer açın.',
    rescueHeading: 'Girişleri şimdi yedekleyin',
    rescueIntro:
      'Bu cihazdaki her şeyi ve ekranda hâlâ duran girişleri içeren bir yedek kaydedin. Tarayıcı verilerini kaybetse bile bu yedekle her şey geri yüklenebilir.',
    rescueAction: 'Yedeği kaydet',
    rescueBusy: 'Yedek oluşturuluyor…',
    rescueDone: (fileName: string) =>
      `“${fileName}” yedeği kaydedildi. Kaydetme yeniden çalışana kadar bu dosyayı saklayın.`,
    rescueFailed:
      'Yedek oluşturulamadı. Lütfen ekrandaki girişleri bir kâğıda ya da başka bir yere not edin.',
    toBackup: 'Yedeklemeye git',
    retry: 'Yeniden dene',
    dismiss: 'Kapat',
  },
  update: {
    available: 'Uygulamanın yeni bir sürümü var.',
    apply: 'Şimdi güncelle',
    later: 'Sonra',
    offlineReady: 'Uygulama artık internet olmadan da kullanılabilir.',
  },
  move: {
    heading: 'Ampelbogen’in yeni baskısı',
    intro: (title: string, version: number, current: number) =>
      `Bu taslak ${current}. sürümü kullanıyor. Artık “${title}” için ${version}. sürüm de var. Taslağı kendi sürümünde tamamlayabilir ya da yeni sürüme aktarabilirsiniz.`,
    carried: (n: number) => `${n} yanıt aktarılacak.`,
    dropped: 'Şu yanıtların ifadeleri yeni sürümde yok; bu yanıtlar aktarılmaz:',
    noneDropped: 'Bütün yanıtlar aktarılabilir.',
    action: (version: number) => `${version}. sürüme aktar`,
    confirmTitle: (version: number) => `Taslak ${version}. sürüme aktarılsın mı?`,
    detached:
      'Şu sonraki adımlar listenizde kalır, ama yeni sürümde artık hiçbir ifadeye bağlı değildir:',
    confirmBody: (answers: number, steps: number) =>
      [
        answers > 0 ? `${answers} yanıt aktarılamaz ve taslaktan silinir.` : '',
        steps === 0
          ? 'Sonraki adımlar listenizde kalır.'
          : `${steps} sonraki adım listenizde kalır, ama artık hiçbir ifadeye bağlı olmaz.`,
      ]
        .filter(Boolean)
        .join(' '),
    done: (version: number) => `Taslak artık ${version}. sürümü kullanıyor.`,
  },
  // Entry points to parts that load on demand; their texts are in files.ts.
  entry: {
    share: 'Paylaş',
    office: 'Analiz (Integrationsbüro)',
    officeShort: 'Analiz',
    officeHeading: 'Integrationsbüro için',
    officeIntro:
      'Integrationsbüro burada derneklerden gelen çok sayıda anonim dosyayı bir araya getirir ve bütün şehrin tablosunu görür. Dernekler için bu gerekli değildir.',
    backupDue:
      'Son yedeklemeden bu yana yeni girişler var. Fırsat bulduğunuzda yeni bir yedek oluşturun.',
    backupDueNever: 'Girişleriniz henüz yedeklenmedi. Fırsat bulduğunuzda bir yedek oluşturun.',
    backupDueLink: 'Yedeklemeye git',
  },
};
