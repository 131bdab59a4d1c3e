import type { FileMessages } from '../types';
import { trRound } from './round';
import { trScan } from './scan';

// The Turkish (Türkçe) texts of the parts that load on demand (files that
// leave or enter the device, settings, the Integrationsbüro view): loaded with
// them, not with the first screen. Same shape as the German files.ts.
// "Ausgabe" (an edition of the Ampelbogen) is "baskı", its "Version" is
// "sürüm"; "Rückmeldung" (the anonymous file) is "geri bildirim".

export const trFiles: FileMessages = {
  round: trRound,
  scan: trScan,
  share: {
    heading: 'Paylaş',
    intro:
      'Burada bu değerlendirmeden, cihazınızın dışına gidecek dosyalar hazırlarsınız: yönetim kurulunuz için bir rapor ve Integrationsbüro için anonim bir geri bildirim. Siz kendiniz göndermedikçe hiçbir şey gönderilmez.',
    toSummary: 'Özete dön',
    pdf: {
      heading: 'PDF rapor',
      intro:
        'Yönetim kurulunuz ya da arşiviniz için: ışığı, notu ve sonraki adımıyla her ifade, alanların ışıkları, gelişiminiz ve bekleyen adımlar. Raporda derneğinizin adı yer alır.',
      draft:
        'Bu değerlendirme henüz bir taslak; rapor şu anki durumu gösterir. Raporda derneğinizin adı yer alır.',
    },
    anonymous: {
      heading: 'Integrationsbüro’ya anonim geri bildirim',
      intro:
        'Dosyada yalnızca ışıklar ve birkaç genel bilgi bulunur. Integrationsbüro, dosyayı hangi derneğin gönderdiğini bundan anlayamaz.',
      draft:
        'Bu değerlendirme henüz tamamlanmadı. Değerlendirmeyi özet sayfasında tamamladığınızda anonim geri bildirim hazır olur.',
      contains: 'Dosyada neler var',
      edition: 'Ampelbogen baskısı',
      editionName: (title: string, version: number) => `${title}, sürüm ${version}`,
      period: 'Dönem',
      quarter: (period: string) => {
        const [year, q] = period.split('-Q');
        return `${year} yılının ${q}. çeyreği (kesin tarih yok)`;
      },
      lights: 'Işıklar',
      lightCount: (n: number) => `${n} yanıtlanmış ifade:`,
      fileId: 'Dosyanın rastgele kimliği',
      fileIdHint:
        'Rastgeledir ve bu sayfa her açıldığında yenilenir. Integrationsbüro aynı dosyanın iki kez gönderildiğini bundan anlar; ama bu kimlik derneğinizin iki farklı dosyasını birbirine bağlamaz.',
      appVersion: 'Uygulama sürümü',
      everyLight: 'Dosyadaki bütün ışıkları gör',
      notInFile: 'dosyada yok (yanıtsız)',
      exactText: 'Dosyanın tam içeriğini gör',
      notContained: 'Dosyada neler yok',
      notContainedList: [
        'derneğinizin adı ve açıklaması',
        'isimler, iletişim bilgileri, notlar ve sonraki adımlar',
        'toplantının kesin tarihi',
        'derneğinizin iki dosyasını birbirine bağlayabilecek herhangi bir kimlik',
      ],
      details: 'Dosya hakkında daha fazlası: tüm bilgiler ve tam içerik',
      quarterShort: (period: string) => {
        const [year, q] = period.split('-Q');
        return `${year} yılının ${q}. çeyreği`;
      },
      summaryIn: 'Dosyada olanlar:',
      summaryInList: (n: number, quarter: string, edition: string) =>
        `${n} ışık, ${quarter}, ${edition}.`,
      summaryOut: 'Dosyada olmayanlar:',
      summaryOutList: 'isimler, notlar, sonraki adımlar, kesin tarih.',
      sender: 'Dosyada isim yok; ama e-postada kimin gönderdiği görünür.',
      senderDrop:
        'Belediyenin yükleme klasörü üzerinden gönderirseniz, dosya isim ve e-posta adresi olmadan ulaşır.',
      dropStep:
        'Ya da kaydettiğiniz dosyayı e-posta göndermeden belediyenin yükleme klasörüne yükleyin:',
      dropLink: 'Belediyenin yükleme klasörünü açın',
      mailStep: 'Sonra bir e-posta yazın ve kaydettiğiniz dosyayı ekleyin:',
      mailLink: (email: string) => `${email} adresine e-posta yazın`,
      mailSubject: (quarter: string) => `Ampelbogen: anonim geri bildirim, ${quarter}`,
      mailBody: (file: string) =>
        `Merhaba,\n\nAmpelbogen için anonim geri bildirimimiz ekte (dosya: „${file}“).\n\n[Lütfen göndermeden önce kaydettiğiniz dosyayı ekleyin; genellikle „İndirilenler“ klasöründedir.]\n\nSaygılarımızla`,
      share: 'Dosyayı paylaş',
      save: 'Dosyayı kaydet',
      shareTitle: 'Ampelbogen: anonim geri bildirim',
      delivered: {
        shared: 'Dosya paylaşım menüsüne aktarıldı.',
        downloaded:
          'Dosya kaydedildi (İndirilenler klasörü). Dosyayı e-postayla ya da bir mesajlaşma uygulamasıyla Integrationsbüro’ya gönderin.',
      },
      failed: 'Dosya oluşturulamadı. Lütfen yeniden deneyin.',
    },
    contact: {
      heading: 'İletişim: Integrationsbüro',
      intro:
        'Dosyayı e-postayla, bir mesajlaşma uygulamasıyla ya da postayla Integrationsbüro’ya gönderin. Yardıma ihtiyacınız olursa oraya danışabilirsiniz.',
      phone: 'Telefon:',
      email: 'E-posta:',
      drop: 'Dosya yükleme klasörü:',
      dropLink: 'Yükleme klasörünü açın',
      missing:
        'Ampelbogen’in bu baskısında iletişim bilgisi yok. Integrationsbüro’ya nasıl ulaşacağınızı Neu-Isenburg Belediyesine sorun.',
    },
  },
  report: {
    make: 'PDF oluştur',
    language: 'Raporun dili',
    share: 'PDF’yi paylaş',
    busy: 'PDF oluşturuluyor…',
    downloaded: (file: string) => `“${file}” PDF dosyası kaydedildi.`,
    shared: 'PDF paylaşıldı.',
    cancelled: 'Paylaşım iptal edildi. Hiçbir şey gönderilmedi.',
    failed: 'PDF oluşturulamadı. Lütfen yeniden deneyin; yine olmazsa uygulamayı yeniden yükleyin.',
    notFound: 'Bu değerlendirme artık yok. PDF oluşturulmadı.',
    editionMissing:
      'Bu değerlendirmenin yapıldığı Ampelbogen baskısı bu cihazda yok. PDF oluşturulmadı.',
    // Texts inside the PDF.
    title: 'Ampelbogen raporu',
    docTitle: (club: string, date: string) => `Ampelbogen raporu: ${club}, ${date}`,
    assessmentOf: (date: string) => `${date} tarihli değerlendirme`,
    statusDone: 'tamamlandı',
    statusDraft: 'taslak, henüz tamamlanmadı',
    edition: (title: string, version: number) => `Ampelbogen: ${title}, sürüm ${version}`,
    legend: 'Işıkların işaretleri',
    legendUnanswered: 'henüz yanıtlanmadı',
    overview: 'Alanlara genel bakış',
    // The progress overview: every area at the club's latest finished meetings.
    progressHeading: 'Alanlardaki gelişim',
    progressIntro:
      'Her satır bir alan, her sütun tamamlanmış bir değerlendirme; en eskisi önce. “–”: sorulmadı ya da değer yok.',
    progressRecent: (n: number, all: number) =>
      `${all} değerlendirmenin son ${n} tanesi gösteriliyor.`,
    areaLight: (word: string) => `Alanın ışığı: ${word}`,
    noLight: 'ışık yok',
    count: (n: number, word: string) => `${n} ${word}`,
    criteria: 'İfadeler',
    note: 'Not',
    carried: (date: string) => `Geçen seferden (${date}) aktarıldı, onaylanmadı`,
    spread: (n: number, counts: string) => `Tur (${n} yanıt): ${counts}`,
    spreadCount: (word: string, n: number) => `${n} ${word}`,
    carriedSummary: (date: string, unconfirmed: number) =>
      unconfirmed === 0
        ? `${date} tarihli ışıklarla başlandı; grup her birini onayladı ya da değiştirdi.`
        : `${date} tarihli ışıklarla başlandı; grup bunlardan ${unconfirmed} tanesini onaylamadı (işaretli).`,
    nextStep: 'Sonraki adım',
    who: (who: string) => `Kim: ${who}`,
    due: (date: string) => `Son tarih: ${date}`,
    chartCaption: (n: number) => `Gelişim: derneğin tamamlanmış ${n} değerlendirmesi`,
    noHistory: 'Gelişim: Bu alanı soran, tamamlanmış bir değerlendirme henüz yok.',
    threshold: (word: string, percent: string) => `${word}: ${percent} ve üzeri`,
    continued: (title: string) => `${title} (devamı)`,
    openMeasures: 'Derneğin bekleyen adımları',
    openMeasuresIntro:
      'Derneğin değerlendirmelerinden henüz yapılmamış bütün adımlar; süresi geçenler başta.',
    noOpenMeasures: 'Bekleyen adım yok.',
    forCriterion: (text: string) => `İfade: ${text}`,
    plannedOn: (date: string) => `${date} tarihinde planlandı`,
    overdue: 'süresi geçti',
    header: (club: string, date: string) => `${club} · ${date} tarihli değerlendirme`,
    footer: (date: string) => `${date} tarihinde Ampelbogen Neu-Isenburg uygulamasıyla oluşturuldu`,
    page: (n: number, total: number) => `Sayfa ${n} / ${total}`,
  },
  install: {
    heading: 'Ampelbogen’i uygulama olarak yükleyin',
    intro: 'Böylece onu ana ekranınızdan tek dokunuşla açarsınız, internet olmadan da.',
    install: 'Yükle',
    installApp: 'Uygulamayı yükle',
    notNow: 'Şimdi değil',
    iosShare: 'Safari’de “Paylaş”a dokunun (yukarı bakan oklu kare).',
    iosAdd: 'Sonra “Ana Ekrana Ekle”yi seçin ve “Ekle”ye dokunun.',
    iosStorage:
      'Ana ekrandaki uygulamanın kendi depolama alanı vardır: Şimdiye kadarki kayıtlarınızı bir yedekle oraya taşıyın.',
    toBackup: 'Yedeklemeye git',
  },
  settings: {
    heading: 'Ayarlar',
    storageHeading: 'Bu cihazdaki depolama',
    persistent: 'Kalıcı olarak kaydediliyor: Tarayıcı verilerinizi kendiliğinden silmez.',
    notPersistent: 'Kalıcı olarak kaydedilmiyor: Yer azaldığında tarayıcı verilerinizi silebilir.',
    persistUnknown:
      'Bu tarayıcı, verilerinizin kalıcı olarak kaydedilip kaydedilmediğini göstermiyor.',
    persistAdvice:
      'Şunlar işe yarar: Uygulamayı ana ekrana ekleyin (“Ana ekrana ekle”) ve verilerinizi düzenli olarak yedekleyin.',
    persistAsk: 'Kalıcı olarak kaydet',
    usage: (used: string, quota: string) => `Kullanılan: ${used} / ${quota}.`,
    kilobytes: (n: string) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
    usageUnknown: 'Tarayıcı, depolama alanı hakkında bilgi vermiyor.',
    editionsHeading: 'Ampelbogen baskıları',
    editionDefault: 'yeni değerlendirmelerde kullanılır',
    importEdition: 'Dosyadan baskı yükle',
    importEditionHint: 'Integrationsbüro’dan gelen bir JSON dosyası.',
    editionImported: (title: string, version: number) =>
      `“${title}”, sürüm ${version} yüklendi. Yeni değerlendirmeler bu baskıyı kullanacak.`,
    editionAlreadyThere: 'Bu baskı zaten cihazda var. Hiçbir şey değiştirilmedi.',
    appVersion: (v: string) => `Uygulama sürümü ${v}`,
  },
  editions: {
    line: (version: number, date: string, criteria: number) =>
      `Sürüm ${version}, ${date} tarihli, ${criteria} ifade`,
    used: (n: number) =>
      n === 0 ? 'hiçbir değerlendirmede kullanılmıyor' : `${n} değerlendirmede kullanılıyor`,
    shipped: 'uygulamayla birlikte gelir',
    inUseHint: 'Değerlendirmelerde kullanıldığı sürece silinemez.',
    delete: 'Baskıyı sil',
    deleteLabel: (title: string, version: number) => `Baskıyı sil: ${title}, sürüm ${version}`,
    confirmDelete: (title: string, version: number) => `“${title}”, sürüm ${version} silinsin mi?`,
    confirmDeleteBody:
      'Bu baskıyı hiçbir değerlendirme kullanmıyor. İsterseniz daha sonra dosyadan yeniden yükleyebilirsiniz.',
    deleted: (title: string, version: number) => `“${title}”, sürüm ${version} silindi.`,
    notDeleted: {
      'in-use': 'Bu baskı değerlendirmelerde kullanıldığı için cihazda kalıyor.',
      shipped: 'Uygulamayla gelen baskı her zaman cihazda kalır.',
      missing: 'Bu baskı zaten cihazda değil.',
    },
    importHint:
      'Integrationsbüro’dan gelen bir JSON dosyası. Önce kontrol edilir; yüklemeden önce neyin değiştiğini görürsünüz.',
    checkHeading: (title: string, version: number) =>
      `Kontrol edildi: “${title}”, sürüm ${version}`,
    valid: (criteria: number, areas: number) => `Dosya geçerli: ${areas} alan, ${criteria} ifade.`,
    older:
      'Cihazda bu baskının daha yeni bir sürümü zaten var. Bu dosya yalnızca eski bir baskı olarak kaydedilir; yeni değerlendirmeler daha yeni olanı kullanmaya devam eder.',
    importedOlder: (title: string, version: number) =>
      `“${title}”, sürüm ${version} eski bir baskı olarak kaydedildi. Yeni değerlendirmeler daha yeni sürümü kullanmaya devam eder.`,
    accept: 'Baskıyı yükle',
    discard: 'Vazgeç',
    diff: {
      none: 'İçerik önceki baskıyla aynı.',
      against: (title: string, version: number) =>
        `“${title}”, sürüm ${version} ile karşılaştırıldığında değişiklikler:`,
      title: (before: string, after: string) => `Başlık: “${before}” → “${after}”`,
      areaAdded: (title: string) => `Yeni alan: ${title}`,
      areaRemoved: (title: string) => `Kaldırılan alan: ${title}`,
      areaRenamed: (before: string, after: string) =>
        `Alanın adı değişti: “${before}” → “${after}”`,
      thresholds: (g0: string, g1: string, y0: string, y1: string) =>
        `Işık eşikleri değişti: yeşil için alt sınır ${g0} → ${g1}, sarı için alt sınır ${y0} → ${y1}`,
      rating: (word: string, before: string, after: string) =>
        `“${word}” ışığı: ${before} → ${after}`,
      added: (n: number) => `${n} yeni ifade`,
      removed: (n: number) => `${n} ifade kaldırıldı`,
      reworded: (n: number) => `${n} ifade yeniden yazıldı`,
      moved: (n: number) =>
        n === 1 ? '1 ifade başka bir alana taşındı' : `${n} ifade başka alanlara taşındı`,
      movedItem: (text: string, from: string, to: string) =>
        `${text} (“${from}” alanından “${to}” alanına)`,
      ideas: (n: number) => `${n} ifadede ilk adım fikirleri değişiyor`,
      ideasItem: (text: string, added: number, removed: number) =>
        `${text}: ${[
          added > 0 ? `${added} yeni fikir` : '',
          removed > 0 ? `${removed} fikir kaldırıldı` : '',
        ]
          .filter(Boolean)
          .join(', ')}`,
      drasticMark: '(büyük ölçüde değişti)',
      drasticHeading: 'Dikkat: aynı kimlik, büyük ölçüde değişmiş metin',
      drasticHint:
        'Bir kimliğin anlamı hiç değişmez: Eski yanıtlar yeni metinle karşılaştırılır. İfade artık başka bir şey soruyorsa ona yeni bir kimlik verin.',
      kept: (n: number) =>
        `${n} ifade aynı kalıyor (aynı kimlik); bunların yanıtları aktarılabilir.`,
    },
  },
  files: {
    tooLarge: (maxKb: number) => `Dosya çok büyük (en fazla ${maxKb} KB). Hiçbir şey kaydedilmedi.`,
    notJson: 'Dosya geçerli bir JSON dosyası değil. Hiçbir şey kaydedilmedi.',
    tooDeep: (levels: number) =>
      `Dosya çok fazla iç içe geçmiş (${levels} düzeyden fazla) ve reddedildi. Hiçbir şey kaydedilmedi.`,
    notEdition: 'Bu bir Ampelbogen baskısı değil. Hiçbir şey kaydedilmedi.',
    invalidEdition: (problems: string) => `Baskı hatalı olduğu için yüklenmedi: ${problems}`,
    sameVersionDifferent:
      'Bu baskı (aynı kimlik ve sürüm) cihazda farklı bir içerikle zaten var. Eski değerlendirmeler anlamını korusun diye yüklenmedi. Lütfen Integrationsbüro’dan yeni bir sürüm isteyin.',
    unreadable: 'Dosya okunamadı. Lütfen yeniden deneyin.',
    notAnonymous: 'Bu bir Ampelbogen anonim geri bildirimi değil. İçe aktarılmadı.',
    anonymousVersion:
      'Bu geri bildirimin biçim sürümünü bu uygulama tanımıyor. Belki uygulamanın daha yeni bir sürümünden geliyor: Lütfen uygulamayı güncelleyin.',
    invalidAnonymous: (problems: string) =>
      `Geri bildirim hatalı olduğu için içe aktarılmadı: ${problems}`,
    unknownCriteria: (edition: string, version: number, ids: string, more: number) =>
      `Geri bildirim, kendi baskısında (“${edition}”, sürüm ${version}) bulunmayan ifadeler için ışık içeriyor: ${ids}${more > 0 ? ` ve ${more} ifade daha` : ''}. İçe aktarılmadı.`,
    hostileKey: (key: string) =>
      `Dosya izin verilmeyen bir veri alanı (“${key}”) içerdiği için reddedildi. Hiçbir şey kaydedilmedi.`,
    editionTooNew:
      'Bu baskının biçim sürümünü bu uygulama tanımıyor. Belki uygulamanın daha yeni bir sürümünden geliyor: Lütfen uygulamayı güncelleyin. Hiçbir şey kaydedilmedi.',
    editionBadVersion:
      'Baskının geçerli bir biçim sürümü (“formatVersion”) olmadığı için yüklenmedi. Hiçbir şey kaydedilmedi.',
    issues: {
      missing: 'eksik',
      wrongType: 'yanlış türde',
      wrongTypeOf: (expected: string) => `yanlış türde (beklenen: ${expected})`,
      types: {
        string: 'metin',
        number: 'sayı',
        int: 'tam sayı',
        boolean: 'doğru ya da yanlış',
        object: 'nesne',
        record: 'nesne',
        array: 'liste',
      },
      outOfRange: 'izin verilen aralığın dışında',
      tooLong: (max: number | string) => `çok uzun (en fazla ${max})`,
      tooShort: (min: number | string) => `çok kısa ya da boş (en az ${min})`,
      tooBig: (max: number | string) => `çok büyük (en fazla ${max})`,
      tooSmall: (min: number | string) => `çok küçük (en az ${min})`,
      notAllowed: (values: string) => `değeri geçersiz (izin verilenler: ${values})`,
      unknownKeys: (keys: string) => `bilinmeyen veri alanları içeriyor: ${keys}`,
      badFormat: 'biçimi geçersiz',
      invalid: 'geçersiz',
      more: (n: number) => `ve ${n} sorun daha`,
      duplicateAreaId: (id: string) => `içinde “${id}” alan kimliği iki kez geçiyor`,
      duplicateCriterionId: (id: string) => `içinde “${id}” ifade kimliği iki kez geçiyor`,
      unknownDimension: (id: string) => `içinde bilinmeyen bir boyut var: “${id}”`,
      unknownTranslatedId: (id: string) => `baskıda olmayan bir şeyi çeviriyor: “${id}”`,
      eachLightOnce: 'içinde her ışık rengi tam olarak bir kez bulunmalı (green, yellow, red, na)',
      onlyNaWithoutValue: 'içinde değeri boş olan tek seçenek “geçerli değil” olmalı',
      yellowBelowGreen: 'içinde sarının eşiği yeşilinkinden düşük olmalı',
      tooManyRatings: (max: number) => `en fazla ${max} ifade olabilir`,
    },
    path: {
      root: 'Dosya',
      area: (n: number) => `Alan ${n}`,
      criterion: (n: number) => `İfade ${n}`,
      rating: (n: number) => `Işık seviyesi ${n}`,
      dimension: (n: number) => `Boyut ${n}`,
      item: (n: number) => `Kayıt ${n}`,
      field: (name: string) => `“${name}”`,
    },
  },
  office: {
    heading: 'Analiz (Integrationsbüro)',
    intro:
      'Derneklerin anonim geri bildirimleri, şehrin tamamı için toplanmış hâlde. Dosyalar bu cihazda kalır.',
    empty:
      'Henüz geri bildirim içe aktarılmadı. Derneklerin JSON dosyalarını seçin ya da yukarıdaki alana sürükleyin.',
    importHeading: 'Geri bildirimleri içe aktarın',
    pick: 'Dosya seç',
    pickHint:
      'Anonim geri bildirimler (JSON), birden çok dosya aynı anda; ya da buraya sürükleyin.',
    dropActive: 'İçe aktarmak için dosyaları bırakın',
    checking: (n: number) => `${n} dosya kontrol ediliyor…`,
    result: (added: number, already: number, rejected: number) =>
      `${added} içe aktarıldı, ${already} zaten vardı, ${rejected} reddedildi.`,
    outcomes: {
      added: 'içe aktarıldı',
      already: 'zaten var (aynı kimlik)',
      rejected: 'reddedildi',
    },
    resultList: (n: number) => `Her dosyanın sonucu (${n})`,
    notAdded: 'İçe aktarılmadı',
    duplicateInBatch: 'Bu kimlik seçilen dosyalarda birden çok kez geçiyor.',
    filtersHeading: 'Filtre',
    from: 'Başlangıç (çeyrek)',
    to: 'Bitiş (çeyrek)',
    category: 'Dernek türü',
    sizeBand: 'Büyüklük (üye sayısı)',
    all: 'hepsi',
    basis: (n: number, total: number) =>
      `Bu filtredeki sayılar, toplam ${total} geri bildirimden ${n} tanesine dayanıyor.`,
    tooFew: 'çok az geri bildirim',
    tooFewSelection:
      'Bu filtre için çok az geri bildirim var: Sayılar ancak en az 3 geri bildirim olduğunda gösterilir.',
    rule: 'Kimse tek bir derneğin sonucunu tahmin edemesin diye analiz, 3’ten az geri bildirime dayanan hiçbir sayıyı göstermez. Bunun için geri bildirimler çeyreğe, türe ve büyüklüğe göre gruplanır. Yalnızca 1 ya da 2 geri bildirimden oluşan bir grup, hangi filtre seçilirse seçilsin hiçbir sayıya katılmaz; böylece iki filtre karşılaştırılarak da ortaya çıkarılamaz. Aynı şekilde, bir gruptaki geri bildirimlerin yalnızca 1 ya da 2’sinde sorulmuş bir ifade de dışarıda kalır.',
    heldBack: (n: number) =>
      n === 0
        ? 'Şu anda dışarıda tutulan geri bildirim yok.'
        : `Toplam ${n} geri bildirim sayılara katılmıyor.`,
    missingEdition: (id: string, version: number, files: number) =>
      `“${id}” baskısının ${version}. sürümü bu cihazda yok. Bu baskıyla gelen ${files} geri bildirim, ifade kimliklerine göre sayılıyor ve yalnızca yanıtlanan ifadeler sorulmuş kabul ediliyor. Metinleri görmek için baskıyı Ayarlar bölümünden yükleyin.`,
    unknownArea: 'Bu cihazda bulunmayan baskılardan gelen ifadeler',
    unknownCriterion: (id: string) => `“${id}” ifadesi`,
    areasHeading: 'Alanlara ve ifadelere göre ışıklar',
    legend: 'Açıklama',
    areaValue: (percent: string) => `Ortalama değer: ${percent}`,
    areaLights: 'Geri bildirimlerde alanın ışığı',
    basisCount: (n: number) => `${n} geri bildirim`,
    unanswered: 'yanıtlanmadı',
    notAsked: 'sorulmadı',
    noValue: 'değer yok',
    asTable: 'Tablo olarak',
    tableCaption: (area: string) => `İfadelere göre ışıklar: ${area}`,
    criterion: 'İfade',
    basisColumn: 'Geri bildirim',
    count: (n: number, share: string) => `${n} (${share})`,
    trendHeading: 'Alan değerlerinin gelişimi',
    trendIntro:
      'Her alan için geri bildirimlerin ortalama değeri, %0 (hepsi kırmızı) ile %100 (hepsi yeşil) arasında. Her geri bildirim eşit ağırlıktadır.',
    granularity: 'Zaman birimi',
    byQuarter: 'Çeyrek',
    byYear: 'Yıl',
    trendTable: 'Gelişim tablo hâlinde',
    trendCaption: 'Alana ve döneme göre ortalama değer',
    area: 'Alan',
    chartTitle: (area: string) => `Gelişim: ${area}`,
    chartDesc: (points: string) => `Döneme göre ortalama değer: ${points}.`,
    chartPoint: (label: string, value: string) => `${label}: ${value}`,
    exportHeading: 'Dışa aktar',
    csv: 'CSV olarak indir',
    csvHint:
      'Tablo programları için (noktalı virgül, UTF-8). Dışarıda tutulan sayılar burada da yer almaz.',
    csvDone: 'CSV dosyası indirildi.',
    pdf: 'Kısa rapor (PDF)',
    pdfBusy: 'PDF oluşturuluyor…',
    pdfDone: 'Kısa rapor (PDF) indirildi.',
    pdfFailed: 'PDF oluşturulamadı. Lütfen sayfayı yeniden yükleyin ve tekrar deneyin.',
    pdfMade: (date: string) =>
      `${date} tarihinde oluşturuldu. Yalnızca en az 3 geri bildirime dayanan sayılar.`,
    pdfPage: (n: number, of: number) => `Sayfa ${n} / ${of}`,
    pdfColumns: { basis: 'Geri\nbildirim', unanswered: 'yanıtsız' },
    filesHeading: (n: number) => `İçe aktarılan geri bildirimler (${n})`,
    showList: 'Listeyi göster',
    ruleShort: 'Hiçbir sayı 3’ten az geri bildirime dayanmaz.',
    ruleToggle: 'Küçük sayılar nasıl korunuyor?',
    filesIntro:
      'Dosya adı olmadan saklanır, çünkü bir dosya adı derneği ele verebilir. Kimlik kısaltılmış olarak gösterilir.',
    columns: {
      period: 'Çeyrek',
      category: 'Tür',
      sizeBand: 'Büyüklük',
      edition: 'Baskı',
      importedAt: 'İçe aktarma tarihi',
      id: 'Kimlik',
      action: 'İşlem',
    },
    editionShort: (id: string, version: number) => `${id}, sürüm ${version}`,
    delete: 'Sil',
    deleteOne: (id: string) => `${id} kimlikli geri bildirimi sil`,
    deletedOne: (id: string) => `${id} kimlikli geri bildirim silindi.`,
    deleteAll: 'Bütün geri bildirimleri sil',
    confirmDeleteAllTitle: 'Bütün geri bildirimler silinsin mi?',
    confirmDeleteAllBody: (n: number) =>
      `${n} geri bildirim bu cihazdan silinecek. Bu işlem geri alınamaz. Bu cihazdaki derneklerin verilerine dokunulmaz.`,
    confirmDeleteAll: 'Hepsini kalıcı olarak sil',
    deletedAll: 'Bütün geri bildirimler silindi.',
    csvColumns: {
      area: 'Alan',
      id: 'İfade kimliği',
      criterion: 'İfade',
      asked: 'Geri bildirim (sorulan)',
      green: 'yeşil',
      yellow: 'sarı',
      red: 'kırmızı',
      na: 'geçerli değil',
      unanswered: 'yanıtlanmadı',
      notAsked: 'sorulmadı',
      share: (light: string) => `${light} oranı (%)`,
    },
    // The dashboard: counts, lights per area and the values over time first;
    // then where clubs need support; why files are held back.
    tooFewAll: 'Henüz sayı yok: Bir sayı ancak en az 3 geri bildirime dayandığında gösterilir.',
    widen: (n: { period: boolean; category: boolean; sizeBand: boolean }) => {
      const parts = [
        n.period && 'daha uzun bir dönem',
        n.category && 'bütün türleri',
        n.sizeBand && 'bütün büyüklükleri',
      ].filter(Boolean);
      return `${parts.join(' ya da ')} seçin.`.replace(/^./, (c) => c.toLocaleUpperCase('tr'));
    },
    heldBackReason: (files: number, groups: number, list: string) =>
      `${files} geri bildirim sayılmıyor, çünkü 3’ten az geri bildirimi olan ${groups === 1 ? 'bir grupta' : 'gruplarda'} bulunuyor: ${list}.`,
    heldBackHelp:
      'Aynı türden ve aynı büyüklükteki daha fazla dernek aynı çeyrekte dosya gönderirse bu durum düzelir.',
    group: (quarter: string, category: string, size: string, n: number) =>
      `${quarter} · ${category} · ${size} (${n})`,
    members: (band: string) => `${band} üye`,
    sizeUnknown: 'büyüklük belirtilmemiş',
    listJoin: (items: string[], more: number) =>
      more > 0 ? `${items.join(', ')} ve ${more} grup daha` : items.join(', '),
    overviewHeading: 'Alanlara göre ışıklar',
    overviewCaption: 'Alanların ışıkları: her ışıktaki geri bildirimlerin oranı',
    overviewBasis: 'Sayı',
    overviewNote: (same: number | null) =>
      same === null
        ? 'Alanın yeşil, sarı ya da kırmızı olduğu geri bildirimlerin oranı; sayı: bu alanın sorulduğu geri bildirimler.'
        : `Alanın yeşil, sarı ya da kırmızı olduğu geri bildirimlerin oranı; her alan ${same} geri bildirime dayanıyor.`,
    trendShort: 'Alanlara göre ortalama değer: %0 hepsi kırmızı, %100 hepsi yeşil demektir.',
    trendLatest: (n: number, all: number) =>
      `${all} dönemin son ${n} tanesi. Hepsi aşağıdaki ayrıntılarda.`,
    trendGap: '– işareti: Bu dönemde çok az geri bildirim var.',
    trendDetails: 'Gelişimin ayrıntıları',
    trendCharts: 'Her alanın gelişimi grafik olarak',
    periodRange: (from: string, to: string) => `Dönem: ${from} – ${to}`,
    needsHeading: 'Derneklerin desteğe ihtiyaç duyduğu yerler',
    needsIntro:
      'Bu filtrede kırmızı ve sarı oranı en yüksek olan ifadeler. Şehir projelere buradan başlayabilir.',
    needsNone: 'Bu filtrede kırmızı ya da sarı olan ifade yok.',
    needsHeldBack: 'Çok az geri bildirimi olan ifadeler listede yer almaz.',
    needsNoneShown: 'Yeterli geri bildirimi olan ifadelerin hiçbiri kırmızı ya da sarı değil.',
    needsAll: (n: number) => `${n} ifadenin hepsini göster`,
    needsFewer: (n: number) => `Yalnızca ilk ${n} ifadeyi göster`,
  },
  // Files that came without the picker: shared to the installed app, or opened with it.
  received: {
    shared: (n: number) => `“Paylaş” ile ${n} dosya alındı.`,
    opened: (n: number) => `Uygulamayla ${n} dosya açıldı.`,
    shareFailed:
      'Paylaşılan dosyalar alınamadı; cihazın depolama alanı dolu olabilir. Dosyaları e-postadan veya mesajlaşma uygulamasından kaydedin ve burada “Dosya seç” ile seçin.',
    inboxUnreadable:
      '“Paylaş” ile alınan dosyalar okunamıyor. Dosyaları e-postadan veya mesajlaşma uygulamasından kaydedin ve burada “Dosya seç” ile seçin.',
    keptForLater:
      '“Paylaş” ile alınan dosyalar içe aktarılamadı. Dosyalar bu cihazda kalır; analizi bir sonraki açışınızda uygulama yeniden dener.',
    notDeleted:
      '“Paylaş” ile alınan dosyalar içe aktarıldı, ancak uygulamanın geçici belleğinden silinemedi. Uygulama bir sonraki açılışta dosyaları yeniden kontrol eder; dosyalar iki kez sayılmaz.',
  },
  backup: {
    heading: 'Yedekleme',
    intro:
      'Bu cihazdaki bütün dernekleri, değerlendirmeleri ve adımları içeren tek bir dosya: saklamak ya da yeni bir cihaza geçmek için.',
    create: 'Yedek oluştur',
    creating: 'Yedek oluşturuluyor…',
    created: (fileName: string) => `Yedek oluşturuldu: ${fileName}. Dosyayı iyi saklayın.`,
    cancelled: 'Yedek oluşturulmadı: Paylaşım iptal edildi.',
    createFailed:
      'Yedek oluşturulamadı. Lütfen yeniden deneyin; yine olmazsa sayfayı yeniden yükleyin.',
    shareTitle: 'Ampelbogen yedeği',
    lastBackup: (when: string) => `Son yedek: ${when}.`,
    never: 'Bu cihazda henüz yedek oluşturulmadı.',
    when: (date: string, time: string) => `${date}, saat ${time}`,
    restore: 'Yedeği geri yükle',
    restoreHint: 'Bu uygulamanın bir yedek dosyası (ampelbogen-sicherung-….json).',
    reading: 'Dosya kontrol ediliyor…',
    previewHeading: 'Yedekte neler var',
    previewMade: (when: string, version: string) =>
      `Oluşturulma zamanı: ${when} (uygulama sürümü ${version}).`,
    previewClubs: 'Yedekteki dernekler',
    previewClub: (name: string, count: number) => `${name}: ${count} değerlendirme`,
    previewNoClubs: 'Yedekte hiç dernek yok.',
    previewTotals: (assessments: number, measures: number) =>
      `${assessments} değerlendirme, ${measures} adım.`,
    previewRange: (from: string, to: string) =>
      from === to ? `Toplantı tarihi: ${from}.` : `${from} ile ${to} arasındaki toplantılar.`,
    previewChoose: 'Yedek nasıl geri yüklensin?',
    merge: 'Mevcut verilere ekle',
    mergeHint:
      'Bu cihazdaki her şey korunur. Bir kayıt iki tarafta da varsa daha yeni olan geçerli olur. Hiçbir şey iki kez eklenmez.',
    replace: 'Tümünü değiştir',
    replaceHint:
      'Bu cihazdaki bütün dernekleri, değerlendirmeleri ve adımları siler, yerlerine yedektekileri koyar.',
    cancel: 'İptal',
    confirmTitle: 'Bu cihazdaki bütün veriler değiştirilsin mi?',
    confirmBody: (clubs: number, assessments: number) =>
      `Bu cihazdaki ${clubs} dernek, ${assessments} değerlendirmeyle birlikte silinecek ve yerine yedektekiler gelecek. Yalnızca bu cihazda olanlar kaybolur. Bu işlem geri alınamaz.`,
    confirmReplace: 'Tümünü değiştir',
    restoring: 'Yedek geri yükleniyor…',
    restored: (clubs: number, assessments: number) =>
      `Yedek geri yüklendi: ${clubs} dernek, ${assessments} değerlendirme.`,
    tooLarge: (maxMb: number) =>
      `Dosya bir yedek için çok büyük (en fazla ${maxMb} MB). Hiçbir şey değiştirilmedi.`,
    notJson:
      'Dosya geçerli bir JSON dosyası değil; belki tam aktarılmadı. Hiçbir şey değiştirilmedi.',
    tooDeep: (levels: number) =>
      `Dosya çok fazla iç içe geçmiş (${levels} düzeyden fazla), geri yüklenmedi. Hiçbir şey değiştirilmedi.`,
    notBackup: 'Bu bir Ampelbogen yedeği değil. Hiçbir şey değiştirilmedi.',
    isEdition:
      'Bu bir yedek değil, bir Ampelbogen baskısı. Baskıları “Dosyadan baskı yükle” ile yükleyebilirsiniz. Hiçbir şey değiştirilmedi.',
    badVersion:
      'Yedeğin sürüm bilgisi geçersiz olduğu için geri yüklenmedi. Hiçbir şey değiştirilmedi.',
    tooNew:
      'Bu yedek uygulamanın daha yeni bir sürümünden geliyor. Lütfen uygulamayı güncelleyin ve sonra yeniden deneyin. Hiçbir şey değiştirilmedi.',
    forbiddenKey: (key: string) =>
      `Dosya izin verilmeyen bir veri alanı (“${key}”) içerdiği için geri yüklenmedi. Hiçbir şey değiştirilmedi.`,
    invalid: (problems: string) =>
      `Yedek hatalı olduğu için geri yüklenmedi. Hiçbir şey değiştirilmedi. ${problems}`,
    editionMissing: (key: string) =>
      `Yedek eksik: “${key}” baskısı ne dosyada ne de bu cihazda var. Hiçbir şey değiştirilmedi.`,
    editionConflict: (key: string) =>
      `“${key}” baskısı bu cihazda farklı bir içerikle zaten var. Hiçbir değerlendirmenin anlamı değişmesin diye yedek geri yüklenmedi. Hiçbir şey değiştirilmedi.`,
    restoreFailed: 'Yedek kaydedilemedi. Hiçbir şey değiştirilmedi. Lütfen yeniden deneyin.',
    checks: {
      duplicate: (where: string) => `${where}: iki kez var`,
      clubMissing: (where: string) => `${where}: ait olduğu dernek dosyada yok`,
      assessmentMissing: (where: string) => `${where}: ait olduğu değerlendirme dosyada yok`,
      clubMismatch: (where: string) =>
        `${where}: kendi değerlendirmesindekinden farklı bir dernek gösteriyor`,
      badMeasureId: (where: string) => `${where}: kimlik hatalı`,
      snapshotTooLarge: (where: string) => `${where}: çok fazla ışık içeriyor`,
      notesTooMany: (where: string) => `${where}: çok fazla not içeriyor`,
      spreadTooMany: (where: string) => `${where}: çok fazla ifade için tur dağılımı içeriyor`,
      answerOfFinished: (where: string) =>
        `${where}: yanıtlarını kendisi içeren, tamamlanmış bir değerlendirmeye ait`,
    },
    path: {
      club: (n: number) => `Dernek ${n}`,
      assessment: (n: number) => `Değerlendirme ${n}`,
      answer: (n: number) => `Yanıt ${n}`,
      measure: (n: number) => `Adım ${n}`,
      edition: (n: number) => `Baskı ${n}`,
    },
  },
};
