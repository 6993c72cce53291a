# Guardian consent, moderation, publication.

project-status-awaiting-consent = في انتظار موافقة أحد الوالدين أو الوصي
project-status-in-review = قيد المراجعة
project-status-needs-changes = يحتاج إلى تعديلات
project-status-rejected = غير مقبول
project-status-published = منشور
project-moderator-says = كتب فريق المراجعة:
project-consent-heading = موافقة أحد الوالدين أو الوصي
project-consent-intro = قبل أن يُنشر المشروع، يجب أن يوافق أحد الوالدين أو الوصي لكل مبدع يقل عمره عن 18 عامًا.
project-consent-guardian-email = عنوان البريد الإلكتروني لأحد والديك أو وصيّك
project-consent-send = طلب الموافقة
project-consent-answer = إعطاء الموافقة لهذا المبدع

consent-state-granted = تمت الموافقة
consent-state-pending = في انتظار الرد
consent-state-missing = لم تُطلب بعد
consent-state-not-needed = لا حاجة إلى موافقة
consent-state-declined = رفضها وليّ الأمر
consent-state-withdrawn = سحبها وليّ الأمر
consent-email-invalid = يُرجى إدخال عنوان بريد إلكتروني صحيح لأحد والديك أو وصيّك.
consent-email-own = يُرجى إدخال عنوان البريد الإلكتروني لأحد والديك أو وصيّك، لا عنوانك أنت.
consent-resend-wait = أرسلنا الطلب قبل بضع دقائق. يُرجى الانتظار قليلًا قبل إرساله مرة أخرى.
consent-requested = أرسلنا رسالة بريد إلكتروني إلى أحد والديك أو وصيّك.
consent-recorded = شكرًا لك: تم تسجيل ردّك.
consent-declined = تم تسجيل ردّك: لن يُنشر المشروع.

consent-heading = موافقتك على المشاركة في معرض الشباب
consent-intro = يرغب { $name } في عرض مشروع برمجي في معرض إلكتروني للشباب. إليك بالضبط ما سيُعرض للعامة.
consent-public-heading = ما سيُعرض للعامة
consent-public-name = الاسم المعروض
consent-public-age-group = الفئة العمرية
consent-private-heading = ما يبقى خاصًا
consent-private-text = لا يُعرض اسم العائلة وعنوان البريد الإلكتروني وتاريخ الميلاد والمدرسة وبياناتك أنت للعامة أبدًا، ولا تُعطى لأي جهة أخرى.
consent-choices = يُرجى الاختيار
consent-scope-publish = نشر المشروع مع التفاصيل المذكورة أعلاه
consent-scope-photos = عرض الصور التي يظهر فيها شخص أيضًا
consent-scope-contact = يمكن للمنظمين التواصل معنا بشأن الفعالية
consent-wording-label = إصدار النص
consent-agree = أوافق على ما حدّدته
consent-decline = لا أوافق
consent-decline-hint = إذا كنت لا توافق على أيٍّ من هذه الخيارات، فاختر «لا أوافق»: لن يُنشر أي شيء عن المشروع.
consent-choose-answer = يُرجى الرد باستخدام أحد الزرّين: «أوافق على ما حدّدته» أو «لا أوافق».
consent-nothing-ticked = يُرجى تحديد ما توافق عليه. وإذا كنت لا توافق على أي شيء، فاختر «لا أوافق».
consent-photos-need-publish = لا تُعرض الصور إلا في صفحة المشروع: لعرضها، حدّد أيضًا «نشر المشروع مع التفاصيل المذكورة أعلاه»، أو ألغِ تحديد الصور.
consent-thanks-heading = شكرًا لك
consent-thanks-text = تم تسجيل ردّك. أرسلنا إليك رسالة تأكيد بالبريد الإلكتروني فيها رابط يمكنك من خلاله سحب موافقتك في أي وقت.
consent-declined-heading = تم تسجيل ردّك
consent-declined-text = لن يُنشر المشروع. شكرًا لك على الرد.
consent-withdraw-heading = سحب موافقتك
consent-withdraw-intro = إذا سحبت موافقتك، فسيُزال المشروع فورًا من كل الصفحات العامة، وسيُبلَّغ الفريق والمنظمون بذلك.
consent-withdraw-submit = سحب موافقتي
consent-withdrawn-heading = تم سحب موافقتك
consent-withdrawn-text = لم يعد المشروع معروضًا في أي مكان عام.
consent-receipt-heading = لقد أجبت من قبل
consent-receipt-intro = سبق استخدام هذا الرابط، لذا لا يمكنه تغيير أي شيء. هذا هو الرد الذي سُجّل من خلاله.
consent-receipt-answered-at = تاريخ الرد
consent-receipt-withdrawn-at = تاريخ سحب الموافقة
consent-receipt-change = إذا وافقت، ففي رسالة التأكيد التي أرسلناها إليك رابط يمكنك من خلاله سحب موافقتك في أي وقت. ولتقديم رد مختلف، اطلب من الشاب أو الشابة إرسال طلب جديد إليك.
consent-answer-granted = نعم
consent-answer-declined = لا
consent-answer-withdrawn = نعم، ثم سُحبت الموافقة
consent-link-used-text = كل رابط موافقة يعمل مرة واحدة فقط.
consent-link-expired-text = روابط الموافقة تعمل لفترة محدودة فقط. إذا كنت لا تزال ترغب في الرد، فاطلب من الشاب أو الشابة إرسال طلب جديد إليك.
consent-link-invalid-text = الرابط غير صالح. يُرجى التأكد من أنك نسخته كاملًا من رسالة البريد الإلكتروني.

age-bracket-up-to-10 = 10 أعوام أو أقل
age-bracket-11-13 = من 11 إلى 13 عامًا
age-bracket-14-16 = من 14 إلى 16 عامًا
age-bracket-17-18 = من 17 إلى 18 عامًا

moderation-heading = المراجعة
moderation-filter = تصفية
moderation-select = تحديد
moderation-consent = الموافقة
moderation-consents = { $given } من { $needed }
moderation-state = المراجعة
moderation-state-pending = بانتظار المراجعة
moderation-state-approved = معتمد
moderation-state-rejected = غير مقبول
moderation-state-changes-requested = طُلبت تعديلات
moderation-bulk-approve = اعتماد المشاريع المحددة
moderation-empty = لا توجد مشاريع مُرسَلة مطابقة.
moderation-decide = القرار
moderation-reason = السبب (للفريق)
moderation-reason-hint = مطلوب عند طلب تعديلات أو عدم قبول المشروع. يصل إلى الفريق بالبريد الإلكتروني.
moderation-approve = اعتماد
moderation-request-changes = طلب تعديلات
moderation-reject = عدم القبول
moderation-saved = تم حفظ القرار وإبلاغ الفريق.
moderation-reason-required = يُرجى ذكر سبب للفريق.
moderation-reason-too-long = يمكن أن يتكون السبب من 1,000 حرف على الأكثر.
moderation-decision-approved = تم اعتماده
moderation-decision-rejected = لم يُقبل
moderation-decision-changes-requested = يحتاج إلى بعض التعديلات
console-moderation-text = مراجعة المشاريع المُرسَلة.
console-published-text = المشاريع المنشورة والموافقات التي سمحت بنشرها.
published-heading = المشاريع المنشورة
published-intro = كل مشروع منشور مع سجلات الموافقة التي سمحت بنشره.
published-none = لم يُنشر شيء بعد.
published-creator = المبدع
published-scope = الموافقة
published-given-by = مقدّمها
published-given-at = التاريخ
published-wording = إصدار النص

email-consent-request-subject = موافقتك على مشروع { $name }
email-consent-reminder-subject = تذكير: موافقتك على مشروع { $name }
email-consent-request-text = شارك { $name } بمشروع «{ $title }» في معرض إلكتروني للمبرمجين الشباب، ويطلب موافقتك على نشره.
email-consent-request-action = يُرجى الاطلاع على ما سيُعرض للعامة بالضبط وإخبارنا باختيارك:
email-consent-request-button = عرض المشروع والرد
email-consent-request-expires =
    { $days ->
        [one] يعمل الرابط مرة واحدة، لمدة يوم واحد.
        [two] يعمل الرابط مرة واحدة، لمدة يومين.
        [few] يعمل الرابط مرة واحدة، لمدة { $days } أيام.
        [many] يعمل الرابط مرة واحدة، لمدة { $days } يومًا.
       *[other] يعمل الرابط مرة واحدة، لمدة { $days } يوم.
    }
email-consent-request-ignore = إذا كنت لا تعرف هذا الشاب أو الشابة، يمكنك تجاهل هذه الرسالة.
email-consent-confirmation-subject = تم تسجيل موافقتك بخصوص { $name }
email-consent-confirmation-text = شكرًا لك. تم تسجيل موافقتك بخصوص { $name } ومشروع «{ $title }».
email-consent-confirmation-withdraw = يمكنك سحب موافقتك في أي وقت عبر هذا الرابط، وعندها يُزال المشروع فورًا من كل الصفحات العامة:
email-consent-withdrawn-subject = سُحبت الموافقة: «{ $title }»
email-consent-withdrawn-text = سحب أحد والدَي { $creator } أو وصيّه الموافقة. لم يعد مشروع «{ $title }» متاحًا للعامة.
email-moderation-subject = أخبار عن مشروعك «{ $title }»
email-moderation-text = اطّلع فريق المراجعة على مشروعك «{ $title }»: { $decision }.
email-moderation-reason = رسالة فريق المراجعة:
moderation-review-change = تغيير على مشروع منشور
moderation-review-new = مشاركة جديدة
moderation-waiting = بانتظار القرار
moderation-revision = النسخة { $number }
moderation-changes-heading = ما الذي سيتغيّر
moderation-changes-intro = يرى الجمهور النسخة الموافق عليها. الموافقة تنشر هذه التغييرات، ورفضها يُبقي النسخة الموافق عليها منشورة.
moderation-change-what = العنصر
moderation-change-public = المنشور الآن
moderation-change-new = المقترح
moderation-no-changes = لا شيء بانتظار قرار: هذه هي النسخة التي يراها الجمهور.
moderation-content-heading = النسخة المطلوب البتّ فيها
moderation-member-new = جديد في الفريق
moderation-reject-change = رفض هذه التغييرات
moderation-change-image-added = صورة جديدة
moderation-change-image-removed = صورة أُزيلت
moderation-change-image-changed = وصف الصورة
moderation-change-member-added = عضو جديد في الفريق
moderation-change-member-removed = غادر الفريق
moderation-consent-by-guardian =
    أُعطيت من عنوان في { $domain }، { $others ->
        [0] ولم يُجب هذا العنوان عن أي مبدع آخر
       *[other] وقد أجاب هذا العنوان أيضًا عن { $others } من المبدعين الآخرين
    }.
moderation-consent-by-adult =
    أُعطيت داخل التطبيق من البالغ الذي يدير هذا الملف ({ $domain })، { $others ->
        [0] ولم يُجب عن أي مبدع آخر
       *[other] وقد أجاب أيضًا عن { $others } من المبدعين الآخرين
    }.
moderation-consent-for-revision = (النسخة المعروضة { $number })
moderation-revision-outdated = غيّر الفريق المشروع بينما كنت تطّلع عليه. يُرجى مراجعة النسخة الجديدة.
moderation-waits-for-consent = أحد أعضاء الفريق لم يحصل بعد على موافقة وليّ أمره. الموافقة الآن ستُخفي المشروع كله: وافق على هذه التغييرات بعد وصول الموافقة.
moderation-decision-change-rejected = لا يزال منشورًا كما كان: لم تُقبل تغييراتك الأخيرة
moderation-decision-change-changes-requested = لا يزال منشورًا كما كان: تحتاج تغييراتك الأخيرة إلى بعض التعديلات أولًا
revision-status-pending = بانتظار قرار
revision-status-approved = موافق عليها
revision-status-rejected = غير مقبولة
revision-status-changes-requested = طُلبت تعديلات
revision-status-superseded = استُبدلت بنسخة أحدث
project-status-published-changes-in-review = منشور · التغييرات قيد المراجعة
project-status-published-changes-declined = منشور · لم تُقبل التغييرات
consent-email-account = هذا العنوان مرتبط بحساب هنا. يُرجى أن تطلب من والدك أو وليّ أمرك عنوان بريده الخاص.
consent-submit-first = أرسل مشروعك أولًا: سيرى وليّ أمرك بالضبط ما سيُنشر.
