# Guardian consent, moderation, publication.

project-status-awaiting-consent = Ebeveyn ya da vasi onayı bekleniyor
project-status-in-review = İnceleniyor
project-status-needs-changes = Değişiklik gerekiyor
project-status-rejected = Kabul edilmedi
project-status-published = Yayımlandı
project-moderator-says = Moderatörler şunu yazdı:
project-consent-heading = Ebeveyn ya da vasi onayı
project-consent-intro = Projenin yayımlanabilmesi için 18 yaşından küçük her üreticinin ebeveyninin ya da vasisinin onay vermesi gerekir.
project-consent-guardian-email = Ebeveyninizin ya da vasinizin e-posta adresi
project-consent-send = Onay iste
project-consent-answer = Bu üretici için onay ver

consent-state-granted = onay verildi
consent-state-pending = yanıt bekleniyor
consent-state-missing = henüz istenmedi
consent-state-not-needed = onay gerekmiyor
consent-state-declined = veli onay vermedi
consent-state-withdrawn = veli onayı geri çekti
consent-email-invalid = Lütfen ebeveyniniz ya da vasiniz için geçerli bir e-posta adresi girin.
consent-email-own = Lütfen kendi adresinizi değil, ebeveyninizin ya da vasinizin e-posta adresini girin.
consent-resend-wait = İsteği birkaç dakika önce gönderdik. Lütfen yeniden göndermeden önce biraz bekleyin.
consent-requested = Ebeveyninize ya da vasinize e-posta gönderdik.
consent-recorded = Teşekkürler: yanıtınız kaydedildi.
consent-declined = Yanıtınız kaydedildi: proje yayımlanmayacak.

consent-heading = Gençlik Vitrini için onayınız
consent-intro = { $name }, gençler için düzenlenen çevrimiçi bir vitrinde bir kodlama projesi göstermek istiyor. Tam olarak nelerin herkese açık olacağını aşağıda görebilirsiniz.
consent-public-heading = Herkese açık olacak bilgiler
consent-public-name = Gösterilecek ad
consent-public-age-group = Yaş grubu
consent-private-heading = Gizli kalacak bilgiler
consent-private-text = Soyadı, e-posta adresi, doğum tarihi, okul ve sizin bilgileriniz hiçbir zaman herkese açık olarak gösterilmez ve başkalarıyla paylaşılmaz.
consent-choices = Lütfen seçiminizi yapın
consent-scope-publish = Proje yukarıdaki bilgilerle yayımlanabilir
consent-scope-photos = Bir kişinin göründüğü görseller de gösterilebilir
consent-scope-contact = Organizatörler etkinlikle ilgili olarak bizimle iletişime geçebilir
consent-wording-label = Metin sürümü
consent-agree = İşaretlediklerimi onaylıyorum
consent-decline = Onay vermiyorum
consent-decline-hint = Bunların hiçbirini onaylamıyorsanız “Onay vermiyorum”u seçin: projeyle ilgili hiçbir şey yayımlanmaz.
consent-choose-answer = Lütfen iki düğmeden biriyle yanıt verin: “İşaretlediklerimi onaylıyorum” ya da “Onay vermiyorum”.
consent-nothing-ticked = Lütfen onayladıklarınızı işaretleyin. Hiçbirini onaylamıyorsanız “Onay vermiyorum”u seçin.
consent-photos-need-publish = Görseller yalnızca projenin sayfasında gösterilir: göstermek için “Proje yukarıdaki bilgilerle yayımlanabilir” seçeneğini de işaretleyin ya da görsellerin işaretini kaldırın.
consent-thanks-heading = Teşekkür ederiz
consent-thanks-text = Yanıtınız kaydedildi. Size bir teyit e-postası gönderdik; içindeki bağlantıyla onayınızı istediğiniz zaman geri çekebilirsiniz.
consent-declined-heading = Yanıtınız kaydedildi
consent-declined-text = Proje yayımlanmayacak. Yanıt verdiğiniz için teşekkür ederiz.
consent-withdraw-heading = Onayınızı geri çekin
consent-withdraw-intro = Onayınızı geri çekerseniz proje herkese açık tüm sayfalardan hemen kaldırılır; takım ve organizatörler de bilgilendirilir.
consent-withdraw-submit = Onayımı geri çek
consent-withdrawn-heading = Onayınız geri çekildi
consent-withdrawn-text = Proje artık herkese açık hiçbir yerde gösterilmiyor.
consent-receipt-heading = Zaten yanıt verdiniz
consent-receipt-intro = Bu bağlantı zaten kullanıldı, bu yüzden artık hiçbir şeyi değiştiremez. Bu bağlantıyla kaydedilen yanıt aşağıdadır.
consent-receipt-answered-at = Yanıt tarihi
consent-receipt-withdrawn-at = Geri çekildiği tarih
consent-receipt-change = Onay verdiyseniz, size gönderdiğimiz teyit e-postasındaki bağlantıyla onayınızı istediğiniz zaman geri çekebilirsiniz. Farklı bir yanıt vermek için gençten size yeni bir istek göndermesini isteyin.
consent-answer-granted = Evet
consent-answer-declined = Hayır
consent-answer-withdrawn = Evet, sonra geri çekildi
consent-link-used-text = Her onay bağlantısı yalnızca bir kez çalışır.
consent-link-expired-text = Onay bağlantıları yalnızca sınırlı bir süre çalışır. Hâlâ yanıt vermek istiyorsanız gençten size yeni bir istek göndermesini isteyin.
consent-link-invalid-text = Bağlantı geçerli değil. Lütfen e-postadan bağlantının tamamını kopyaladığınızı kontrol edin.

age-bracket-up-to-10 = 10 yaş ve altı
age-bracket-11-13 = 11-13 yaş
age-bracket-14-16 = 14-16 yaş
age-bracket-17-18 = 17-18 yaş

moderation-heading = Moderasyon
moderation-filter = Filtrele
moderation-select = Seç
moderation-consent = Onay
moderation-consents = { $given } / { $needed }
moderation-state = İnceleme
moderation-state-pending = İncelenecek
moderation-state-approved = Onaylandı
moderation-state-rejected = Kabul edilmedi
moderation-state-changes-requested = Değişiklik istendi
moderation-bulk-approve = Seçilen projeleri onayla
moderation-empty = Eşleşen gönderilmiş proje yok.
moderation-decide = Karar
moderation-reason = Gerekçe (takım için)
moderation-reason-hint = Değişiklik istediğinizde ya da projeyi kabul etmediğinizde gereklidir. Takım bunu e-postayla alır.
moderation-approve = Onayla
moderation-request-changes = Değişiklik iste
moderation-reject = Kabul etme
moderation-saved = Karar kaydedildi ve takıma haber verildi.
moderation-reason-required = Lütfen takım için bir gerekçe yazın.
moderation-reason-too-long = Gerekçe en fazla 1.000 karakter olabilir.
moderation-decision-approved = onaylandı
moderation-decision-rejected = kabul edilmedi
moderation-decision-changes-requested = birkaç değişiklik yapılması gerekiyor
console-moderation-text = Gönderilen projeleri inceleyin.
console-published-text = Yayımlanan projeler ve yayımlanmalarına izin veren onaylar.
published-heading = Yayımlanan projeler
published-intro = Yayımlanan her proje, yayımlanmasına izin veren onay kayıtlarıyla birlikte.
published-none = Henüz yayımlanan bir şey yok.
published-creator = Üretici
published-scope = Onay
published-given-by = Onay veren
published-given-at = Tarih
published-wording = Metin sürümü

email-consent-request-subject = { $name } adlı gencin projesi için onayınız
email-consent-reminder-subject = Hatırlatma: { $name } adlı gencin projesi için onayınız
email-consent-request-text = { $name }, genç kodlamacılara yönelik çevrimiçi bir vitrine “{ $title }” adlı projeyle katıldı ve projenin yayımlanması için sizden onay istedi.
email-consent-request-action = Lütfen tam olarak nelerin herkese açık olacağına bakın ve seçiminizi bize bildirin:
email-consent-request-button = Projeyi gör ve yanıtla
email-consent-request-expires =
    { $days ->
        [one] Bağlantı yalnızca bir kez ve bir gün boyunca çalışır.
       *[other] Bağlantı yalnızca bir kez ve { $days } gün boyunca çalışır.
    }
email-consent-request-ignore = Bu genci tanımıyorsanız bu e-postayı yok sayabilirsiniz.
email-consent-confirmation-subject = { $name } için onayınız kaydedildi
email-consent-confirmation-text = Teşekkür ederiz. { $name } ve “{ $title }” projesi için onayınız kaydedildi.
email-consent-confirmation-withdraw = Onayınızı bu bağlantıyla istediğiniz zaman geri çekebilirsiniz; proje o anda herkese açık tüm sayfalardan kaldırılır:
email-consent-withdrawn-subject = Onay geri çekildi: “{ $title }”
email-consent-withdrawn-text = Bir ebeveyn ya da vasi, { $creator } için verdiği onayı geri çekti. “{ $title }” projesi artık herkese açık değil.
email-moderation-subject = “{ $title }” projenizle ilgili haberler
email-moderation-text = Moderatörler “{ $title }” projenizi inceledi: { $decision }.
email-moderation-reason = Moderatörlerin mesajı:
moderation-review-change = Yayımlanmış bir projede değişiklik
moderation-review-new = Yeni başvuru
moderation-waiting = Bekleyen
moderation-revision = Sürüm { $number }
moderation-changes-heading = Neler değişecek
moderation-changes-intro = Ziyaretçiler onaylanmış sürümü görür. Onaylamak bu değişiklikleri yayımlar; reddetmek onaylanmış sürümü yayında tutar.
moderation-change-what = Ne
moderation-change-public = Şu an yayında
moderation-change-new = Önerilen
moderation-no-changes = Karar bekleyen bir şey yok: ziyaretçiler bu sürümü görüyor.
moderation-content-heading = Karar verilecek sürüm
moderation-member-new = ekibe yeni katıldı
moderation-reject-change = Bu değişiklikleri reddet
moderation-change-image-added = Yeni görsel
moderation-change-image-removed = Kaldırılan görsel
moderation-change-image-changed = Görsel açıklaması
moderation-change-member-added = Yeni ekip üyesi
moderation-change-member-removed = Ekipten ayrıldı
moderation-consent-by-guardian =
    { $domain } alan adındaki bir adresten verildi; bu adres { $others ->
        [0] başka hiçbir üretici için yanıt vermedi
       *[other] { $others } başka üretici için de yanıt verdi
    }.
moderation-consent-by-adult =
    Bu profili yöneten yetişkin ({ $domain }) uygulamada verdi; bu kişi { $others ->
        [0] başka hiçbir üretici için yanıt vermedi
       *[other] { $others } başka üretici için de yanıt verdi
    }.
moderation-consent-for-revision = (gösterilen sürüm { $number })
moderation-revision-outdated = Siz incelerken ekip projeyi değiştirdi. Lütfen yeni sürümü inceleyin.
moderation-waits-for-consent = Bir ekip üyesinin henüz velisinin onayı yok. Şimdi onaylamak tüm projeyi yayından kaldırır: onay geldiğinde bu değişiklikleri onaylayın.
moderation-decision-change-rejected = eskisi gibi yayında: son değişiklikleriniz kabul edilmedi
moderation-decision-change-changes-requested = eskisi gibi yayında: son değişikliklerinizde önce birkaç düzeltme gerekiyor
revision-status-pending = karar bekliyor
revision-status-approved = onaylandı
revision-status-rejected = kabul edilmedi
revision-status-changes-requested = değişiklik istendi
revision-status-superseded = daha yeni bir sürümle değiştirildi
project-status-published-changes-in-review = Yayında · değişiklikler inceleniyor
project-status-published-changes-declined = Yayında · değişiklikler kabul edilmedi
consent-email-account = Bu adres buradaki bir hesaba ait. Lütfen annenden, babandan ya da velinden kendi e-posta adresini iste.
consent-submit-first = Önce projeni gönder: velin tam olarak neyin yayımlanacağını görecek.
