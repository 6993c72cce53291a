# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = Üretici
role-adult = Ebeveyn, vasi veya mentor
role-judge = Jüri üyesi
role-organizer = Organizatör

field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-first-name = Ad
field-surname = Soyadı
field-display-name = Görünen ad
field-your-name = Adınız
field-birth-year = Doğum yılı
field-birth-month = Doğum ayı
field-country = Ülke
field-gender = Cinsiyet (isteğe bağlı)
field-gender-description = Kendi ifadenizle cinsiyetiniz
field-language = Dil
field-role = Rol
field-token-name = Token adı

hint-password = En az 10 karakter. Hatırlayacağınız birkaç kelime iyi bir şifre olur.
hint-surname-private = Gizli tutulur: sitede asla gösterilmez.
hint-display-name-public = Projenizle birlikte gösterilir; örneğin adınız ya da bir takma ad.
hint-birth-private = Yalnızca yaş kurallarını kontrol etmek için kullanılır; asla gösterilmez.
hint-gender = İsteğe bağlı. Yalnızca etkinliğin çeşitlilik istatistikleri için, anonim olarak kullanılır.

gender-female = Kız ya da kadın
gender-male = Erkek çocuk ya da erkek
gender-non_binary = İkili olmayan (non-binary)
gender-self_described = Kendim tanımlamak istiyorum
gender-undisclosed = Belirtmek istemiyorum

error-email-required = Lütfen e-posta adresinizi girin.
error-email-invalid = Bu bir e-posta adresine benzemiyor (örneğin ad@example.org).
error-email-too-long = Bu e-posta adresi çok uzun.
error-password-too-short = Şifreniz en az 10 karakter olmalı.
error-password-too-long = Şifreniz en fazla 128 karakter olabilir.
error-password-common = Bu şifrenin tahmin edilmesi çok kolay. Yalnızca sizin için bir araya gelen birkaç kelime deneyin.
error-display-name-required = Lütfen gösterilecek bir ad girin.
error-display-name-too-long = Görünen ad en fazla 50 karakter olabilir.
error-name-required = Lütfen bir ad girin.
error-name-too-long = Ad en fazla 100 karakter olabilir.
error-text-control-characters = Lütfen bu metindeki görünmez özel karakterleri kaldırın.
error-birth-date-invalid = Lütfen geçerli bir doğum yılı ve ayı seçin.
error-age-too-young-to-register = 13 yaşından küçük üreticileri bir ebeveyn, vasi veya mentor kaydeder.
error-age-too-old-for-creator = Üreticiler en fazla 18 yaşında olmalıdır. Yetişkinler ebeveyn, vasi veya mentor olarak kaydolabilir.
error-country-invalid = Lütfen listeden bir ülke seçin.
error-gender-invalid = Lütfen seçeneklerden birini seçin.
error-gender-description-required = Lütfen cinsiyetinizi tanımlayın ya da başka bir seçenek seçin.
error-gender-description-too-long = Lütfen en fazla 50 karakter kullanın.
error-language-invalid = Lütfen listeden bir dil seçin.
error-role-invalid = Lütfen listeden bir rol seçin.
error-sign-in-failed = E-posta adresi ya da şifre doğru değil.

register-heading = Hesap oluştur
register-intro = Kimsiniz?
register-as-creator = 13 ile 18 yaş arasındayım ve projemi göstermek istiyorum
register-as-adult = Ebeveyn, vasi veya mentorum (13 yaşından küçük üreticileri kaydediyorum)
register-have-account = Zaten bir hesabım var
register-under-13 = 13 yaşından küçük müsünüz? Sizi bir ebeveyn, vasi veya mentor kaydeder.
register-creator-heading = Üretici olarak kaydol
register-creator-intro = 13-18 yaş arası üreticiler için. Herkese açık olarak yalnızca görünen adınız, ülkeniz ve yaş grubunuz gösterilir.
register-adult-heading = Ebeveyn, vasi veya mentor olarak kaydol
register-adult-intro = Ardından sorumluluğunuzdaki genç üreticileri ekleyebilirsiniz.
register-submit = Hesabımı oluştur

check-email-heading = Gelen kutunuzu kontrol edin
check-email-text = Bu adres kullanılabiliyorsa size bağlantı içeren bir e-posta gönderdik. Devam etmek için bağlantıyı açın.
check-email-spam = Birkaç dakika sonra hâlâ bir şey gelmedi mi? İstenmeyen (spam) klasörünüze bakın.

verify-heading = E-posta adresinizi onaylayın
verify-intro = Bunun sizin adresiniz olduğunu onaylamak için düğmeye basın.
verify-submit = Adresimi onayla
verify-done = E-posta adresiniz onaylandı. Hoş geldiniz!
verify-first-heading = Lütfen önce e-posta adresinizi onaylayın
verify-first-text = Size yeni bir bağlantı gönderdik. Bağlantıyı açın, ardından yeniden giriş yapın.

sign-in-heading = Giriş yap
sign-in-submit = Giriş yap
sign-in-with = { $provider } ile giriş yap

forgot-heading = Şifrenizi mi unuttunuz?
forgot-intro = E-posta adresinizi girin; yeni bir şifre seçmeniz için size bir bağlantı gönderelim.
forgot-submit = Bana bağlantı gönder
forgot-sent = Bu adresi kullanan bir hesap varsa, yeni bir şifre seçmek için o adrese bir bağlantı gönderdik.
reset-heading = Yeni bir şifre seçin
reset-submit = Yeni şifremi kaydet
reset-done = Yeni şifreniz kaydedildi. Giriş yaptınız.

link-heading = Bana e-postayla giriş bağlantısı gönder
link-intro = Jüri üyeleri ve organizatörler için: sizi bir kez giriş yaptıran bir bağlantı gönderiyoruz.
link-submit = Bana giriş bağlantısı gönder
link-sent = Bu adres bir jüri üyesine ya da organizatöre aitse, o adrese bir giriş bağlantısı gönderdik.
link-confirm-heading = Vitrine giriş yap

token-invalid-heading = Bu bağlantı çalışmıyor
token-invalid-text = Bağlantı geçerli değil. Tamamını kopyaladığınızdan emin olun ya da yeni bir bağlantı isteyin.
token-used-heading = Bu bağlantı zaten kullanılmış
token-used-text = Her bağlantı yalnızca bir kez çalışır. Hâlâ giriş yapmanız gerekiyorsa yeni bir bağlantı isteyin.
token-expired-heading = Bu bağlantının süresi doldu
token-expired-text = Bağlantılar yalnızca sınırlı bir süre çalışır. Lütfen yeni bir bağlantı isteyin.

oauth-failed-heading = Giriş yapılamadı
oauth-declined-text = Giriş, sağlayıcı tarafında iptal edildi.
oauth-expired-text = Bu giriş denemesinin süresi doldu ya da deneme zaten kullanıldı. Lütfen yeniden başlayın.
oauth-failed-text = Hesabınızı sağlayıcı üzerinden doğrulayamadık. Lütfen yeniden deneyin ya da e-postayla gönderilen bir giriş bağlantısı kullanın.
oauth-unknown-heading = Bu hesap için davet yok
oauth-unknown-text = { $email } adresi jüri üyesi ya da organizatör olarak davet edilmedi. Organizatörlerden bu adresi davet etmelerini isteyin.

invitation-heading = Davet edildiniz
invitation-intro = { $role } olarak davet edildiniz ({ $email }). Bu adresi kullanarak bir sağlayıcıyla giriş yapın ya da daveti burada kabul edin.
invitation-accept = Daveti kabul et
invitation-accepted = Hoş geldiniz! Davetiniz kabul edildi.

account-heading = Hesabım
account-intro = { $email } olarak giriş yaptınız. Roller: { $roles }.
account-save = Kaydet
account-saved = Değişiklikleriniz kaydedildi.

children-heading = Sorumlu olduğum genç üreticiler
children-intro = 13 yaşından küçük üreticilerin kendi girişleri yoktur: onları buraya siz ekler ve onlar adına işlem yaparsınız.
children-none = Henüz kimseyi eklemediniz.
children-age = Yaş
children-add-heading = Genç üretici ekle
children-add-intro = Herkese açık olarak yalnızca görünen ad, ülke ve yaş grubu gösterilir.
children-add-submit = Ekle
children-added = Genç üretici eklendi.

email-greeting = Merhaba { $name },
email-footer = Bu e-postayı, Gençlik Vitrini'ndeki bir hesap nedeniyle alıyorsunuz.
email-ignore = Bunu siz istemediyseniz bu e-postayı yok sayabilirsiniz.
email-link-fallback = Düğme çalışmazsa bu adresi tarayıcınıza kopyalayın:
email-link-expires =
    { $minutes ->
        [one] Bağlantı yalnızca bir kez ve bir dakika boyunca çalışır.
       *[other] Bağlantı yalnızca bir kez ve { $minutes } dakika boyunca çalışır.
    }
email-verify-email-subject = E-posta adresinizi onaylayın
email-verify-email-text = Hesabınızı oluşturmayı tamamlamak için lütfen e-posta adresinizi onaylayın.
email-verify-email-button = Adresimi onayla
email-reset-password-subject = Yeni bir şifre seçin
email-reset-password-text = Birisi hesabınızın şifresini sıfırlamak istedi. Yeni bir şifre seçmek için bu bağlantıyı kullanın.
email-reset-password-button = Yeni bir şifre seç
email-sign-in-link-subject = Giriş bağlantınız
email-sign-in-link-text = Vitrine giriş yapmak için bu bağlantıyı kullanın.
email-sign-in-link-button = Giriş yap
email-already-registered-subject = Birisi adresinizle kaydolmaya çalıştı
email-already-registered-text = Birisi e-posta adresinizle bir hesap oluşturmaya çalıştı, ancak zaten bir hesabınız var. Bu sizseniz giriş yapın ya da buradan yeni bir şifre seçin:
email-invitation-subject = { $role } olarak davet edildiniz
email-invitation-text = Gençlik Vitrini organizatörleri sizi { $role } olarak katılmaya davet ediyor.
email-invitation-button = Daveti kabul et
email-invitation-expires =
    { $days ->
        [one] Davet bir gün geçerlidir.
       *[other] Davet { $days } gün geçerlidir.
    }
error-sign-in-account-limit = Bu hesap için çok fazla yanlış parola girildi. Lütfen bir süre bekleyip yeniden deneyin ya da “Parolanızı mı unuttunuz?” ile yeni bir parola seçin.
signed-out-everywhere = Tüm cihazlarda oturumunuz kapatıldı.
token-revoked-heading = Bu bağlantı artık çalışmıyor
token-revoked-text = Bu bağlantı gönderildikten sonra hesabın parolası değiştirildi, bu yüzden bağlantı artık çalışmıyor. Hâlâ gerekiyorsa yenisini isteyin.
account-sign-out-everywhere = Tüm cihazlarda oturumu kapat
account-sign-out-everywhere-hint = Bu hesabın bu cihazdaki ve diğer tüm cihazlardaki oturumlarını kapatır (örneğin oturumu kapatmayı unuttuğunuz ortak bir bilgisayar).

## Data rights
account-download-data = Verilerimi indir
account-download-data-hint = Sizin ve yönettiğiniz çocuk profilleri hakkında tuttuğumuz her şey, bir JSON dosyası olarak.
account-delete-link = Hesabımı sil
children-actions = İşlemler
children-delete = { $name } profilini sil
erase-confirm = Bunun geri alınamayacağını anlıyorum.
error-erase-confirm = Onaylamak için kutuyu işaretleyin.
erase-keep = Hesabımı koru
erase-account-heading = Hesabınızı silin
erase-account-intro = Bu işlem hesabınızı, yönettiğiniz her çocuk profilini, onların onaylarını ve yalnızca size ait her projeyi görselleriyle birlikte siler. Ekip projeleri diğer üyeler için sizsiz kalır. Gönderilmeyi bekleyen e-postalar iptal edilir. Geri alınamaz: bir kopya istiyorsanız önce verilerinizi indirin.
erase-account-submit = Hesabımı kalıcı olarak sil
erase-account-done-heading = Hesabınız silindi
erase-account-done = Sizinle ilgili her şey silindi: hesabınız, profilleriniz ve yalnızca size ait projeler. Katıldığınız için teşekkürler.
erase-child-heading = { $name } profilini silin
erase-child-intro = Bu işlem { $name } profilini, onaylarını ve yalnızca ona ait her projeyi görselleriyle birlikte siler. Ekip projesi diğer üyeler için { $name } olmadan kalır. Geri alınamaz.
erase-child-submit = Bu profili kalıcı olarak sil
erase-child-done = Profil ve ona ait her şey silindi.
erase-refused-staff = Jüri ve düzenleyici hesaplarını bir düzenleyici siler: lütfen birine başvurun.
