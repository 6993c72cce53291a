home-no-event-heading = Şu anda devam eden bir vitrin yok
home-no-event-message = Yakında yeniden gelin: bir sonraki vitrin burada duyurulacak.
home-phase-label = Şu anki aşama
home-categories-heading = Kategoriler
home-categories-intro = Her proje bu kategorilerden birine katılır.

phase-upcoming = Yakında
phase-submissions_open = Başvurular açık
phase-moderation = Başvurular inceleniyor
phase-shortlisting = Değerlendirme
phase-favourites = Jüri favorilerini seçiyor
phase-announced = Kazananlar açıklandı
phase-archived = Arşivlendi

deadline-upcoming = Başvurular { $date } tarihinde açılıyor
deadline-submissions_open = Başvurular { $date } tarihinde kapanıyor
deadline-moderation = Değerlendirme { $date } tarihinde başlıyor
deadline-shortlisting = Favoriler { $date } tarihinden itibaren seçiliyor
deadline-favourites = Kazananlar { $date } tarihinde açıklanıyor
deadline-announced = Vitrin { $date } tarihinde arşivleniyor

countdown-days =
    { $days ->
        [0] Bir günden az kaldı
        [one] Bir gün kaldı
       *[other] { $days } gün kaldı
    }

category-scratch = Scratch
category-scratch-description = Scratch ile yapılmış animasyonlar, hikâyeler, oyunlar ve daha fazlası.
category-games = Oyunlar
category-games-description = Scratch dışında herhangi bir araç ya da dille yapılmış oyunlar.
category-web = Web
category-web-description = Web siteleri ve web uygulamaları.
category-mobile-apps = Mobil uygulamalar
category-mobile-apps-description = Telefon ve tabletler için uygulamalar.
category-hardware = Donanım
category-hardware-description = Fiziksel hesaplama: robotlar, sensörler, giyilebilir cihazlar, Raspberry Pi, micro:bit.
category-advanced-programming = İleri programlama
category-advanced-programming-description = Metin tabanlı bir programlama diliyle yazılmış karmaşık yazılımlar.
category-ai = Yapay zekâ
category-ai-description = Yapay zekâ ve makine öğrenmesini kullanan ya da geliştiren projeler.
phase-action-edit-projects = Proje başlatmak ve düzenlemek
phase-action-moderate = Projeleri denetlemek
phase-action-score = Ön eleme puanlaması
phase-action-pick-favourites = Favori seçmek
phase-action-score-award = Ödül adaylarını puanlamak
phase-action-decide-award = Ödülü belirlemek
