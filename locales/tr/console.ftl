# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] Bekleyen davet yok.
        [one] Bir bekleyen davet var.
       *[other] { $count } bekleyen davet var.
    }
console-tokens-text = judge-cli ve diğer araçlar için tokenler.
console-failed-emails =
    { $count ->
        [0] Gönderilemeyen e-posta yok.
        [one] Bir e-posta gönderilemedi.
       *[other] { $count } e-posta gönderilemedi.
    }

invitations-heading = Davetler
invitations-list-heading = Gönderilen davetler
invitations-none = Henüz davet yok.
invitations-status = Durum
invitations-created = Gönderilme
invitation-status-open = Bekliyor
invitation-status-accepted = Kabul edildi
invitation-status-expired = Süresi doldu
invite-heading = Jüri üyesi ya da organizatör davet et
invite-intro = Davet edilen kişiye bağlantı içeren bir e-posta gider. Jüri üyeleri, davet edilen adresi kullanarak bir sağlayıcıyla da giriş yapabilir.
invite-submit = Daveti gönder
invite-sent = Davet yola çıktı.

tokens-heading = API tokenleri
tokens-list-heading = Tokenleriniz
tokens-none = Henüz hiç tokeniniz yok.
tokens-prefix = Başlangıcı
tokens-scopes = İzinler
tokens-created = Oluşturulma
tokens-last-used = Son kullanım
tokens-actions = İşlemler
token-create-heading = Token oluştur
token-create-intro = Tanıyacağınız bir ad verin ve yalnızca ihtiyaç duyduğu izinleri seçin.
token-create-submit = Tokeni oluştur
token-created = Yeni tokeniniz:
token-shown-once = Hemen kopyalayın: yalnızca bu kez gösterilir. Ona sahip olan herkes, izinleri dahilinde sizin adınıza işlem yapabilir.
token-never-used = Hiç
token-revoke = İptal et
token-revoked = Token iptal edildi.
token-revoked-label = İptal edildi
scope-events-read = Etkinlikleri ve projeleri görüntüleme
scope-judging-read = Değerlendirmeyi okuma: jüri, ilerleme, kısa liste, favoriler ve ödül adayları
scope-judging-write = Değerlendirmeyi yürütme: jüri aktarma, atama, ödüle karar verme, aşamayı değiştirme
scope-personal-data-read = Kişisel veriler: herkese açık adların ötesindeki e-posta adresleri ve diğer bilgiler (her zaman alanın kendi izniyle birlikte)
scope-exports-read = Dışa aktarımları indirme
scope-livestream-read = Canlı yayın verilerini görüntüleme
error-token-name-required = Lütfen tokene bir ad verin.
error-token-name-too-long = Token adı en fazla 100 karakter olabilir.
error-token-scope-required = Lütfen en az bir izin seçin.

failed-emails-heading = Gönderilemeyen e-postalar
failed-emails-intro = Bu e-postalar tüm yeniden denemelere rağmen gönderilemedi. Kimse fark edilmeden e-postasız kalmasın diye, nedenleriyle birlikte burada listelenmeye devam eder.
failed-emails-none = Tüm e-postalar gönderildi.
failed-emails-created = Kuyruğa alınma
failed-emails-attempts = Deneme sayısı
failed-emails-error = Son hata

judge-no-assignments = Size atanan projeler, değerlendirme başladığında burada görünecek.

mailbox-heading = Geliştirme posta kutusu
mailbox-intro = Gönderilmek yerine { $folder } klasörüne yazılan e-postalar. Yalnızca geliştirme makinelerinde.
mailbox-empty = Henüz e-posta yok.
mailbox-to = Alıcı
mailbox-subject = Konu
event-phase-heading = Etkinlik aşaması
console-event-text = Etkinliğin nerede olduğu ve bir sonraki aşamaya geçirilmesi.
event-phase-current = şu anda “{ $phase }” aşamasında.
event-phase-allows = Bu aşamada yapılabilenler:
event-phase-name = Aşama
event-phase-planned = Planlanan başlangıç
event-phase-forward = “{ $phase }” aşamasına geç
event-phase-back-heading = Geri al
event-phase-back-intro = Yalnızca bir hatayı geri almak ya da bir adımı yeniden açmak için: jüri, üreticiler ve ziyaretçiler değişikliği hemen görür. Nedenini yazın; denetim kaydında saklanır.
event-phase-back-to = Dönülecek aşama
event-phase-back-reason = Neden
event-phase-back-confirm = Evet, etkinliği önceki bir aşamaya al.
event-phase-back-submit = Geri al
event-phase-moved = Etkinlik yeni aşamasında.
event-phase-none = Henüz bir etkinlik yok.
error-phase-same = Etkinlik zaten bu aşamada.
error-phase-skip = Etkinlikler her seferinde bir aşama ilerler.
error-phase-confirm = Lütfen etkinliğin geri alınacağını onaylayın.
error-phase-reason-required = Lütfen etkinliği geri alma nedenini yazın.
error-phase-reason-too-long = Neden en fazla 500 karakter olabilir.

# The organizer API and judge-cli
error-invalid-input = Gönderilenlerin bir kısmı geçerli değil: her alanın iletisine bakın.
judge-import-unreadable = Dosya başlık satırı olan bir CSV olarak okunamadı.
judge-import-missing-columns = Başlık satırı “email” ve “capacities” sütunlarını içermelidir.
judge-import-unknown-column = Başlık satırında içe aktarmanın tanımadığı bir sütun var (tanıdıkları: email, capacities, language, name ve note).
judge-import-too-many-rows = Dosyada çok fazla satır var: bir seferde en fazla 2.000 jüri üyesi.
judge-import-empty = Dosyada hiç jüri üyesi yok.
judge-import-capacity = Görevler volunteer, vip ve award_panel değerlerinden bir veya birkaçıdır, “;” ile ayrılır.
judge-import-duplicate = Bu e-posta adresi daha önceki bir satırda zaten var.
judge-import-language = Dil en, es, fr, tr, hi, ar ve ja değerlerinden biri olmalıdır.
judge-import-not-current = Jüri üyeleri yalnızca güncel etkinliğe aktarılabilir: bir daveti kabul etmek kişiyi güncel etkinliğin jüri üyesi yapar.
error-phase-last = Etkinlik zaten son aşamasında.
error-phase-unknown = Bu bir aşama değil: upcoming, submissions_open, moderation, shortlisting, favourites, announced veya archived kullanın.
error-api-category-unknown = “{ $parameter }” bu etkinliğin bir kategorisi değil.
error-api-category-unknown-list = Etkinliğin bir veya birkaç kategorisini tanımlayıcısıyla belirtin (örneğin games).
error-api-adjust-action = İşlem include, exclude veya clear olmalıdır.
error-api-format = “{ $parameter }” csv, xlsx, jsonl veya json olmalıdır.
error-api-export-unknown = Böyle bir dışa aktarma yok: dışa aktarmalar projects, creators, consents, scores, favourites, shortlist, awards, run-of-show.

## Exports
console-exports-text = Projeleri, katılımcıları, onayları, puanları ve sonuçları indirin.
exports-heading = Dışa aktarımlar
exports-intro = { $event } verileri, indirilirken veritabanından okunur. Her indirme denetim kaydına yazılır.
exports-what = Dışa aktarım
exports-contains = İçeriği
exports-personal = Kişisel veri: neden gerektiğini belirtin.
exports-download-heading = Dışa aktarım indir
exports-download = İndir
field-export-kind = Ne dışa aktarılsın
field-export-format = Biçim
field-export-purpose = Amaç
export-purpose-hint = Kişisel veri içeren dışa aktarımlar (katılımcılar) için gerekir. Denetim kaydında saklanır.
export-format-csv = CSV (elektronik tablolar)
export-format-xlsx = Excel çalışma kitabı (XLSX)
export-format-jsonl = JSON satırları
export-format-json = JSON
export-projects = Projeler
export-projects-text = Her proje, durumu ve her soru için bir sütunla; ekip görünen adlarıyla.
export-creators = Katılımcılar
export-creators-text = Bir projedeki her katılımcı: tam ad, doğum ayı, ülke, cinsiyet, hesabın e-postası ve onaylar.
export-consents = Onay durumu
export-consents-text = Her katılımcının kapsam başına yanıtı (yayın, fotoğraflar, iletişim), ne zaman ve kim tarafından (veli veya yetişkin) verildiği ve son istek.
export-scores = Puanlar
export-scores-text = Gönüllü jürilerin verdiği her puan, ölçüt ölçüt, özel yorumlarıyla.
export-favourites = VIP favorileri
export-favourites-text = Her VIP jürinin sırayla seçtikleri ve alıntıları.
export-shortlist = Kısa liste
export-shortlist-text = Kategori başına sıralama: normalleştirilmiş puanlar, eşitlikler ve düzenleyici ayarlamaları.
export-awards = Ödüller
export-awards-text = Verilen ödüller: proje, ekibi ve gerekçe metni.
export-run-of-show = Yayın akışı
export-run-of-show-text = Canlı yayının bölümleri düz tablo olarak: istatistikler, her VIP jürinin seçimleri, ödüller (yalnızca herkese açık alanlar).
export-purpose-prizes = Ödül veya sertifika göndermek
export-purpose-safeguarding = Bir çocuk koruma endişesi
export-purpose-data-request = Bir ailenin verilerini talep etmesi
export-purpose-eligibility = Uygunluğu denetlemek (yaş, ekip, ülke)
export-purpose-legal = Yasal zorunluluk
error-export-purpose-required = Bu kişisel verilere neden ihtiyacınız olduğunu seçin.
error-export-purpose-unknown = Bu amaç listede yok (prizes, safeguarding, data-request, eligibility, legal).
error-export-kind = Neyin dışa aktarılacağını seçin.
error-export-format = Bir biçim seçin.

## The audit log
console-audit-text = Her yetkili işlem: kim, ne, ne zaman.
audit-heading = Denetim kaydı
audit-intro = Her yetkili işlem, en yeniden eskiye. Kayıtlar asla değiştirilmez veya silinmez. Saatler ve günler { $timezone } saat dilimindedir.
audit-search-heading = Ara
audit-search = Ara
audit-clear = Tümünü göster
audit-entries-heading = Kayıtlar
audit-at = Ne zaman
audit-actor = Kim
audit-via = Nereden
audit-action = İşlem
audit-target = Hedef
audit-summary = Özet
audit-request = İstek
audit-older = Daha eski kayıtlar
audit-none = Eşleşen kayıt yok.
audit-download-heading = Bu kayıtları indir
audit-download = İndir
audit-any-action = Her işlem
audit-area = { $area } (tümü)
audit-actor-gone = Hesap silindi
audit-role-creator = katılımcı
audit-role-adult = yetişkin
audit-role-guardian = veli
audit-role-judge = jüri
audit-role-organizer = düzenleyici
audit-role-visitor = ziyaretçi
audit-role-system = platform
audit-via-web = web
audit-via-api = API
audit-via-api-token = API tokeni
audit-via-worker = arka plan işi
audit-via-seed = demo verisi
audit-via-cli = komut satırı
field-audit-actor = Kim
field-audit-actor-hint = Bir e-posta adresi veya hesap kimliği.
field-audit-action = İşlem
field-audit-target = Hedef (kimlik)
field-audit-target-hint = Bir proje, hesap, etkinlik, token… kimliği
field-audit-from = Başlangıç (gün)
field-audit-to = Bitiş (gün)
error-audit-action = Bir işlem alan.fiil biçimindedir (moderation.decide) ya da yalnızca alan (moderation).
error-audit-actor = Bir e-posta adresi veya hesap kimliği girin.
error-audit-target = Kimlik 3f0c1e2a-… gibidir: 36 karakter.
error-audit-date = Günü YYYY-AA-GG biçiminde girin.
error-audit-range = Bitiş günü başlangıçtan önce.

## Statistics
console-stats-text = Katılımcılar, ülkeler, kızlar, kategoriler, galeriye giden yol, jüri.
stats-heading = İstatistikler
stats-intro = { $event }, şu an sayıldı. Gönderilmiş projeler ve ekipleri sayılır.
stats-creators = Katılımcılar
stats-projects = Projeler
stats-countries = Ülkeler
stats-girls = Kızlar
stats-gender-unknown-share = Cinsiyeti bilinmeyen
stats-group = Grup
stats-share = Oran
stats-percent = %{ $value }
stats-gender-heading = Cinsiyet (katılımcıların kendi ifadesiyle)
stats-gender-girls = Kızlar
stats-gender-boys = Erkekler
stats-gender-non-binary = İkili olmayan
stats-gender-self-described = Kendi tanımı
stats-gender-prefer-not-to-say = Belirtmek istemiyor
stats-gender-unknown = Bilinmiyor (belirtilmemiş)
stats-ages-heading = Yaş grupları (referans tarihinde)
stats-categories-heading = Kategoriye göre projeler
stats-category = Kategori
stats-languages-heading = Dile göre projeler
stats-language = Dil
stats-language-none = Belirtilmemiş
stats-countries-heading = Ülkeye göre katılımcılar
stats-country = Ülke
stats-days-heading = Günlük gönderimler
stats-day = Gün
stats-submissions = Gönderimler
stats-funnel-heading = Taslaktan galeriye
stats-stage = Aşama
stats-funnel-drafts = Taslaklar
stats-funnel-submitted = Gönderildi
stats-funnel-awaiting-consent = Veli onayı bekleniyor
stats-funnel-awaiting-moderation = Moderasyon bekleniyor
stats-funnel-changes-requested = Değişiklik istendi
stats-funnel-rejected = Reddedildi
stats-funnel-approved = Onaylandı
stats-funnel-published = Galeride
stats-funnel-withdrawn = Geri çekildi
stats-judging-heading = Jüri değerlendirmesi
stats-measure = Ölçü
stats-count = Sayı
stats-judging-volunteers = Gönüllü jüriler
stats-judging-published = Galerideki projeler
stats-judging-scored-twice = İki jürinin puanladığı projeler
stats-judging-assignments = Atamalar
stats-judging-scores = Verilen puanlar

## Event settings
settings-heading = Etkinlik ayarları
console-settings-text = Etkinliğin adı, tarihleri, kuralları, dilleri ve kategorileri.
settings-timezone = Saatler { $timezone } saat diliminde
settings-general = Etkinlik
settings-name = Ad
settings-dates = Aşama tarihleri
settings-dates-hint = Her tarih ve saat etkinliğin saat dilimindedir ({ $timezone }). Aşamalar bir organizatör ilerlettiğinde ilerler; bunlar herkese gösterilen tarihlerdir.
settings-phase-starts = { $phase } başlangıcı
settings-rules = Kurallar
settings-consent-age = Onay yaşı
settings-consent-age-hint = Bu yaştan küçük katılımcılar hakkında bir şey yayımlanmadan önce ebeveyn veya vasi onayı gerekir.
settings-team-size = En büyük takım
settings-team-size-hint = Bir projede en fazla kaç katılımcı olabileceği (1 ile 10 arası).
settings-languages = Proje dilleri
settings-languages-hint = Projelerin yazılabileceği diller. Projelerin yazıldığı bir dil kaldırılamaz.
settings-language-projects = { $count ->
    [one] 1 proje
   *[other] { $count } proje
}
settings-save = Ayarları kaydet
settings-saved = Etkinlik ayarları kaydedildi.
settings-unchanged = Hiçbir şey değişmemişti, bu yüzden kaydedilmedi.
settings-categories = Kategoriler
settings-categories-hint = Galeride ve proje formunda bu sırayla gösterilir. Boş bırakılan ad, standart bir kategori için sitenin kendi çevirisini, yoksa İngilizce adı kullanır.
settings-category-projects = { $count ->
    [0] proje yok
    [one] 1 proje
   *[other] { $count } proje
}
settings-category-up = Yukarı taşı
settings-category-up-label = { $name } kategorisini yukarı taşı
settings-category-down = Aşağı taşı
settings-category-down-label = { $name } kategorisini aşağı taşı
settings-category-remove = Kaldır
settings-category-remove-label = { $name } kategorisini kaldır
settings-category-rename = { $name } adları ve açıklamaları
settings-category-language = Dil
settings-category-name = Ad
settings-category-description = Tek satırlık açıklama
settings-category-save = Adları kaydet
settings-category-saved = Kategoriler kaydedildi.
settings-category-add = Kategori ekle
settings-category-slug = Tanımlayıcı
settings-category-slug-hint = Bağlantılarda kullanılır: robotik gibi 2–40 küçük harf, rakam ve tire. Sonradan değiştirilemez.
settings-category-add-submit = Kategoriyi ekle
judging-settings-elsewhere = Kısa liste boyutu ({ $shortlist }) ve VIP jüri başına favori sayısı ({ $favourites }) etkinlik ayarlarından değiştirilir:
settings-refused-consent-age = Geçerli onay yaşıyla zaten { $count } proje gönderildi, bu yüzden değiştirilemez: kimin vasi onayına ihtiyaç duyduğuna karar verildi.
settings-refused-team-size = Bir takımda zaten { $count } katılımcı var; sınır bundan düşük olamaz.
settings-refused-language = { $language } dilinde { $count } proje yazıldı, bu yüzden bu dil sunulmaya devam etmeli.
settings-refused-favourites = Bir VIP jüri bir kategoride zaten { $count } favori seçti; sayı bundan düşük olamaz.
settings-refused-shortlist = VIP jüriler kısa listeden seçim yapıyor, bu yüzden boyutu şimdi değiştirilemez.
settings-refused-deadline = Gönderimler açık, bu yüzden son tarih geçmişe alınamaz: bunun yerine etkinliği aşama sayfasından moderasyona geçirin.
error-date-invalid = 2027-03-31 17:00 gibi bir tarih ve saat girin.
error-date-skipped = Etkinliğin saat diliminde saatler bu anı atlıyor; başka bir saat seçin.
error-date-order = Bu tarih bir öncekinden sonra gelmeli.
error-languages-required = En az bir dil sunun.
error-category-slug = 2–40 küçük harf, rakam ve tek tire kullanın.
error-category-name-required = Yeni bir kategorinin İngilizce adı olmalı.
error-category-exists = Etkinlikte bu tanımlayıcıya sahip bir kategori zaten var.
error-category-too-many = Bir etkinlikte en fazla 20 kategori olabilir.
error-category-has-projects = Bu kategoride projeler var, bu yüzden kalıyor: adını değiştirin.
error-category-has-judges = VIP jüriler bu kategoride favori seçiyor, bu yüzden kalıyor.
error-category-last = Etkinliğin en az bir kategorisi olmalı.

## Certificates
certificates-heading = Sertifikalar
console-certificates-text = Katılım, favori ve ödül sertifikaları PDF olarak, tek tek ya da hepsi bir zip içinde.
certificates-mine-intro = Galerideki bir projenin her üreticisi katılım sertifikası alır; favoriler ve ödüller sonuçlar açıklanınca kendi sertifikalarını alır.
certificates-col-name = Üretici
certificates-col-project = Proje
certificates-col-kind = Sertifika
certificates-col-download = İndir
certificates-col-count = Sertifika sayısı
certificates-col-requested = İstenme
certificates-col-status = Durum
certificates-col-progress = İlerleme
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = Henüz sertifika yok: bir proje galeride yer aldığında gelir.
certificates-organizer-intro = her üreticinin sertifikaları kendi dilindedir.
certificates-bulk = Tüm sertifikaları tek bir zip olarak oluştur
certificates-bulk-queued = Zip oluşturuluyor; bu sayfa ilerlemesini gösterir.
certificates-list-hint = Her sertifikanın indirme bağlantısıyla listesi bir dışa aktarmadır:
certificates-event-none = Galeride henüz proje yok, bu yüzden sertifika da yok.
certificates-batches = Zip dosyaları
certificates-batch-queued = Bekliyor
certificates-batch-running = Oluşturuluyor
certificates-batch-done = Hazır
certificates-batch-failed = Başarısız
certificates-batch-removed = Kaldırıldı (bir üreticinin verileri silindi)
certificates-batch-progress = { $total } içinden { $done }
certificates-batch-size = { $megabytes } MB
certificate-participation-heading = Katılım Sertifikası
certificate-participation-body = aşağıdaki projeyle katıldığı için
certificate-favourite-heading = VIP jüri favorisi
certificate-favourite-body = projesi bir VIP jüri tarafından favori seçilen
certificate-award-heading = Ödül Sertifikası
certificate-award-body = projesiyle şu ödülü alan
certificate-category = Kategori: { $category }
certificate-presented-to = Bu sertifika şu kişiye verilmiştir
certificate-signature = Organizasyon ekibi
export-certificates = Sertifikalar
export-certificates-text = Tüm sertifikalar: kime, hangi dilde, indirme bağlantısıyla.

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] İncelenmeyi bekleyen proje yok.
        [one] Bir proje incelenmeyi bekliyor.
       *[other] { $count } proje incelenmeyi bekliyor.
    }
console-consents-pending =
    { $count ->
        [0] Velisinin onayını bekleyen üretici yok.
        [one] Bir üretici velisinin onayını bekliyor.
       *[other] { $count } üretici velisinin onayını bekliyor.
    }
moderation-status = Durum
moderation-status-review = İncelenecek
moderation-status-all = Tümü
moderation-status-pending = Henüz karar verilmedi
moderation-any-category = Tüm kategoriler
moderation-showing = { $total } projeden { $from }–{ $to }
moderation-none-to-review = İncelenmeyi bekleyen proje yok.
moderation-past-end =
    Bu sayfa listenin sonundan sonra geliyor (liste { $pages ->
        [one] bir sayfa
       *[other] { $pages } sayfa
    }).
moderation-first-page = İlk sayfaya git
moderation-select-project = “{ $title }” projesini seç
moderation-select-all =
    { $count ->
        [one] Bu sayfadaki projeyi seç
       *[other] Bu sayfadaki { $count } projenin tümünü seç
    }
moderation-select-none = Seçimi temizle
moderation-bulk-none = Hiç proje seçilmedi. Onaylanacak projeleri işaretleyin, sonra düğmeye yeniden basın.
moderation-waits-short = Velinin onayı geldiğinde onaylanabilir.
moderation-invalid-parameter = Bu moderasyon bağlantısında “{ $parameter }” için geçersiz bir değer var. Listeyi konsoldan yeniden açın.
