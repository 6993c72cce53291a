home-no-event-heading = لا يوجد معرض قائم الآن
home-no-event-message = عُد قريبًا: سيُعلن عن المعرض القادم هنا.
home-phase-label = المرحلة الحالية
home-categories-heading = الفئات
home-categories-intro = يشارك كل مشروع في واحدة من هذه الفئات.

phase-upcoming = قريبًا
phase-submissions_open = باب المشاركة مفتوح
phase-moderation = مراجعة المشاركات
phase-shortlisting = التحكيم
phase-favourites = الحكام يختارون مشاريعهم المفضلة
phase-announced = أُعلن الفائزون
phase-archived = مؤرشف

deadline-upcoming = يُفتح باب المشاركة في { $date }
deadline-submissions_open = يُغلق باب المشاركة في { $date }
deadline-moderation = يبدأ التحكيم في { $date }
deadline-shortlisting = تُختار المشاريع المفضلة ابتداءً من { $date }
deadline-favourites = يُعلن الفائزون في { $date }
deadline-announced = يُؤرشف المعرض في { $date }

countdown-days =
    { $days ->
        [0] بقي أقل من يوم
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقيت { $days } أيام
       *[other] بقي { $days } يومًا
    }

category-scratch = Scratch
category-scratch-description = رسوم متحركة وقصص وألعاب وغيرها، مصنوعة باستخدام Scratch.
category-games = الألعاب
category-games-description = ألعاب مصنوعة بأي أداة أو لغة باستثناء Scratch.
category-web = الويب
category-web-description = مواقع وتطبيقات الويب.
category-mobile-apps = تطبيقات الجوال
category-mobile-apps-description = تطبيقات للهواتف والأجهزة اللوحية.
category-hardware = العتاد
category-hardware-description = الحوسبة المادية: روبوتات وحساسات وأجهزة قابلة للارتداء وRaspberry Pi وmicro:bit.
category-advanced-programming = البرمجة المتقدمة
category-advanced-programming-description = برمجيات معقدة مكتوبة بلغة برمجة نصية.
category-ai = الذكاء الاصطناعي
category-ai-description = مشاريع تستخدم الذكاء الاصطناعي وتعلم الآلة أو تبنيهما.
phase-action-edit-projects = إنشاء المشاريع وتعديلها
phase-action-moderate = مراجعة المشاريع
phase-action-score = تقييم القائمة المختصرة
phase-action-pick-favourites = اختيار المفضّلات
phase-action-score-award = تقييم المرشحين للجائزة
phase-action-decide-award = تحديد الفائز بالجائزة
