import type { FileMessages } from '../types';

// The Turkish (Türkçe) texts of a round at the meeting: starting it, taking
// part, collecting the answers, the spread and the big-screen view (part of
// the on-demand catalog, as trFiles.round). Same shape as the German round.ts.
// A Turkish noun stays singular after a number, so a count needs no branch.

const answers = (n: number) => `${n} yanıt`;
const statements = (n: number) => `${n} ifade`;

export const trRound: FileMessages['round'] = {
  answers,
  start: {
    heading: 'Tur: Herkes kendi oyunu verir',
    intro:
      'Bir turda herkes kendi telefonunda, kendi başına ve sessizce ışıklarını seçer. Sonra nerede farklı düşündüğünüzü görür ve her ifade için birlikte tek bir ışıkta anlaşırsınız.',
    privacy:
      'Uygulama yalnızca her ışığın kaç kez seçildiğini sayar; kimin neyi seçtiğini asla. Her şey internet olmadan telefondan telefona geçer.',
    areas: 'Tura hangi alanlar girsin?',
    areaOption: (label: string, n: number) => `${label} (${statements(n)})`,
    start: 'Turu başlat',
    noneChosen: 'En az bir alan seçin.',
    finished:
      'Bu değerlendirme tamamlandı. Tur ancak henüz tamamlanmamış bir değerlendirme için başlatılabilir.',
    started: 'Tur başladı. Katılım kodunu gösterin.',
  },
  open: {
    heading: 'Tur',
    running: (n: number) =>
      n === 0
        ? 'Tur sürüyor. Henüz yanıt gelmedi.'
        : `Tur sürüyor. Şu ana kadar ${answers(n)} geldi.`,
    statements: (n: number) => `Bu turda ${statements(n)} var`,
    joinHeading: 'Katılın',
    joinHow:
      'Telefonunuzda Ampelbogen’i açın, “Bir tura katıl” düğmesine dokunun ve bu kodu tarayın.',
    joinQr: 'Katılmak için QR kod',
    joinTyped: 'Kamera yoksa bu kodu yazın:',
    collectHeading: 'Yanıtları toplayın',
    collectHow:
      'Bitiren kişi kendi telefonundaki QR kodu gösterir; siz bu kodu burada tarayın. İki kez taranan kişi bir kez sayılır.',
    typedLabel: 'Yanıt kodunu yazın',
    typedHint: 'Büyük-küçük harf, boşluk ve tire fark etmez.',
    count: 'Say',
    typedEmpty: 'Önce bir kod yazın.',
    fileLabel: 'Kodu dosya olarak seçin',
    fileHint: 'Biri kodu dosya olarak mı gönderdi? O zaman dosyayı burada seçin.',
    counted: (n: number) => `Sayıldı. Şu an ${answers(n)} var.`,
    countedAgain: (n: number) =>
      `Bu kişi zaten sayılmıştı: Yeni ışıkları eskilerinin yerine geçti. Yanıt sayısı değişmedi: ${answers(n)}.`,
    passPhone: 'Telefonu dolaştırın',
    passPhoneHint: 'İkinci bir telefon yoksa herkes sırayla bu telefonda ışıklarını seçer.',
    toSpread: 'Sonuca bakın ve anlaşın',
    bigScreen: 'Projeksiyon ya da televizyon için büyük ekran',
    end: 'Turu bitir',
    endTitle: 'Tur bitirilsin mi?',
    endBody:
      'Bundan sonra yeni yanıt sayılamaz. Tek tek yanıtlar silinir; her ışığın kaç kez seçildiği değerlendirmede kalır.',
    ended: 'Tur bitti. Sayım sonucu değerlendirmede kalır.',
    toSummary: 'Özete dön',
    noRound: 'Bu değerlendirme için şu anda süren bir tur yok.',
    toRound: 'Tura git',
  },
  problem: {
    joinCodeHere: 'Bu, katılım kodu. Burada diğerlerinin yanıtlarını içeren kodları tarayın.',
    answerCodeHere: 'Bu bir yanıt kodu. Katılmak için turu başlatan telefondaki kodu tarayın.',
    otherRound: 'Bu kod başka bir tura ait. Sayılmadı.',
    noRound: 'Tur zaten bitti. Kod sayılmadı.',
    editionMissing: (id: string, version: number) =>
      `Tur, “${id}” baskısının ${version}. sürümünü kullanıyor. Bu baskı bu telefonda yok. Uygulamayı güncelleyin ya da bu baskının dosyasını (Integrationsbüro’dan alabilirsiniz) Ayarlar → Baskılar bölümünden yükleyin.`,
    editionDiffers: (id: string, version: number) =>
      `“${id}” baskısının ${version}. sürümünde bu telefondaki ifadeler, turu başlatan telefondakilerden farklı. O telefondaki dosyanın aynısını yükleyin.`,
    scanned: 'Bu QR kod Ampelbogen’e ait değil.',
  },
  code: {
    notRound: 'Bu kod bir Ampelbogen turuna ait değil.',
    badCharacters: (found: string) =>
      `Şu karakterler bir kodda bulunmaz: ${found}. Yazdığınızı kontrol edin.`,
    badCheck: 'Kodun bir karakteri tutmuyor. Yazdığınızı kontrol edin ya da kodu yeniden okutun.',
    damaged: 'Kod eksik ya da bozuk. Lütfen kodu yeniden okutun.',
    unknownKind: 'Uygulama bu tür bir kodu tanımıyor.',
    newerApp:
      'Bu kod uygulamanın daha yeni bir sürümünden geliyor. Bu telefondaki uygulamayı güncelleyin ve yeniden deneyin.',
  },
  join: {
    heading: 'Bir tura katıl',
    intro:
      'Turu başlatan telefondaki QR kodu tarayın. Işıklarınız gizli kalır: O telefonda yalnızca her ışığın kaç kez seçildiği sayılır.',
    typedLabel: 'Katılım kodunu yazın',
    go: 'Katıl',
    rateHeading: 'Işıklarınız',
    rateIntro:
      'Her ifade için kendi başınıza, sessizce bir ışık seçin. Turda not yazılmaz: Sonuca birlikte bakarken konuşursunuz.',
    progress: (done: number, total: number) => `${done} / ${statements(total)} için ışık seçildi`,
    showCode: 'Bitti: kodu göster',
    openLeft: (n: number) =>
      `${statements(n)} için henüz ışık seçilmedi. Bunlar “belirtilmemiş” sayılır.`,
    codeHeading: 'Bu kodu gösterin',
    codeHow:
      'Turu başlatan telefon bu kodu tarar. Olmazsa yazılacak kodu sesli okuyun ya da dosya olarak paylaşın.',
    answerQr: 'Işıklarınızı içeren QR kod',
    typed: 'Yazılacak kod:',
    shareFile: 'Dosya olarak paylaş',
    shared: 'Dosya paylaşıldı.',
    saved: 'Dosya kaydedildi. Turu başlatan telefona gönderin.',
    shareFailed: 'Dosya paylaşılamadı. QR kodu gösterin ya da kodu sesli okuyun.',
    change: 'Işıkları değiştir',
    done: 'Bitti: turdan çık',
    cancel: 'İptal',
    keepsNothing: 'Bu telefonda turdan hiçbir şey saklanmaz.',
  },
  pass: {
    heading: 'Telefonu dolaştırın',
    intro:
      'Herkes kendi başına, sessizce ışıklarını seçer. Telefon bir sonraki kişiye geçmeden önce uygulama ışıkları gizler.',
    person: (n: number) => `${n}. kişi`,
    done: 'Bitti: gizle ve telefonu ver',
    covered: (n: number) =>
      `Sayıldı. Şu an ${answers(n)} var. Işıklar gizlendi: Telefonu bir sonraki kişiye verin.`,
    next: 'Sıradaki kişi başlasın',
    finish: 'Herkes bitirdi: sonuca git',
  },
  spread: {
    heading: 'Turun sonucu',
    none: 'Henüz sayılmış yanıt yok. Önce kodları toplayın.',
    disputed: 'Burada farklı düşünüyorsunuz',
    disputedIntro:
      'Önce bu ifadeleri konuşun. Sonra üzerinde anlaştığınız ışığa dokunun: Hemen kaydedilir.',
    unanimous: 'Burada hemfikirsiniz',
    unanimousIntro: 'Yanıt veren herkes aynı ışığı seçti.',
    takeUnanimous: (n: number) =>
      n === 1 ? 'Ortak ışığı kaydet' : `${n} ortak ışığın hepsini kaydet`,
    tookUnanimous: (n: number) => `${n} ışık kaydedildi.`,
    empty: (n: number) => `Turda yanıtsız kalanlar (${statements(n)})`,
    of: (n: number) => `Dağılım (${answers(n)})`,
    count: (word: string, n: number) => `${word}: ${n}`,
    agreed: 'Ortak ışığınız',
    saved: 'Kaydedildi.',
    toRound: 'Tura dön',
    toBigScreen: 'Büyük ekran',
  },
  big: {
    heading: 'Büyük ekran',
    position: (i: number, n: number) => `İfade ${i} / ${n}`,
    keys: 'İleri için → ya da Page Down, geri için ← ya da Page Up.',
    previous: 'Geri',
    next: 'İleri',
    agreedNone: 'Henüz ortak ışık yok',
    agreed: (word: string) => `Ortak ışık: ${word}`,
    exit: 'Büyük ekrandan çık',
  },
};
