## Herkese açık galeri ve proje sayfaları

nav-gallery = Galeri
gallery-title = Proje galerisi
gallery-heading = Proje galerisi
gallery-search-label = Projelerde ara
gallery-search-placeholder = Oyun, ゲーム, İstanbul…
gallery-search-button = Ara
gallery-clear = Aramayı ve filtreleri temizle
gallery-summary-all = { $count ->
    [one] Keşfedilecek bir proje
   *[other] Keşfedilecek { $count } proje
}
gallery-summary-found = { $count ->
    [0] Proje bulunamadı
    [one] Bir proje bulundu
   *[other] { $count } proje bulundu
}
gallery-empty = Henüz eşleşen bir şey yok. Daha az kelime, farklı bir yazım ya da daha az filtre deneyin.
gallery-sort-label = Sıralama
gallery-sort-relevance = En iyi eşleşme
gallery-sort-newest = En yeni
gallery-sort-shuffle = Karışık
gallery-filters-label = Filtreler
gallery-results-label = Projeler
gallery-pages-label = Sayfalar
gallery-previous = Önceki
gallery-next = Sonraki
gallery-facet-category = Kategori
gallery-facet-country = Ülke
gallery-facet-language = Dil
gallery-facet-age = Yaş grubu
gallery-facet-event = Etkinlik
gallery-facet-award = Ödüller
gallery-facet-favourite = Jürinin favorileri
gallery-facet-award-only = Ödül kazananlar
gallery-facet-favourite-only = Jürinin favorileri
gallery-favourite-badge = Jürinin favorisi
gallery-back = Galeriye dön
gallery-published-in = { $event } etkinliğinde sergilendi
gallery-honours-heading = Ödüller ve favoriler
gallery-favourite-of = { $judge } tarafından favori seçildi
gallery-images-label = Projenin görselleri
gallery-open-project = Projeyi aç
gallery-watch-video = Videoyu izle
gallery-creators-heading = Hazırlayanlar
gallery-community-heading = Topluluğuna nasıl yardımcı oluyor
error-gallery-invalid-value = Arama bağlantısında “{ $parameter }” için geçersiz bir değer var. Galeriden yeni bir arama başlatın.
award-coding-with-commitment = Coding with Commitment ödülü
home-gallery-link = Proje galerisini keşfedin
home-enter-project = Projeni gönder

# The public winners page of an announced event.
winners-title = { $event } kazananları
winners-awards-heading = Ödüller
winners-favourites-heading = VIP jüri üyelerinin favorileri
winners-none = Bu etkinliğin sonuçları henüz açıklanmadı.
winners-gallery-link = Galerideki tüm projelere göz atın
home-results-heading = Geçmiş etkinliklerin sonuçları
gallery-embed-play = Burada oyna
gallery-embed-watch = Burada izle
gallery-embed-note = Bu, oynatıcıyı { $site } sitesinden yükler.
gallery-embed-title = { $title }: oynatıcı
gallery-image-n = Görsel { $n }
