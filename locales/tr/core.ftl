site-name = Gençlik Vitrini
site-tagline = Dünyanın dört bir yanından genç üreticiler yaptıklarını gösteriyor.
skip-to-content = Ana içeriğe geç
nav-main-label = Ana gezinme
nav-home = Ana sayfa
language-switcher-label = Dil
footer-about = Çevrimiçi gençlik kodlama vitrinleri için açık kaynaklı bir platform.

format-date-time = %-d %B %Y, %H:%M %Z
format-date = %-d %B %Y

error-not-found-heading = Sayfa bulunamadı
error-not-found-message = Bu sayfayı bulamadık. Taşınmış olabilir ya da hiç var olmamış olabilir.
error-forbidden-heading = İzin yok
error-forbidden-message = Bu sayfaya erişim izniniz yok.
error-bad-request-heading = Bu istekte bir sorun var
error-bad-request-message = Lütfen girdiklerinizi kontrol edip yeniden deneyin.
error-server-heading = Bizim tarafımızda bir şeyler ters gitti
error-server-message = Üzgünüz! Lütfen birazdan yeniden deneyin. Sorun sürerse organizatörlere haber verin.
error-unavailable-heading = Birazdan döneceğiz
error-unavailable-message = Bir bölümü yeniden başlatıldığı için sergi kısa bir süre kullanılamıyor. Daha önce kaydedilen her şey güvende. Lütfen bir dakika sonra yeniden deneyin; bir form gönderiyorsanız geri dönüp yeniden gönderin.
error-back-home = Ana sayfaya dön

nav-sign-in = Giriş yap
nav-register = Kaydol
nav-account = Hesabım
nav-sign-out = Çıkış yap
nav-organizer = Organizatör paneli
nav-judge = Değerlendirme

error-csrf-heading = Bu formun süresi doldu
error-csrf-message = Güvenliğiniz için lütfen geri dönün, sayfayı yenileyin ve formu yeniden gönderin.
error-too-many-requests-heading = Çok fazla deneme
error-too-many-requests-message = Lütfen yeniden denemeden önce bir dakika bekleyin.
select-choose = Seçin…
file-choose = Dosya seçin
nav-projects = Projelerim
error-api-not-found = Bu kimlikle bir şey yok ya da yayımlanmamış.
error-api-unauthorized = Geçerli bir API anahtarı gerekli (Authorization: Bearer sct_…).
error-api-missing-scope = Bu anahtarda “{ $scope }” yetkisi yok.
error-api-server = Bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra yeniden deneyin.
error-api-unavailable = Hizmet kısa bir süre kullanılamıyor. Lütfen Retry-After başlığındaki saniye kadar bekledikten sonra yeniden deneyin.
error-refused-heading = Bu şu anda yapılamaz
error-refused-message = Bu arada bir şey değişti ya da vitrinin bir kuralı buna izin vermiyor.
error-too-large-heading = Bu çok büyüktü
error-too-large-message = Gönderdiğiniz şey kabul ettiğimizden büyük. Lütfen daha küçük bir şey gönderin.
error-not-in-phase = { $action }, etkinlik şu aşamalardayken yapılabilir: { $phases }.
list-separator = {", "}
