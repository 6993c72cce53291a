site-name = معرض الشباب
site-tagline = مبدعون شباب من حول العالم يعرضون ما صنعوه.
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-main-label = التنقل الرئيسي
nav-home = الرئيسية
language-switcher-label = اللغة
footer-about = منصة مفتوحة المصدر لمعارض البرمجة الشبابية عبر الإنترنت.

format-date-time = %-d %B %Y، %H:%M %Z
format-date = %-d %B %Y

error-not-found-heading = الصفحة غير موجودة
error-not-found-message = لم نتمكن من العثور على هذه الصفحة. ربما نُقلت، أو لم تكن موجودة أصلًا.
error-forbidden-heading = غير مسموح
error-forbidden-message = ليس لديك صلاحية الوصول إلى هذه الصفحة.
error-bad-request-heading = هناك خطأ في هذا الطلب
error-bad-request-message = يُرجى التحقق مما أدخلته والمحاولة مرة أخرى.
error-server-heading = حدث خطأ من جهتنا
error-server-message = نأسف! يُرجى المحاولة مرة أخرى بعد قليل. إذا تكرر ذلك، فأخبر المنظمين.
error-unavailable-heading = سنعود حالًا
error-unavailable-message = المعرض غير متاح لفترة قصيرة بينما يُعاد تشغيل جزء منه. كل ما حُفظ بالفعل في أمان. يُرجى المحاولة مرة أخرى بعد دقيقة؛ وإذا كنت ترسل نموذجًا، فارجع وأرسله مرة أخرى.
error-back-home = العودة إلى الصفحة الرئيسية

nav-sign-in = تسجيل الدخول
nav-register = التسجيل
nav-account = حسابي
nav-sign-out = تسجيل الخروج
nav-organizer = لوحة المنظمين
nav-judge = التحكيم

error-csrf-heading = انتهت صلاحية هذا النموذج
error-csrf-message = حفاظًا على أمانك، يُرجى الرجوع وإعادة تحميل الصفحة ثم إرسال النموذج مرة أخرى.
error-too-many-requests-heading = محاولات كثيرة جدًا
error-too-many-requests-message = يُرجى الانتظار دقيقة قبل المحاولة مرة أخرى.
select-choose = اختر…
file-choose = اختر ملفًا
nav-projects = مشاريعي
error-api-not-found = لا يوجد شيء بهذا المعرّف، أو أنه غير منشور.
error-api-unauthorized = يلزم رمز واجهة برمجية صالح (Authorization: Bearer sct_…).
error-api-missing-scope = هذا الرمز لا يملك النطاق «{ $scope }».
error-api-server = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-api-unavailable = الخدمة غير متاحة لفترة قصيرة. يُرجى المحاولة مرة أخرى بعد عدد الثواني المذكور في الترويسة Retry-After.
error-refused-heading = لا يمكن فعل ذلك الآن
error-refused-message = تغيّر شيء في هذه الأثناء، أو أن قاعدة من قواعد المعرض لا تسمح بذلك.
error-too-large-heading = كان ذلك كبيرًا جدًا
error-too-large-message = ما أرسلته أكبر مما نقبله. يُرجى إرسال شيء أصغر.
error-not-in-phase = { $action } ممكن عندما يكون الحدث في: { $phases }.
list-separator = {"، "}
