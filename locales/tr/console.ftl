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
