## معرض المشاريع العام وصفحات المشاريع

nav-gallery = معرض المشاريع
gallery-title = معرض المشاريع
gallery-heading = معرض المشاريع
gallery-search-label = البحث في المشاريع
gallery-search-placeholder = روبوت، ゲーム، İstanbul…
gallery-search-button = بحث
gallery-clear = مسح البحث وعوامل التصفية
gallery-summary-all = { $count ->
    [zero] لا توجد مشاريع للاستكشاف
    [one] مشروع واحد للاستكشاف
    [two] مشروعان للاستكشاف
    [few] { $count } مشاريع للاستكشاف
    [many] { $count } مشروعًا للاستكشاف
   *[other] { $count } مشروع للاستكشاف
}
gallery-summary-found = { $count ->
    [0] لم يُعثر على أي مشروع
    [one] تم العثور على مشروع واحد
    [two] تم العثور على مشروعين
    [few] تم العثور على { $count } مشاريع
    [many] تم العثور على { $count } مشروعًا
   *[other] تم العثور على { $count } مشروع
}
gallery-empty = لا توجد نتائج مطابقة بعد. جرّب كلمات أقل، أو تهجئة أخرى، أو عوامل تصفية أقل.
gallery-sort-label = الترتيب
gallery-sort-relevance = الأكثر تطابقًا
gallery-sort-newest = الأحدث
gallery-sort-shuffle = عشوائي
gallery-filters-label = عوامل التصفية
gallery-results-label = المشاريع
gallery-pages-label = الصفحات
gallery-previous = السابق
gallery-next = التالي
gallery-facet-category = الفئة
gallery-facet-country = البلد
gallery-facet-language = اللغة
gallery-facet-age = الفئة العمرية
gallery-facet-event = الفعالية
gallery-facet-award = الجوائز
gallery-facet-favourite = المفضلة لدى الحكام
gallery-facet-award-only = المشاريع الفائزة بجوائز
gallery-facet-favourite-only = المفضلة لدى الحكام
gallery-favourite-badge = مفضل لدى الحكام
gallery-back = العودة إلى معرض المشاريع
gallery-published-in = عُرض في { $event }
gallery-honours-heading = الجوائز والمشاريع المفضلة
gallery-favourite-of = مفضل لدى { $judge }
gallery-images-label = صور المشروع
gallery-open-project = فتح المشروع
gallery-watch-video = مشاهدة الفيديو
gallery-creators-heading = من صنع
gallery-community-heading = كيف يساعد مجتمعه
error-gallery-invalid-value = يحتوي رابط البحث على قيمة غير صالحة لـ «{ $parameter }». ابدأ بحثًا جديدًا من معرض المشاريع.
award-coding-with-commitment = جائزة Coding with Commitment
home-gallery-link = استكشف معرض المشاريع
home-enter-project = قدّم مشروعك

# The public winners page of an announced event.
winners-title = الفائزون في { $event }
winners-awards-heading = الجوائز
winners-favourites-heading = المفضلة لدى كبار الحكام
winners-none = لم تُعلن نتائج هذه الفعالية بعد.
winners-gallery-link = تصفح كل المشاريع في المعرض
home-results-heading = نتائج الفعاليات السابقة
gallery-embed-play = العب هنا
gallery-embed-watch = شاهد هنا
gallery-embed-note = يحمّل هذا المشغّل من ⁦{ $site }⁩.
gallery-embed-title = { $title }: المشغّل
gallery-image-n = الصورة { $n }
