# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = مبدع
role-adult = أحد الوالدين أو وصي أو مرشد
role-judge = حكم
role-organizer = منظم

field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-first-name = الاسم الأول
field-surname = اسم العائلة
field-display-name = الاسم المعروض
field-your-name = اسمك
field-birth-year = سنة الميلاد
field-birth-month = شهر الميلاد
field-country = البلد
field-gender = الجنس (اختياري)
field-gender-description = الجنس بكلماتك الخاصة
field-language = اللغة
field-role = الدور
field-token-name = اسم الرمز

hint-password = 10 أحرف على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور جيدة.
hint-surname-private = يبقى خاصًا: لا يُعرض على الموقع أبدًا.
hint-display-name-public = يُعرض مع مشروعك، مثل اسمك الأول أو لقب تختاره.
hint-birth-private = يُستخدم فقط للتحقق من قواعد العمر، ولا يُعرض أبدًا.
hint-gender = اختياري. يُستخدم فقط، ودون ذكر هويتك، لإحصاءات التنوع في الفعالية.

gender-female = فتاة أو امرأة
gender-male = فتى أو رجل
gender-non_binary = غير ثنائي
gender-self_described = أصفه بنفسي
gender-undisclosed = أفضّل عدم الإفصاح

error-email-required = يُرجى إدخال عنوان بريدك الإلكتروني.
error-email-invalid = لا يبدو هذا عنوان بريد إلكتروني (مثلًا name@example.org).
error-email-too-long = عنوان البريد الإلكتروني هذا طويل جدًا.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-password-too-long = يمكن أن تتكون كلمة المرور من 128 حرفًا على الأكثر.
error-password-common = كلمة المرور هذه سهلة التخمين جدًا. جرّب بضع كلمات لا يربط بينها أحد غيرك.
error-display-name-required = يُرجى إدخال اسم للعرض.
error-display-name-too-long = يمكن أن يتكون الاسم المعروض من 50 حرفًا على الأكثر.
error-name-required = يُرجى إدخال اسم.
error-name-too-long = يمكن أن يتكون الاسم من 100 حرف على الأكثر.
error-text-control-characters = يُرجى إزالة الأحرف الخاصة غير المرئية من هذا النص.
error-birth-date-invalid = يُرجى اختيار سنة وشهر ميلاد صحيحين.
error-age-too-young-to-register = المبدعون الذين تقل أعمارهم عن 13 عامًا يسجّلهم أحد الوالدين أو وصي أو مرشد.
error-age-too-old-for-creator = يجب أن يكون عمر المبدعين 18 عامًا أو أقل. يمكن للبالغين التسجيل بصفتهم أحد الوالدين أو وصيًا أو مرشدًا.
error-country-invalid = يُرجى اختيار بلد من القائمة.
error-gender-invalid = يُرجى اختيار أحد الخيارات.
error-gender-description-required = يُرجى وصف جنسك، أو اختيار خيار آخر.
error-gender-description-too-long = يُرجى استخدام 50 حرفًا على الأكثر.
error-language-invalid = يُرجى اختيار لغة من القائمة.
error-role-invalid = يُرجى اختيار دور من القائمة.
error-sign-in-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.

register-heading = إنشاء حساب
register-intro = من أنت؟
register-as-creator = عمري بين 13 و18 عامًا وأريد عرض مشروعي
register-as-adult = أنا أحد الوالدين أو وصي أو مرشد (أسجّل المبدعين الذين تقل أعمارهم عن 13 عامًا)
register-have-account = لدي حساب بالفعل
register-under-13 = عمرك أقل من 13 عامًا؟ سيسجّلك أحد والديك أو وصيّك أو مرشدك.
register-creator-heading = التسجيل كمبدع
register-creator-intro = للمبدعين من عمر 13 إلى 18 عامًا. لا يُعرض للعامة إلا اسمك المعروض وبلدك وفئتك العمرية.
register-adult-heading = التسجيل كأحد الوالدين أو وصي أو مرشد
register-adult-intro = يمكنك بعد ذلك إضافة المبدعين الصغار الذين ترعاهم.
register-submit = إنشاء حسابي

check-email-heading = تحقّق من بريدك الوارد
check-email-text = إذا كان من الممكن استخدام هذا العنوان، فقد أرسلنا إليك رسالة بريد إلكتروني فيها رابط. افتحه للمتابعة.
check-email-spam = لم يصل شيء بعد بضع دقائق؟ ابحث في مجلد الرسائل غير المرغوب فيها.

verify-heading = أكّد عنوان بريدك الإلكتروني
verify-intro = اضغط على الزر لتأكيد أن هذا عنوانك.
verify-submit = تأكيد عنواني
verify-done = تم تأكيد عنوان بريدك الإلكتروني. أهلًا بك!
verify-first-heading = يُرجى تأكيد عنوان بريدك الإلكتروني أولًا
verify-first-text = أرسلنا إليك رابطًا جديدًا. افتحه، ثم سجّل الدخول مرة أخرى.

sign-in-heading = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-with = تسجيل الدخول باستخدام { $provider }

forgot-heading = هل نسيت كلمة المرور؟
forgot-intro = أدخل عنوان بريدك الإلكتروني وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل لي رابطًا
forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة.
reset-heading = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم حفظ كلمة المرور الجديدة، وقد سجّلت الدخول.

link-heading = أرسل لي رابط تسجيل الدخول بالبريد الإلكتروني
link-intro = للحكام والمنظمين: نرسل إليك رابطًا يسجّل دخولك مرة واحدة.
link-submit = أرسل لي رابط تسجيل الدخول
link-sent = إذا كان هذا العنوان يخص حكمًا أو منظمًا، فقد أرسلنا إليه رابط تسجيل الدخول.
link-confirm-heading = تسجيل الدخول إلى المعرض

token-invalid-heading = هذا الرابط لا يعمل
token-invalid-text = الرابط غير صالح. يُرجى التأكد من أنك نسخته كاملًا، أو اطلب رابطًا جديدًا.
token-used-heading = سبق استخدام هذا الرابط
token-used-text = يعمل كل رابط مرة واحدة فقط. إذا كنت لا تزال بحاجة إلى تسجيل الدخول، فاطلب رابطًا جديدًا.
token-expired-heading = انتهت صلاحية هذا الرابط
token-expired-text = تعمل الروابط لمدة محدودة فقط. يُرجى طلب رابط جديد.

oauth-failed-heading = لم ينجح تسجيل الدخول
oauth-declined-text = أُلغي تسجيل الدخول لدى مزوّد الخدمة.
oauth-expired-text = انتهت صلاحية محاولة تسجيل الدخول هذه أو سبق استخدامها. يُرجى البدء من جديد.
oauth-failed-text = لم نتمكن من تأكيد حسابك لدى مزوّد الخدمة. يُرجى المحاولة مرة أخرى، أو استخدام رابط تسجيل دخول يُرسل إليك بالبريد الإلكتروني.
oauth-unknown-heading = لا توجد دعوة لهذا الحساب
oauth-unknown-text = لم تتم دعوة العنوان { $email } بصفة حكم أو منظم. اطلب من المنظمين دعوة هذا العنوان.

invitation-heading = أنت مدعو
invitation-intro = تمت دعوتك بصفة { $role } ({ $email }). سجّل الدخول عبر مزوّد خدمة باستخدام هذا العنوان، أو اقبل الدعوة هنا.
invitation-accept = قبول الدعوة
invitation-accepted = أهلًا بك! تم قبول دعوتك.

account-heading = حسابي
account-intro = سجّلت الدخول باسم { $email }. الأدوار: { $roles }.
account-save = حفظ
account-saved = تم حفظ تغييراتك.

children-heading = المبدعون الصغار الذين أرعاهم
children-intro = ليس للمبدعين الذين تقل أعمارهم عن 13 عامًا حساب دخول خاص بهم: تضيفهم أنت هنا وتتصرف نيابةً عنهم.
children-none = لم تُضف أحدًا بعد.
children-age = العمر
children-add-heading = إضافة مبدع صغير
children-add-intro = لا يُعرض للعامة إلا الاسم المعروض والبلد والفئة العمرية.
children-add-submit = إضافة
children-added = تمت إضافة المبدع الصغير.

email-greeting = مرحبًا { $name }،
email-footer = تصلك هذه الرسالة بسبب حساب في معرض الشباب.
email-ignore = إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة.
email-link-fallback = إذا لم يعمل الزر، فانسخ هذا العنوان إلى متصفحك:
email-link-expires =
    { $minutes ->
        [one] يعمل الرابط مرة واحدة، لمدة دقيقة واحدة.
        [two] يعمل الرابط مرة واحدة، لمدة دقيقتين.
        [few] يعمل الرابط مرة واحدة، لمدة { $minutes } دقائق.
        [many] يعمل الرابط مرة واحدة، لمدة { $minutes } دقيقة.
       *[other] يعمل الرابط مرة واحدة، لمدة { $minutes } دقيقة.
    }
email-verify-email-subject = أكّد عنوان بريدك الإلكتروني
email-verify-email-text = يُرجى تأكيد عنوان بريدك الإلكتروني لإكمال إنشاء حسابك.
email-verify-email-button = تأكيد عنواني
email-reset-password-subject = اختر كلمة مرور جديدة
email-reset-password-text = طلب شخص ما إعادة تعيين كلمة مرور حسابك. استخدم هذا الرابط لاختيار كلمة مرور جديدة.
email-reset-password-button = اختيار كلمة مرور جديدة
email-sign-in-link-subject = رابط تسجيل الدخول الخاص بك
email-sign-in-link-text = استخدم هذا الرابط لتسجيل الدخول إلى المعرض.
email-sign-in-link-button = تسجيل الدخول
email-already-registered-subject = حاول شخص ما التسجيل باستخدام عنوانك
email-already-registered-text = حاول شخص ما إنشاء حساب باستخدام عنوان بريدك الإلكتروني، لكن لديك حسابًا بالفعل. إذا كنت أنت، فسجّل الدخول، أو اختر كلمة مرور جديدة من هنا:
email-invitation-subject = أنت مدعو بصفة { $role }
email-invitation-text = يدعوك منظمو معرض الشباب إلى الانضمام بصفة { $role }.
email-invitation-button = قبول الدعوة
email-invitation-expires =
    { $days ->
        [one] الدعوة صالحة ليوم واحد.
        [two] الدعوة صالحة ليومين.
        [few] الدعوة صالحة لمدة { $days } أيام.
        [many] الدعوة صالحة لمدة { $days } يومًا.
       *[other] الدعوة صالحة لمدة { $days } يوم.
    }
error-sign-in-account-limit = كلمات مرور خاطئة كثيرة جدًا لهذا الحساب. يُرجى الانتظار قليلًا قبل المحاولة مجددًا، أو اختيار كلمة مرور جديدة عبر «نسيت كلمة المرور؟».
signed-out-everywhere = تم تسجيل خروجك من جميع الأجهزة.
token-revoked-heading = هذا الرابط لم يعد يعمل
token-revoked-text = تم تغيير كلمة مرور هذا الحساب بعد إرسال هذا الرابط، لذا توقف عن العمل. اطلب رابطًا جديدًا إن كنت لا تزال بحاجة إليه.
account-sign-out-everywhere = تسجيل الخروج من جميع الأجهزة
account-sign-out-everywhere-hint = يُنهي كل جلسات هذا الحساب، على هذا الجهاز وعلى كل جهاز آخر (مثل حاسوب مشترك نسيت تسجيل الخروج منه).

## Data rights
account-download-data = تنزيل بياناتي
account-download-data-hint = كل ما نحتفظ به عنك وعن ملفات الأطفال التي تديرها، في ملف JSON.
account-delete-link = حذف حسابي
children-actions = إجراءات
children-delete = حذف ملف { $name }
erase-confirm = أفهم أنه لا يمكن التراجع عن ذلك.
error-erase-confirm = ضع علامة في المربع للتأكيد.
erase-keep = الإبقاء على حسابي
erase-account-heading = حذف حسابك
erase-account-intro = سيؤدي ذلك إلى حذف حسابك وكل ملف طفل تديره وموافقاتهم وكل مشروع كان لك وحدك مع صوره. تبقى مشاريع الفرق لبقية الأعضاء من دونك. تُلغى الرسائل التي تنتظر الإرسال. لا يمكن التراجع: نزّل بياناتك أولًا إن أردت نسخة.
erase-account-submit = حذف حسابي نهائيًا
erase-account-done-heading = تم حذف حسابك
erase-account-done = حُذف كل ما يخصك: حسابك وملفاتك والمشاريع التي كانت لك وحدك. شكرًا لمشاركتك.
erase-child-heading = حذف ملف { $name }
erase-child-intro = سيؤدي ذلك إلى حذف ملف { $name } وموافقاته وكل مشروع كان له وحده مع صوره. يبقى مشروع الفريق لبقية الأعضاء من دون { $name }. لا يمكن التراجع.
erase-child-submit = حذف هذا الملف نهائيًا
erase-child-done = حُذف الملف وكل ما يتعلق به.
erase-refused-staff = يحذف المنظمون حسابات الحكام والمنظمين: يُرجى أن تطلب ذلك من أحدهم.
