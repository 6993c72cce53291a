# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] لا توجد دعوات في انتظار القبول.
        [one] دعوة واحدة في انتظار القبول.
        [two] دعوتان في انتظار القبول.
        [few] { $count } دعوات في انتظار القبول.
        [many] { $count } دعوة في انتظار القبول.
       *[other] { $count } دعوة في انتظار القبول.
    }
console-tokens-text = رموز وصول لأداة judge-cli وأدوات أخرى.
console-failed-emails =
    { $count ->
        [0] لا توجد رسائل بريد إلكتروني فشل إرسالها.
        [one] تعذّر إرسال رسالة بريد إلكتروني واحدة.
        [two] تعذّر إرسال رسالتَي بريد إلكتروني.
        [few] تعذّر إرسال { $count } رسائل بريد إلكتروني.
        [many] تعذّر إرسال { $count } رسالة بريد إلكتروني.
       *[other] تعذّر إرسال { $count } رسالة بريد إلكتروني.
    }

invitations-heading = الدعوات
invitations-list-heading = الدعوات المرسلة
invitations-none = لا توجد دعوات بعد.
invitations-status = الحالة
invitations-created = تاريخ الإرسال
invitation-status-open = في الانتظار
invitation-status-accepted = مقبولة
invitation-status-expired = منتهية الصلاحية
invite-heading = دعوة حكم أو منظم
invite-intro = سيصل إلى المدعو بريد إلكتروني فيه رابط. يمكن للحكام أيضًا تسجيل الدخول عبر مزوّد خدمة باستخدام العنوان المدعو.
invite-submit = إرسال الدعوة
invite-sent = الدعوة في طريقها.

tokens-heading = رموز وصول API
tokens-list-heading = رموزك
tokens-none = ليس لديك أي رموز بعد.
tokens-prefix = يبدأ بـ
tokens-scopes = الصلاحيات
tokens-created = تاريخ الإنشاء
tokens-last-used = آخر استخدام
tokens-actions = الإجراءات
token-create-heading = إنشاء رمز
token-create-intro = امنحه اسمًا تتعرف عليه، ولا تمنحه إلا الصلاحيات التي يحتاجها.
token-create-submit = إنشاء الرمز
token-created = رمزك الجديد:
token-shown-once = انسخه الآن: لن يُعرض إلا هذه المرة فقط. يمكن لأي شخص يملكه أن يتصرف باسمك في حدود صلاحياته.
token-never-used = لم يُستخدم قط
token-revoke = إبطال
token-revoked = تم إبطال الرمز.
token-revoked-label = مُبطَل
scope-events-read = قراءة الفعاليات والمشاريع
scope-judging-read = قراءة التحكيم: الحكام والتقدم والقائمة المختصرة والاختيارات والمرشحون للجائزة
scope-judging-write = إدارة التحكيم: استيراد الحكام والتعيين وحسم الجائزة وتغيير المرحلة
scope-personal-data-read = البيانات الشخصية: عناوين البريد الإلكتروني وتفاصيل أخرى غير الأسماء العامة (دائمًا مع إذن المجال نفسه)
scope-exports-read = تنزيل الملفات المُصدَّرة
scope-livestream-read = قراءة بيانات البث المباشر
error-token-name-required = يُرجى إعطاء الرمز اسمًا.
error-token-name-too-long = يمكن أن يتكون اسم الرمز من 100 حرف على الأكثر.
error-token-scope-required = يُرجى اختيار صلاحية واحدة على الأقل.

failed-emails-heading = رسائل البريد التي فشل إرسالها
failed-emails-intro = تعذّر إرسال هذه الرسائل رغم كل محاولات الإعادة. تبقى مدرجة هنا مع السبب، حتى لا يُحرم أحد من رسالته دون أن ينتبه أحد.
failed-emails-none = تم إرسال كل الرسائل.
failed-emails-created = وقت الإضافة إلى قائمة الانتظار
failed-emails-attempts = المحاولات
failed-emails-error = آخر خطأ

judge-no-assignments = ستظهر هنا المشاريع المسندة إليك عند بدء التحكيم.

mailbox-heading = صندوق بريد التطوير
mailbox-intro = رسائل بريد إلكتروني كُتبت في { $folder } بدلًا من إرسالها. على أجهزة التطوير فقط.
mailbox-empty = لا توجد رسائل بعد.
mailbox-to = إلى
mailbox-subject = الموضوع
event-phase-heading = مرحلة الحدث
console-event-text = أين وصل الحدث، ونقله إلى مرحلته التالية.
event-phase-current = الآن في مرحلة «{ $phase }».
event-phase-allows = تسمح هذه المرحلة بما يلي:
event-phase-name = المرحلة
event-phase-planned = البداية المخطط لها
event-phase-forward = الانتقال إلى «{ $phase }»
event-phase-back-heading = الرجوع إلى مرحلة سابقة
event-phase-back-intro = فقط لتصحيح خطأ أو إعادة فتح خطوة: يرى الحكّام والمبدعون والزوار التغيير فورًا. اذكر السبب؛ سيُحفظ في سجل التدقيق.
event-phase-back-to = الرجوع إلى
event-phase-back-reason = السبب
event-phase-back-confirm = نعم، أعد الحدث إلى مرحلة سابقة.
event-phase-back-submit = الرجوع
event-phase-moved = الحدث الآن في مرحلته الجديدة.
event-phase-none = لا يوجد حدث بعد.
error-phase-same = الحدث في هذه المرحلة بالفعل.
error-phase-skip = تتقدّم الأحداث مرحلةً واحدة في كل مرة.
error-phase-confirm = يُرجى تأكيد إعادة الحدث إلى مرحلة سابقة.
error-phase-reason-required = يُرجى ذكر سبب إعادة الحدث إلى مرحلة سابقة.
error-phase-reason-too-long = يمكن أن يحتوي السبب على 500 حرف على الأكثر.

# The organizer API and judge-cli
error-invalid-input = بعض ما أُرسل غير صالح: راجع رسالة كل حقل.
judge-import-unreadable = تعذّرت قراءة الملف بصيغة CSV ذات صف عناوين.
judge-import-missing-columns = يجب أن يسمّي صف العناوين العمودين «email» و«capacities».
judge-import-unknown-column = يسمّي صف العناوين عمودًا لا يعرفه الاستيراد (يعرف email وcapacities وlanguage وname وnote).
judge-import-too-many-rows = في الملف صفوف كثيرة جدًا: 2000 حكم على الأكثر في المرة الواحدة.
judge-import-empty = لا يحتوي الملف على أي حكم.
judge-import-capacity = الأدوار واحد أو أكثر من volunteer وvip وaward_panel، مفصولة بـ «;».
judge-import-duplicate = عنوان البريد هذا موجود في صف سابق.
judge-import-language = يجب أن تكون اللغة واحدة من en وes وfr وtr وhi وar وja.
judge-import-not-current = لا يمكن استيراد الحكام إلا إلى الفعالية الحالية: قبول الدعوة يجعل الشخص حكمًا في الفعالية الحالية.
error-phase-last = الفعالية في مرحلتها الأخيرة بالفعل.
error-phase-unknown = هذه ليست مرحلة: استخدم upcoming أو submissions_open أو moderation أو shortlisting أو favourites أو announced أو archived.
error-api-category-unknown = «{ $parameter }» ليست فئة في هذه الفعالية.
error-api-category-unknown-list = اذكر فئة أو أكثر من فئات الفعالية بمعرّفاتها (مثل games).
error-api-adjust-action = يجب أن يكون الإجراء include أو exclude أو clear.
error-api-format = يجب أن تكون قيمة «{ $parameter }» ‏csv أو xlsx أو jsonl أو json.
error-api-export-unknown = لا يوجد تصدير بهذا الاسم: التصديرات هي projects، creators، consents، scores، favourites، shortlist، awards، run-of-show.

## Exports
console-exports-text = نزّل المشاريع والمشاركين والموافقات والدرجات والنتائج.
exports-heading = التصدير
exports-intro = بيانات { $event }، تُقرأ من قاعدة البيانات أثناء التنزيل. يُسجَّل كل تنزيل في سجل التدقيق.
exports-what = التصدير
exports-contains = محتواه
exports-personal = بيانات شخصية: اذكر سبب حاجتك إليها.
exports-download-heading = تنزيل ملف تصدير
exports-download = تنزيل
field-export-kind = ما الذي تريد تصديره
field-export-format = الصيغة
field-export-purpose = الغرض
export-purpose-hint = مطلوب لملفات التصدير التي تحوي بيانات شخصية (المشاركون). يُحفَظ في سجل التدقيق.
export-format-csv = CSV (جداول البيانات)
export-format-xlsx = مصنف Excel ‏(XLSX)
export-format-jsonl = أسطر JSON
export-format-json = JSON
export-projects = المشاريع
export-projects-text = كل مشروع مع حالته وعمود لكل سؤال؛ والفريق بأسمائه المعروضة.
export-creators = المشاركون
export-creators-text = كل مشارك في مشروع: الاسم الكامل، شهر الميلاد، البلد، الجنس، بريد الحساب والموافقات.
export-consents = حالة الموافقات
export-consents-text = إجابة كل مشارك لكل نطاق (النشر، الصور، التواصل)، ومتى ومن قدّمها (ولي الأمر أو البالغ)، وآخر طلب.
export-scores = الدرجات
export-scores-text = كل درجة منحها حكم متطوع، معيارًا بمعيار، مع تعليقه الخاص.
export-favourites = مفضلات كبار الضيوف
export-favourites-text = اختيارات كل حكم من كبار الضيوف بالترتيب، مع اقتباساتهم.
export-shortlist = القائمة المختصرة
export-shortlist-text = الترتيب لكل فئة مع الدرجات المعايَرة والتعادلات وتعديلات المنظمين.
export-awards = الجوائز
export-awards-text = الجوائز المقررة، مع المشروع وفريقه ونص التنويه.
export-run-of-show = جدول البث
export-run-of-show-text = مقاطع البث المباشر في جدول واحد: الإحصاءات، واختيارات كل حكم من كبار الضيوف، والجوائز (الحقول العامة فقط).
export-purpose-prizes = إرسال الجوائز أو الشهادات
export-purpose-safeguarding = مسألة تتعلق بحماية الأطفال
export-purpose-data-request = طلب أسرة الاطلاع على بياناتها
export-purpose-eligibility = التحقق من الأهلية (العمر، الفريق، البلد)
export-purpose-legal = مطلوب قانونًا
error-export-purpose-required = اختر سبب حاجتك إلى هذه البيانات الشخصية.
error-export-purpose-unknown = هذا الغرض ليس من القائمة (prizes، safeguarding، data-request، eligibility، legal).
error-export-kind = اختر ما تريد تصديره.
error-export-format = اختر صيغة.

## The audit log
console-audit-text = كل إجراء ذي صلاحيات: من وماذا ومتى.
audit-heading = سجل التدقيق
audit-intro = كل إجراء ذي صلاحيات، الأحدث أولًا. لا تُعدَّل الإدخالات ولا تُحذف أبدًا. الأوقات والأيام بتوقيت { $timezone }.
audit-search-heading = بحث
audit-search = ابحث
audit-clear = عرض الكل
audit-entries-heading = الإدخالات
audit-at = متى
audit-actor = من
audit-via = عبر
audit-action = الإجراء
audit-target = على
audit-summary = الملخص
audit-request = الطلب
audit-older = إدخالات أقدم
audit-none = لا يوجد إدخال مطابق.
audit-download-heading = تنزيل هذه الإدخالات
audit-download = تنزيل
audit-any-action = أي إجراء
audit-area = { $area } (الكل)
audit-actor-gone = حساب محذوف
audit-role-creator = مشارك
audit-role-adult = بالغ
audit-role-guardian = ولي أمر
audit-role-judge = حكم
audit-role-organizer = منظم
audit-role-visitor = زائر
audit-role-system = المنصة
audit-via-web = الويب
audit-via-api = API
audit-via-api-token = رمز API
audit-via-worker = مهمة خلفية
audit-via-seed = بيانات تجريبية
audit-via-cli = سطر الأوامر
field-audit-actor = من
field-audit-actor-hint = عنوان بريد إلكتروني أو معرّف حساب.
field-audit-action = الإجراء
field-audit-target = على (المعرّف)
field-audit-target-hint = معرّف مشروع أو حساب أو فعالية أو رمز…
field-audit-from = من (يوم)
field-audit-to = إلى (يوم)
error-audit-action = يكون الإجراء بصيغة area.verb ‏(moderation.decide)، أو المجال وحده (moderation).
error-audit-actor = أدخل عنوان بريد إلكتروني أو معرّف حساب.
error-audit-target = يبدو المعرّف هكذا 3f0c1e2a-…: ‏36 حرفًا.
error-audit-date = أدخل اليوم بصيغة YYYY-MM-DD.
error-audit-range = اليوم الأخير يسبق اليوم الأول.

## Statistics
console-stats-text = المشاركون والبلدان والفتيات والفئات والطريق إلى المعرض والتحكيم.
stats-heading = الإحصاءات
stats-intro = { $event }، محسوبة الآن. تُحتسب المشاريع المُرسلة والمشاركون فيها.
stats-creators = المشاركون
stats-projects = المشاريع
stats-countries = البلدان
stats-girls = الفتيات
stats-gender-unknown-share = الجنس غير معروف
stats-group = الفئة
stats-share = النسبة
stats-percent = { $value }٪
stats-gender-heading = الجنس (كما يصف المشاركون أنفسهم)
stats-gender-girls = فتيات
stats-gender-boys = فتيان
stats-gender-non-binary = غير ثنائي
stats-gender-self-described = وصف ذاتي
stats-gender-prefer-not-to-say = يفضّل عدم الإفصاح
stats-gender-unknown = غير معروف (لم يُذكر)
stats-ages-heading = الفئات العمرية (في التاريخ المرجعي)
stats-categories-heading = المشاريع حسب الفئة
stats-category = الفئة
stats-languages-heading = المشاريع حسب اللغة
stats-language = اللغة
stats-language-none = غير محددة
stats-countries-heading = المشاركون حسب البلد
stats-country = البلد
stats-days-heading = الإرسالات في اليوم
stats-day = اليوم
stats-submissions = الإرسالات
stats-funnel-heading = من المسودة إلى المعرض
stats-stage = المرحلة
stats-funnel-drafts = مسودات
stats-funnel-submitted = مُرسلة
stats-funnel-awaiting-consent = بانتظار موافقة ولي الأمر
stats-funnel-awaiting-moderation = بانتظار الإشراف
stats-funnel-changes-requested = طُلبت تعديلات
stats-funnel-rejected = مرفوضة
stats-funnel-approved = مقبولة
stats-funnel-published = في المعرض
stats-funnel-withdrawn = مسحوبة
stats-judging-heading = التحكيم
stats-measure = المقياس
stats-count = العدد
stats-judging-volunteers = الحكام المتطوعون
stats-judging-published = المشاريع في المعرض
stats-judging-scored-twice = مشاريع قيّمها حكمان
stats-judging-assignments = التكليفات
stats-judging-scores = الدرجات الممنوحة

## Event settings
settings-heading = إعدادات الفعالية
console-settings-text = اسم الفعالية وتواريخها وقواعدها ولغاتها وفئاتها.
settings-timezone = الأوقات بتوقيت { $timezone }
settings-general = الفعالية
settings-name = الاسم
settings-dates = تواريخ المراحل
settings-dates-hint = كل تاريخ ووقت بتوقيت الفعالية ({ $timezone }). تنتقل المراحل عندما ينقلها أحد المنظمين؛ هذه هي التواريخ التي يراها الجميع.
settings-phase-starts = بداية { $phase }
settings-rules = القواعد
settings-consent-age = سن الموافقة
settings-consent-age-hint = يحتاج المشاركون الأصغر من هذا السن إلى موافقة أحد الوالدين أو الوصي قبل نشر أي شيء عنهم.
settings-team-size = أكبر فريق
settings-team-size-hint = أكبر عدد من المشاركين في مشروع واحد (من 1 إلى 10).
settings-languages = لغات المشاريع
settings-languages-hint = اللغات التي يمكن كتابة المشاريع بها. لا يمكن إزالة لغة كُتبت بها مشاريع.
settings-language-projects = { $count ->
    [one] مشروع واحد
    [two] مشروعان
    [few] { $count } مشاريع
   *[other] { $count } مشروعًا
}
settings-save = حفظ الإعدادات
settings-saved = حُفظت إعدادات الفعالية.
settings-unchanged = لم يتغير شيء، فلم يُحفظ شيء.
settings-categories = الفئات
settings-categories-hint = تظهر بهذا الترتيب في المعرض وفي نموذج المشروع. الاسم الفارغ يستخدم ترجمة الموقع للفئة القياسية، وإلا فالاسم الإنجليزي.
settings-category-projects = { $count ->
    [0] لا مشاريع
    [one] مشروع واحد
    [two] مشروعان
    [few] { $count } مشاريع
   *[other] { $count } مشروعًا
}
settings-category-up = إلى الأعلى
settings-category-up-label = نقل { $name } إلى الأعلى
settings-category-down = إلى الأسفل
settings-category-down-label = نقل { $name } إلى الأسفل
settings-category-remove = إزالة
settings-category-remove-label = إزالة { $name }
settings-category-rename = أسماء { $name } وأوصافها
settings-category-language = اللغة
settings-category-name = الاسم
settings-category-description = وصف في سطر واحد
settings-category-save = حفظ الأسماء
settings-category-saved = حُفظت الفئات.
settings-category-add = إضافة فئة
settings-category-slug = المعرّف
settings-category-slug-hint = يُستخدم في الروابط: من 2 إلى 40 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات، مثل robotics. لا يمكن تغييره لاحقًا.
settings-category-add-submit = إضافة الفئة
judging-settings-elsewhere = يُغيَّر حجم القائمة المختصرة ({ $shortlist }) وعدد المفضلات لكل حكم VIP ({ $favourites }) في إعدادات الفعالية:
settings-refused-consent-age = قُدِّم { $count } من المشاريع بالفعل وفق سن الموافقة الحالي، فلا يمكن تغييره: تقرّر من كان يحتاج إلى موافقة الوصي.
settings-refused-team-size = في أحد الفرق { $count } من المشاركين بالفعل؛ لا يمكن أن يكون الحد أقل من ذلك.
settings-refused-language = كُتب { $count } من المشاريع باللغة { $language }، فيجب أن تبقى متاحة.
settings-refused-favourites = اختار أحد حكام VIP بالفعل { $count } من المفضلات في فئة واحدة؛ لا يمكن أن يكون العدد أقل من ذلك.
settings-refused-shortlist = يختار حكام VIP من القائمة المختصرة، فلا يمكن تغيير حجمها الآن.
settings-refused-deadline = التقديم مفتوح، فلا يمكن جعل الموعد النهائي في الماضي: انقل الفعالية إلى المراجعة من صفحة المراحل بدلًا من ذلك.
error-date-invalid = أدخل تاريخًا ووقتًا، مثل 2027-03-31 17:00.
error-date-skipped = تتخطى الساعات هذا الوقت في توقيت الفعالية؛ اختر وقتًا آخر.
error-date-order = يجب أن يأتي هذا التاريخ بعد التاريخ الذي قبله.
error-languages-required = أتِح لغة واحدة على الأقل.
error-category-slug = استخدم من 2 إلى 40 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات مفردة.
error-category-name-required = تحتاج الفئة الجديدة إلى اسم بالإنجليزية.
error-category-exists = لدى الفعالية فئة بهذا المعرّف بالفعل.
error-category-too-many = يمكن أن يكون للفعالية 20 فئة على الأكثر.
error-category-has-projects = في هذه الفئة مشاريع، فستبقى: غيّر اسمها بدلًا من ذلك.
error-category-has-judges = يختار حكام VIP مفضلاتهم في هذه الفئة، فستبقى.
error-category-last = تحتاج الفعالية إلى فئة واحدة على الأقل.

## Certificates
certificates-heading = الشهادات
console-certificates-text = شهادات المشاركة والمفضلة والجوائز بصيغة PDF، واحدة تلو الأخرى أو كلها في ملف zip.
certificates-mine-intro = يحصل كل مبدع لمشروع في المعرض على شهادة مشاركة؛ وللمفضلات والجوائز شهاداتها بعد إعلان النتائج.
certificates-col-name = المبدع
certificates-col-project = المشروع
certificates-col-kind = الشهادة
certificates-col-download = تنزيل
certificates-col-count = الشهادات
certificates-col-requested = وقت الطلب
certificates-col-status = الحالة
certificates-col-progress = التقدم
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = لا شهادات بعد: تصل عندما يكون المشروع في المعرض.
certificates-organizer-intro = تُكتب شهادات كل مبدع بلغته.
certificates-bulk = إنشاء كل الشهادات في ملف zip واحد
certificates-bulk-queued = يجري إنشاء ملف zip؛ تعرض هذه الصفحة تقدمه.
certificates-list-hint = قائمة كل الشهادات مع روابط تنزيلها متاحة للتصدير:
certificates-event-none = لا مشاريع في المعرض بعد، فلا شهادات.
certificates-batches = ملفات zip
certificates-batch-queued = في الانتظار
certificates-batch-running = قيد الإنشاء
certificates-batch-done = جاهز
certificates-batch-failed = فشل
certificates-batch-removed = أُزيل (مُحيت بيانات أحد المبدعين)
certificates-batch-progress = { $done } من { $total }
certificates-batch-size = { $megabytes } ميغابايت
certificate-participation-heading = شهادة مشاركة
certificate-participation-body = تقديرًا لمشاركته بالمشروع
certificate-favourite-heading = اختيار حكم VIP
certificate-favourite-body = الذي اختار أحد حكام VIP مشروعه ضمن المفضلات
certificate-award-heading = شهادة جائزة
certificate-award-body = الذي نال مشروعه
certificate-category = الفئة: { $category }
certificate-presented-to = تُمنح هذه الشهادة إلى
certificate-signature = فريق التنظيم
export-certificates = الشهادات
export-certificates-text = كل الشهادات: لمن، وبأي لغة، مع رابط التنزيل.

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] لا يوجد ما ينتظر المراجعة.
        [one] مشروع واحد ينتظر المراجعة.
        [two] مشروعان ينتظران المراجعة.
        [few] { $count } مشاريع تنتظر المراجعة.
        [many] { $count } مشروعًا ينتظر المراجعة.
       *[other] { $count } مشروع ينتظر المراجعة.
    }
console-consents-pending =
    { $count ->
        [0] لا يوجد مبدع ينتظر موافقة وليّ أمره.
        [one] مبدع واحد ينتظر موافقة وليّ أمره.
        [two] مبدعان ينتظران موافقة وليّ الأمر.
        [few] { $count } مبدعين ينتظرون موافقة وليّ الأمر.
        [many] { $count } مبدعًا ينتظرون موافقة وليّ الأمر.
       *[other] { $count } مبدع ينتظرون موافقة وليّ الأمر.
    }
moderation-status = الحالة
moderation-status-review = بانتظار المراجعة
moderation-status-all = الكل
moderation-status-pending = لم يُتخذ قرار بعد
moderation-any-category = كل الفئات
moderation-showing = المشاريع { $from }–{ $to } من { $total }
moderation-none-to-review = لا يوجد ما ينتظر المراجعة.
moderation-past-end =
    هذه الصفحة بعد نهاية القائمة ({ $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }).
moderation-first-page = الانتقال إلى الصفحة الأولى
moderation-select-project = تحديد «{ $title }»
moderation-select-all =
    { $count ->
        [one] تحديد المشروع في هذه الصفحة
        [two] تحديد المشروعين في هذه الصفحة
        [few] تحديد المشاريع الـ{ $count } في هذه الصفحة
        [many] تحديد المشاريع الـ{ $count } في هذه الصفحة
       *[other] تحديد المشاريع الـ{ $count } في هذه الصفحة
    }
moderation-select-none = إلغاء التحديد
moderation-bulk-none = لم يُحدَّد أي مشروع. حدّد المشاريع المراد اعتمادها، ثم اضغط الزر مرة أخرى.
moderation-waits-short = يمكن اعتماده بعد وصول موافقة وليّ الأمر.
moderation-invalid-parameter = يحتوي رابط المراجعة هذا على قيمة غير صالحة لـ «{ $parameter }». افتح القائمة مرة أخرى من لوحة التحكم.
