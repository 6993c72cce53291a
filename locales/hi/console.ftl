# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] कोई निमंत्रण स्वीकृति की प्रतीक्षा में नहीं है।
        [one] एक निमंत्रण स्वीकृति की प्रतीक्षा में है।
       *[other] { $count } निमंत्रण स्वीकृति की प्रतीक्षा में हैं।
    }
console-tokens-text = judge-cli और अन्य टूल के लिए टोकन।
console-failed-emails =
    { $count ->
        [0] कोई ईमेल विफल नहीं हुआ।
        [one] एक ईमेल नहीं भेजा जा सका।
       *[other] { $count } ईमेल नहीं भेजे जा सके।
    }

invitations-heading = निमंत्रण
invitations-list-heading = भेजे गए निमंत्रण
invitations-none = अभी तक कोई निमंत्रण नहीं।
invitations-status = स्थिति
invitations-created = भेजा गया
invitation-status-open = प्रतीक्षा में
invitation-status-accepted = स्वीकार किया गया
invitation-status-expired = समय-सीमा समाप्त
invite-heading = किसी निर्णायक या आयोजक को आमंत्रित करें
invite-intro = उन्हें एक लिंक वाला ईमेल मिलता है। निर्णायक आमंत्रित पते का उपयोग करके किसी प्रदाता से भी साइन इन कर सकते हैं।
invite-submit = निमंत्रण भेजें
invite-sent = निमंत्रण भेजा जा रहा है।

tokens-heading = API टोकन
tokens-list-heading = आपके टोकन
tokens-none = आपके पास अभी कोई टोकन नहीं है।
tokens-prefix = शुरुआत
tokens-scopes = अनुमतियाँ
tokens-created = बनाया गया
tokens-last-used = आख़िरी उपयोग
tokens-actions = कार्रवाइयाँ
token-create-heading = टोकन बनाएँ
token-create-intro = इसे ऐसा नाम दें जिसे आप पहचान सकें, और केवल वही अनुमतियाँ दें जिनकी इसे ज़रूरत है।
token-create-submit = टोकन बनाएँ
token-created = आपका नया टोकन:
token-shown-once = इसे अभी कॉपी कर लें: यह केवल इसी एक बार दिखाया जाता है। जिसके पास भी यह टोकन है, वह इसकी अनुमतियों के भीतर आपकी ओर से काम कर सकता है।
token-never-used = कभी नहीं
token-revoke = रद्द करें
token-revoked = टोकन रद्द कर दिया गया है।
token-revoked-label = रद्द
scope-events-read = कार्यक्रम और प्रोजेक्ट देखना
scope-judging-read = मूल्यांकन पढ़ना: निर्णायक, प्रगति, शॉर्टलिस्ट, पसंद और पुरस्कार के उम्मीदवार
scope-judging-write = मूल्यांकन चलाना: निर्णायक आयात करना, प्रोजेक्ट सौंपना, पुरस्कार तय करना, चरण बदलना
scope-personal-data-read = व्यक्तिगत डेटा: सार्वजनिक नामों के अलावा ईमेल पते और अन्य विवरण (हमेशा उस क्षेत्र की अपनी अनुमति के साथ)
scope-exports-read = एक्सपोर्ट डाउनलोड करना
scope-livestream-read = लाइवस्ट्रीम डेटा देखना
error-token-name-required = कृपया टोकन को एक नाम दें।
error-token-name-too-long = टोकन का नाम अधिकतम 100 अक्षरों का हो सकता है।
error-token-scope-required = कृपया कम से कम एक अनुमति चुनें।

failed-emails-heading = विफल ईमेल
failed-emails-intro = बार-बार कोशिश करने के बाद भी ये ईमेल नहीं भेजे जा सके। ये कारण के साथ यहाँ सूची में बने रहते हैं, ताकि कोई भी चुपचाप अपने ईमेल से वंचित न रह जाए।
failed-emails-none = सभी ईमेल भेज दिए गए हैं।
failed-emails-created = कतार में डाला गया
failed-emails-attempts = प्रयास
failed-emails-error = आख़िरी त्रुटि

judge-no-assignments = मूल्यांकन शुरू होने पर आपको सौंपे गए प्रोजेक्ट यहाँ दिखाई देंगे।

mailbox-heading = डेवलपमेंट मेलबॉक्स
mailbox-intro = ऐसे ईमेल जो भेजे जाने के बजाय { $folder } में लिखे गए। केवल डेवलपमेंट मशीनों पर।
mailbox-empty = अभी तक कोई ईमेल नहीं।
mailbox-to = प्राप्तकर्ता
mailbox-subject = विषय
event-phase-heading = आयोजन का चरण
console-event-text = आयोजन कहाँ है, और उसे अगले चरण में ले जाना।
event-phase-current = अभी “{ $phase }” चरण में।
event-phase-allows = इस चरण में ये हो सकते हैं:
event-phase-name = चरण
event-phase-planned = नियोजित शुरुआत
event-phase-forward = “{ $phase }” में ले जाएँ
event-phase-back-heading = पीछे ले जाएँ
event-phase-back-intro = केवल किसी गलती को सुधारने या किसी चरण को फिर से खोलने के लिए: निर्णायक, रचनाकार और आगंतुक बदलाव तुरंत देखते हैं। कारण बताएँ; यह ऑडिट लॉग में रखा जाता है।
event-phase-back-to = किस चरण पर
event-phase-back-reason = कारण
event-phase-back-confirm = हाँ, आयोजन को पिछले चरण में ले जाएँ।
event-phase-back-submit = पीछे ले जाएँ
event-phase-moved = आयोजन अब अपने नए चरण में है।
event-phase-none = अभी कोई आयोजन नहीं है।
error-phase-same = आयोजन पहले से इसी चरण में है।
error-phase-skip = आयोजन एक बार में एक ही चरण आगे बढ़ते हैं।
error-phase-confirm = कृपया पुष्टि करें कि आयोजन को पीछे ले जाना है।
error-phase-reason-required = कृपया आयोजन को पीछे ले जाने का कारण बताएँ।
error-phase-reason-too-long = कारण में अधिकतम 500 अक्षर हो सकते हैं।

# The organizer API and judge-cli
error-invalid-input = भेजी गई कुछ जानकारी मान्य नहीं है: हर फ़ील्ड का संदेश देखें।
judge-import-unreadable = फ़ाइल को हेडर पंक्ति वाली CSV के रूप में पढ़ा नहीं जा सका।
judge-import-missing-columns = हेडर पंक्ति में “email” और “capacities” कॉलम होने चाहिए।
judge-import-unknown-column = हेडर पंक्ति में ऐसा कॉलम है जिसे इम्पोर्ट नहीं जानता (वह email, capacities, language, name और note जानता है)।
judge-import-too-many-rows = फ़ाइल में बहुत अधिक पंक्तियाँ हैं: एक बार में अधिकतम 2,000 निर्णायक।
judge-import-empty = फ़ाइल में कोई निर्णायक नहीं है।
judge-import-capacity = भूमिकाएँ volunteer, vip और award_panel में से एक या अधिक हैं, “;” से अलग की हुई।
judge-import-duplicate = यह ईमेल पता पहले की किसी पंक्ति में पहले से है।
judge-import-language = भाषा en, es, fr, tr, hi, ar और ja में से एक होनी चाहिए।
judge-import-not-current = निर्णायक केवल वर्तमान आयोजन में इम्पोर्ट किए जा सकते हैं: निमंत्रण स्वीकार करने से व्यक्ति वर्तमान आयोजन का निर्णायक बनता है।
error-phase-last = आयोजन पहले से अपने अंतिम चरण में है।
error-phase-unknown = यह कोई चरण नहीं है: upcoming, submissions_open, moderation, shortlisting, favourites, announced या archived का उपयोग करें।
error-api-category-unknown = “{ $parameter }” इस आयोजन की कोई श्रेणी नहीं है।
error-api-category-unknown-list = आयोजन की एक या अधिक श्रेणियाँ उनके पहचानकर्ता से बताएँ (जैसे games)।
error-api-adjust-action = क्रिया include, exclude या clear होनी चाहिए।
error-api-format = “{ $parameter }” csv, xlsx, jsonl या json होना चाहिए।
error-api-export-unknown = ऐसा कोई निर्यात नहीं है: निर्यात projects, creators, consents, scores, favourites, shortlist, awards, run-of-show हैं।

## Exports
console-exports-text = प्रोजेक्ट, प्रतिभागी, सहमतियाँ, अंक और परिणाम डाउनलोड करें।
exports-heading = निर्यात
exports-intro = { $event } का डेटा, डाउनलोड होते समय डेटाबेस से पढ़ा जाता है। हर डाउनलोड ऑडिट लॉग में दर्ज होता है।
exports-what = निर्यात
exports-contains = इसमें क्या है
exports-personal = व्यक्तिगत डेटा: बताएँ कि आपको इसकी ज़रूरत क्यों है।
exports-download-heading = निर्यात डाउनलोड करें
exports-download = डाउनलोड करें
field-export-kind = क्या निर्यात करें
field-export-format = फ़ॉर्मैट
field-export-purpose = उद्देश्य
export-purpose-hint = व्यक्तिगत डेटा वाले निर्यात (प्रतिभागी) के लिए ज़रूरी। यह ऑडिट लॉग में रखा जाता है।
export-format-csv = CSV (स्प्रेडशीट)
export-format-xlsx = Excel वर्कबुक (XLSX)
export-format-jsonl = JSON लाइनें
export-format-json = JSON
export-projects = प्रोजेक्ट
export-projects-text = हर प्रोजेक्ट उसकी स्थिति और हर सवाल के लिए एक कॉलम के साथ; टीम प्रदर्शित नाम से।
export-creators = प्रतिभागी
export-creators-text = किसी प्रोजेक्ट का हर प्रतिभागी: पूरा नाम, जन्म का महीना, देश, जेंडर, खाते का ईमेल और सहमतियाँ।
export-consents = सहमति की स्थिति
export-consents-text = हर प्रतिभागी का हर दायरे (प्रकाशन, फ़ोटो, संपर्क) पर उत्तर, कब और किसने (अभिभावक या वयस्क), और आख़िरी अनुरोध।
export-scores = अंक
export-scores-text = स्वयंसेवी जज के दिए हर अंक, मानदंड-दर-मानदंड, उनकी निजी टिप्पणी के साथ।
export-favourites = VIP पसंदीदा
export-favourites-text = हर VIP जज की पसंद क्रम से, उनके उद्धरणों के साथ।
export-shortlist = शॉर्टलिस्ट
export-shortlist-text = हर श्रेणी की रैंकिंग, सामान्यीकृत अंक, बराबरी और आयोजकों के बदलावों के साथ।
export-awards = पुरस्कार
export-awards-text = तय किए गए पुरस्कार, प्रोजेक्ट, उसकी टीम और प्रशस्ति के साथ।
export-run-of-show = कार्यक्रम क्रम
export-run-of-show-text = लाइवस्ट्रीम के खंड, एक तालिका में: आँकड़े, हर VIP जज की पसंद, पुरस्कार (सिर्फ़ सार्वजनिक फ़ील्ड)।
export-purpose-prizes = पुरस्कार या प्रमाणपत्र भेजना
export-purpose-safeguarding = बाल सुरक्षा से जुड़ी चिंता
export-purpose-data-request = किसी परिवार का अपने डेटा के लिए अनुरोध
export-purpose-eligibility = पात्रता जाँचना (उम्र, टीम, देश)
export-purpose-legal = क़ानूनन आवश्यक
error-export-purpose-required = चुनें कि आपको यह व्यक्तिगत डेटा क्यों चाहिए।
error-export-purpose-unknown = यह उद्देश्य सूची में नहीं है (prizes, safeguarding, data-request, eligibility, legal)।
error-export-kind = चुनें कि क्या निर्यात करना है।
error-export-format = कोई फ़ॉर्मैट चुनें।

## The audit log
console-audit-text = हर विशेषाधिकार वाली कार्रवाई: किसने, क्या, कब।
audit-heading = ऑडिट लॉग
audit-intro = हर विशेषाधिकार वाली कार्रवाई, सबसे नई पहले। प्रविष्टियाँ कभी बदली या हटाई नहीं जातीं। समय और दिन { $timezone } में।
audit-search-heading = खोजें
audit-search = खोजें
audit-clear = सब दिखाएँ
audit-entries-heading = प्रविष्टियाँ
audit-at = कब
audit-actor = किसने
audit-via = किसके ज़रिए
audit-action = कार्रवाई
audit-target = किस पर
audit-summary = सारांश
audit-request = अनुरोध
audit-older = पुरानी प्रविष्टियाँ
audit-none = कोई प्रविष्टि मेल नहीं खाती।
audit-download-heading = ये प्रविष्टियाँ डाउनलोड करें
audit-download = डाउनलोड करें
audit-any-action = कोई भी कार्रवाई
audit-area = { $area } (सभी)
audit-actor-gone = खाता हटाया गया
audit-role-creator = प्रतिभागी
audit-role-adult = वयस्क
audit-role-guardian = अभिभावक
audit-role-judge = जज
audit-role-organizer = आयोजक
audit-role-visitor = आगंतुक
audit-role-system = प्लैटफ़ॉर्म
audit-via-web = वेब
audit-via-api = API
audit-via-api-token = API टोकन
audit-via-worker = बैकग्राउंड जॉब
audit-via-seed = डेमो डेटा
audit-via-cli = कमांड लाइन
field-audit-actor = किसने
field-audit-actor-hint = कोई ईमेल पता या खाता id।
field-audit-action = कार्रवाई
field-audit-target = किस पर (id)
field-audit-target-hint = किसी प्रोजेक्ट, खाते, इवेंट, टोकन… की id
field-audit-from = से (दिन)
field-audit-to = तक (दिन)
error-audit-action = कार्रवाई area.verb (moderation.decide) जैसी होती है, या सिर्फ़ area (moderation)।
error-audit-actor = कोई ईमेल पता या खाता id लिखें।
error-audit-target = id 3f0c1e2a-… जैसी होती है: 36 अक्षर।
error-audit-date = दिन YYYY-MM-DD के रूप में लिखें।
error-audit-range = आख़िरी दिन पहले दिन से पहले है।

## Statistics
console-stats-text = प्रतिभागी, देश, लड़कियाँ, श्रेणियाँ, गैलरी तक का रास्ता, जजिंग।
stats-heading = आँकड़े
stats-intro = { $event }, अभी गिना गया। भेजे गए प्रोजेक्ट और उनके प्रतिभागी गिने जाते हैं।
stats-creators = प्रतिभागी
stats-projects = प्रोजेक्ट
stats-countries = देश
stats-girls = लड़कियाँ
stats-gender-unknown-share = जेंडर अज्ञात
stats-group = समूह
stats-share = हिस्सा
stats-percent = { $value }%
stats-gender-heading = जेंडर (जैसा प्रतिभागी खुद बताते हैं)
stats-gender-girls = लड़कियाँ
stats-gender-boys = लड़के
stats-gender-non-binary = नॉन-बाइनरी
stats-gender-self-described = स्वयं-वर्णित
stats-gender-prefer-not-to-say = बताना नहीं चाहते
stats-gender-unknown = अज्ञात (नहीं बताया)
stats-ages-heading = आयु समूह (संदर्भ तिथि पर)
stats-categories-heading = श्रेणी के अनुसार प्रोजेक्ट
stats-category = श्रेणी
stats-languages-heading = भाषा के अनुसार प्रोजेक्ट
stats-language = भाषा
stats-language-none = नहीं बताई
stats-countries-heading = देश के अनुसार प्रतिभागी
stats-country = देश
stats-days-heading = प्रतिदिन जमा
stats-day = दिन
stats-submissions = जमा
stats-funnel-heading = ड्राफ़्ट से गैलरी तक
stats-stage = चरण
stats-funnel-drafts = ड्राफ़्ट
stats-funnel-submitted = जमा किए गए
stats-funnel-awaiting-consent = अभिभावक की सहमति का इंतज़ार
stats-funnel-awaiting-moderation = मॉडरेशन का इंतज़ार
stats-funnel-changes-requested = बदलाव माँगे गए
stats-funnel-rejected = अस्वीकृत
stats-funnel-approved = स्वीकृत
stats-funnel-published = गैलरी में
stats-funnel-withdrawn = वापस लिए गए
stats-judging-heading = जजिंग
stats-measure = माप
stats-count = संख्या
stats-judging-volunteers = स्वयंसेवी जज
stats-judging-published = गैलरी में प्रोजेक्ट
stats-judging-scored-twice = दो जजों से अंक पाए प्रोजेक्ट
stats-judging-assignments = असाइनमेंट
stats-judging-scores = दिए गए अंक

## Event settings
settings-heading = आयोजन की सेटिंग्स
console-settings-text = आयोजन का नाम, तारीख़ें, नियम, भाषाएँ और श्रेणियाँ।
settings-timezone = समय { $timezone } में
settings-general = आयोजन
settings-name = नाम
settings-dates = चरणों की तारीख़ें
settings-dates-hint = हर तारीख़ और समय आयोजन के समय क्षेत्र ({ $timezone }) में है। चरण तभी बदलते हैं जब कोई आयोजक उन्हें आगे बढ़ाता है; ये वे तारीख़ें हैं जो सबको दिखती हैं।
settings-phase-starts = { $phase } की शुरुआत
settings-rules = नियम
settings-consent-age = सहमति की आयु
settings-consent-age-hint = इससे कम उम्र के प्रतिभागियों के बारे में कुछ भी सार्वजनिक होने से पहले माता-पिता या अभिभावक की सहमति ज़रूरी है।
settings-team-size = सबसे बड़ी टीम
settings-team-size-hint = एक प्रोजेक्ट में अधिकतम कितने प्रतिभागी हो सकते हैं (1 से 10)।
settings-languages = प्रोजेक्ट की भाषाएँ
settings-languages-hint = वे भाषाएँ जिनमें प्रोजेक्ट लिखे जा सकते हैं। जिस भाषा में प्रोजेक्ट लिखे गए हैं, उसे हटाया नहीं जा सकता।
settings-language-projects = { $count ->
    [one] 1 प्रोजेक्ट
   *[other] { $count } प्रोजेक्ट
}
settings-save = सेटिंग्स सहेजें
settings-saved = आयोजन की सेटिंग्स सहेज ली गईं।
settings-unchanged = कुछ भी नहीं बदला था, इसलिए कुछ नहीं सहेजा गया।
settings-categories = श्रेणियाँ
settings-categories-hint = गैलरी और प्रोजेक्ट फ़ॉर्म में इसी क्रम में दिखती हैं। खाली नाम के लिए मानक श्रेणी का साइट का अपना अनुवाद, नहीं तो अंग्रेज़ी नाम दिखता है।
settings-category-projects = { $count ->
    [0] कोई प्रोजेक्ट नहीं
    [one] 1 प्रोजेक्ट
   *[other] { $count } प्रोजेक्ट
}
settings-category-up = ऊपर ले जाएँ
settings-category-up-label = { $name } को ऊपर ले जाएँ
settings-category-down = नीचे ले जाएँ
settings-category-down-label = { $name } को नीचे ले जाएँ
settings-category-remove = हटाएँ
settings-category-remove-label = { $name } को हटाएँ
settings-category-rename = { $name } के नाम और विवरण
settings-category-language = भाषा
settings-category-name = नाम
settings-category-description = एक पंक्ति का विवरण
settings-category-save = नाम सहेजें
settings-category-saved = श्रेणियाँ सहेज ली गईं।
settings-category-add = श्रेणी जोड़ें
settings-category-slug = पहचानकर्ता
settings-category-slug-hint = लिंक में इस्तेमाल होता है: 2 से 40 छोटे अंग्रेज़ी अक्षर, अंक और हाइफ़न, जैसे robotics। बाद में बदला नहीं जा सकता।
settings-category-add-submit = श्रेणी जोड़ें
judging-settings-elsewhere = शॉर्टलिस्ट का आकार ({ $shortlist }) और हर VIP निर्णायक के पसंदीदा ({ $favourites }) आयोजन की सेटिंग्स में बदले जाते हैं:
settings-refused-consent-age = मौजूदा सहमति आयु के तहत { $count } प्रोजेक्ट पहले ही जमा हो चुके हैं, इसलिए इसे बदला नहीं जा सकता: किसे अभिभावक की सहमति चाहिए थी, यह तय हो चुका है।
settings-refused-team-size = एक टीम में पहले से { $count } प्रतिभागी हैं; सीमा इससे कम नहीं हो सकती।
settings-refused-language = { $language } में { $count } प्रोजेक्ट लिखे गए हैं, इसलिए यह भाषा बनी रहनी चाहिए।
settings-refused-favourites = एक VIP निर्णायक एक श्रेणी में पहले ही { $count } पसंदीदा चुन चुका है; संख्या इससे कम नहीं हो सकती।
settings-refused-shortlist = VIP निर्णायक शॉर्टलिस्ट में से चुन रहे हैं, इसलिए इसका आकार अभी नहीं बदला जा सकता।
settings-refused-deadline = जमा करना खुला है, इसलिए अंतिम तारीख़ बीते समय में नहीं रखी जा सकती: इसके बजाय चरण पेज पर आयोजन को मॉडरेशन में ले जाएँ।
error-date-invalid = तारीख़ और समय लिखें, जैसे 2027-03-31 17:00।
error-date-skipped = आयोजन के समय क्षेत्र में घड़ियाँ यह समय छोड़ देती हैं; कोई और समय चुनें।
error-date-order = यह तारीख़ पिछली तारीख़ के बाद होनी चाहिए।
error-languages-required = कम से कम एक भाषा दें।
error-category-slug = 2 से 40 छोटे अंग्रेज़ी अक्षर, अंक और अकेले हाइफ़न इस्तेमाल करें।
error-category-name-required = नई श्रेणी के लिए अंग्रेज़ी नाम ज़रूरी है।
error-category-exists = आयोजन में इस पहचानकर्ता वाली श्रेणी पहले से है।
error-category-too-many = एक आयोजन में अधिकतम 20 श्रेणियाँ हो सकती हैं।
error-category-has-projects = इस श्रेणी में प्रोजेक्ट हैं, इसलिए यह बनी रहेगी: इसका नाम बदलें।
error-category-has-judges = VIP निर्णायक इस श्रेणी में पसंदीदा चुनते हैं, इसलिए यह बनी रहेगी।
error-category-last = आयोजन में कम से कम एक श्रेणी होनी चाहिए।

## Certificates
certificates-heading = प्रमाणपत्र
console-certificates-text = भागीदारी, पसंदीदा और पुरस्कार के प्रमाणपत्र PDF में, एक-एक करके या सभी एक zip में।
certificates-mine-intro = गैलरी में शामिल हर प्रोजेक्ट के हर रचनाकार को भागीदारी प्रमाणपत्र मिलता है; पसंदीदा और पुरस्कारों के प्रमाणपत्र नतीजे घोषित होने पर मिलते हैं।
certificates-col-name = रचनाकार
certificates-col-project = प्रोजेक्ट
certificates-col-kind = प्रमाणपत्र
certificates-col-download = डाउनलोड
certificates-col-count = प्रमाणपत्र
certificates-col-requested = अनुरोध
certificates-col-status = स्थिति
certificates-col-progress = प्रगति
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = अभी कोई प्रमाणपत्र नहीं: प्रोजेक्ट के गैलरी में आने पर मिलते हैं।
certificates-organizer-intro = हर रचनाकार के प्रमाणपत्र उसकी अपनी भाषा में हैं।
certificates-bulk = सभी प्रमाणपत्र एक zip में बनाएँ
certificates-bulk-queued = zip बन रहा है; यह पेज उसकी प्रगति दिखाता है।
certificates-list-hint = डाउनलोड लिंक के साथ सभी प्रमाणपत्रों की सूची एक एक्सपोर्ट है:
certificates-event-none = गैलरी में अभी कोई प्रोजेक्ट नहीं है, इसलिए कोई प्रमाणपत्र नहीं है।
certificates-batches = Zip फ़ाइलें
certificates-batch-queued = प्रतीक्षा में
certificates-batch-running = बन रहा है
certificates-batch-done = तैयार
certificates-batch-failed = विफल
certificates-batch-removed = हटाया गया (एक रचनाकार का डेटा मिटाया गया)
certificates-batch-progress = { $total } में से { $done }
certificates-batch-size = { $megabytes } MB
certificate-participation-heading = भागीदारी प्रमाणपत्र
certificate-participation-body = इस प्रोजेक्ट के साथ भाग लेने के लिए
certificate-favourite-heading = VIP निर्णायक का पसंदीदा
certificate-favourite-body = जिनके प्रोजेक्ट को एक VIP निर्णायक ने पसंदीदा चुना
certificate-award-heading = पुरस्कार प्रमाणपत्र
certificate-award-body = जिनके प्रोजेक्ट को यह पुरस्कार मिला
certificate-category = श्रेणी: { $category }
certificate-presented-to = यह प्रमाणपत्र प्रदान किया जाता है
certificate-signature = आयोजन टीम
export-certificates = प्रमाणपत्र
export-certificates-text = हर प्रमाणपत्र: किसके लिए, किस भाषा में, डाउनलोड लिंक के साथ।

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] समीक्षा के लिए कुछ भी बाकी नहीं है।
        [one] एक प्रोजेक्ट समीक्षा की प्रतीक्षा में है।
       *[other] { $count } प्रोजेक्ट समीक्षा की प्रतीक्षा में हैं।
    }
console-consents-pending =
    { $count ->
        [0] कोई भी रचनाकार अभिभावक की सहमति की प्रतीक्षा में नहीं है।
        [one] एक रचनाकार अभिभावक की सहमति की प्रतीक्षा में है।
       *[other] { $count } रचनाकार अभिभावक की सहमति की प्रतीक्षा में हैं।
    }
moderation-status = स्थिति
moderation-status-review = समीक्षा बाकी
moderation-status-all = सभी
moderation-status-pending = अभी तय नहीं हुआ
moderation-any-category = कोई भी श्रेणी
moderation-showing = { $total } में से प्रोजेक्ट { $from }–{ $to }
moderation-none-to-review = समीक्षा के लिए कुछ भी बाकी नहीं है।
moderation-past-end =
    यह पृष्ठ सूची के अंत से आगे है (सूची में { $pages ->
        [one] एक पृष्ठ है
       *[other] { $pages } पृष्ठ हैं
    })।
moderation-first-page = पहले पृष्ठ पर जाएँ
moderation-select-project = “{ $title }” चुनें
moderation-select-all =
    { $count ->
        [one] इस पृष्ठ का प्रोजेक्ट चुनें
       *[other] इस पृष्ठ के सभी { $count } प्रोजेक्ट चुनें
    }
moderation-select-none = चयन हटाएँ
moderation-bulk-none = कोई प्रोजेक्ट नहीं चुना गया। जिन प्रोजेक्ट को स्वीकृत करना है उन पर निशान लगाएँ, फिर बटन दोबारा दबाएँ।
moderation-waits-short = अभिभावक की सहमति आने के बाद स्वीकृत किया जा सकता है।
moderation-invalid-parameter = इस मॉडरेशन लिंक में “{ $parameter }” के लिए अमान्य मान है। कंसोल से कतार फिर से खोलें।
