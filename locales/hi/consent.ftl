# Guardian consent, moderation, publication.

project-status-awaiting-consent = माता-पिता या अभिभावक की सहमति की प्रतीक्षा है
project-status-in-review = समीक्षा हो रही है
project-status-needs-changes = बदलाव ज़रूरी हैं
project-status-rejected = स्वीकार नहीं किया गया
project-status-published = प्रकाशित
project-moderator-says = मॉडरेटरों ने लिखा है:
project-consent-heading = माता-पिता या अभिभावक की सहमति
project-consent-intro = प्रोजेक्ट प्रकाशित होने से पहले, 18 साल से कम उम्र के हर रचनाकार के माता-पिता या अभिभावक की सहमति ज़रूरी है।
project-consent-guardian-email = आपके माता-पिता या अभिभावक का ईमेल पता
project-consent-send = सहमति माँगें
project-consent-answer = इस रचनाकार के लिए सहमति दें

consent-state-granted = सहमति दी गई
consent-state-pending = जवाब की प्रतीक्षा है
consent-state-missing = अभी तक नहीं माँगी गई
consent-state-not-needed = सहमति की ज़रूरत नहीं
consent-state-declined = अभिभावक ने मना कर दिया
consent-state-withdrawn = अभिभावक ने वापस ले ली
consent-email-invalid = कृपया अपने माता-पिता या अभिभावक का सही ईमेल पता लिखें।
consent-email-own = कृपया अपना नहीं, बल्कि अपने माता-पिता या अभिभावक का ईमेल पता लिखें।
consent-resend-wait = हमने कुछ मिनट पहले ही अनुरोध भेजा है। कृपया दोबारा भेजने से पहले थोड़ी देर प्रतीक्षा करें।
consent-requested = हमने आपके माता-पिता या अभिभावक को ईमेल भेज दिया है।
consent-recorded = धन्यवाद: आपका जवाब दर्ज कर लिया गया है।
consent-declined = आपका जवाब दर्ज कर लिया गया है: प्रोजेक्ट प्रकाशित नहीं किया जाएगा।

consent-heading = युवा प्रदर्शनी के लिए आपकी सहमति
consent-intro = { $name } युवाओं की एक ऑनलाइन प्रदर्शनी में एक कोडिंग प्रोजेक्ट दिखाना चाहते हैं। नीचे ठीक-ठीक बताया गया है कि क्या-क्या सार्वजनिक होगा।
consent-public-heading = क्या सार्वजनिक होगा
consent-public-name = दिखाया जाने वाला नाम
consent-public-age-group = आयु वर्ग
consent-private-heading = क्या निजी रहेगा
consent-private-text = कुलनाम, ईमेल पता, जन्मतिथि, स्कूल और आपकी अपनी जानकारी कभी सार्वजनिक रूप से नहीं दिखाई जाती, और न ही किसी और को दी जाती है।
consent-choices = कृपया चुनें
consent-scope-publish = ऊपर दी गई जानकारी के साथ प्रोजेक्ट प्रकाशित किया जाए
consent-scope-photos = वे तस्वीरें भी दिखाई जाएँ जिनमें कोई व्यक्ति दिखता है
consent-scope-contact = आयोजक कार्यक्रम के बारे में हमसे संपर्क कर सकते हैं
consent-wording-label = पाठ का संस्करण
consent-agree = मैंने जिन बातों पर निशान लगाया है, मैं उनसे सहमत हूँ
consent-decline = मैं सहमत नहीं हूँ
consent-decline-hint = अगर आप इनमें से किसी से भी सहमत नहीं हैं, तो “मैं सहमत नहीं हूँ” चुनें: प्रोजेक्ट के बारे में कुछ भी प्रकाशित नहीं होगा।
consent-choose-answer = कृपया दोनों में से किसी एक बटन से जवाब दें: “मैंने जिन बातों पर निशान लगाया है, मैं उनसे सहमत हूँ” या “मैं सहमत नहीं हूँ”।
consent-nothing-ticked = कृपया उन बातों पर निशान लगाएँ जिनसे आप सहमत हैं। अगर आप किसी से भी सहमत नहीं हैं, तो “मैं सहमत नहीं हूँ” चुनें।
consent-photos-need-publish = तस्वीरें केवल प्रोजेक्ट के पृष्ठ पर दिखाई जाती हैं: उन्हें दिखाने के लिए “ऊपर दी गई जानकारी के साथ प्रोजेक्ट प्रकाशित किया जाए” पर भी निशान लगाएँ, या तस्वीरों से निशान हटा दें।
consent-thanks-heading = धन्यवाद
consent-thanks-text = आपका जवाब दर्ज कर लिया गया है। हमने आपको पुष्टि का एक ईमेल भेजा है, जिसमें दिए गए लिंक से आप कभी भी अपनी सहमति वापस ले सकते हैं।
consent-declined-heading = आपका जवाब दर्ज कर लिया गया है
consent-declined-text = प्रोजेक्ट प्रकाशित नहीं किया जाएगा। जवाब देने के लिए धन्यवाद।
consent-withdraw-heading = अपनी सहमति वापस लें
consent-withdraw-intro = अगर आप सहमति वापस लेते हैं, तो प्रोजेक्ट तुरंत हर सार्वजनिक पृष्ठ से हटा दिया जाता है और टीम व आयोजकों को इसकी सूचना दे दी जाती है।
consent-withdraw-submit = मेरी सहमति वापस लें
consent-withdrawn-heading = आपकी सहमति वापस ले ली गई है
consent-withdrawn-text = प्रोजेक्ट अब किसी भी सार्वजनिक जगह पर नहीं दिखाया जाता।
consent-receipt-heading = आप पहले ही जवाब दे चुके हैं
consent-receipt-intro = इस लिंक का पहले ही उपयोग हो चुका है, इसलिए इससे अब कुछ नहीं बदला जा सकता। इसके ज़रिए यह जवाब दर्ज किया गया था।
consent-receipt-answered-at = जवाब देने का समय
consent-receipt-withdrawn-at = सहमति वापस लेने का समय
consent-receipt-change = अगर आपने सहमति दी थी, तो हमारे भेजे गए पुष्टि ईमेल में एक लिंक है, जिससे आप कभी भी अपनी सहमति वापस ले सकते हैं। अलग जवाब देने के लिए उस युवा से कहें कि वह आपको नया अनुरोध भेजे।
consent-answer-granted = हाँ
consent-answer-declined = नहीं
consent-answer-withdrawn = हाँ, बाद में वापस ले ली गई
consent-link-used-text = सहमति का हर लिंक केवल एक बार काम करता है।
consent-link-expired-text = सहमति के लिंक सीमित समय तक ही काम करते हैं। अगर आप अब भी जवाब देना चाहते हैं, तो उस युवा से कहें कि वह आपको नया अनुरोध भेजे।
consent-link-invalid-text = यह लिंक मान्य नहीं है। कृपया जाँच लें कि आपने ईमेल से पूरा लिंक कॉपी किया है।

age-bracket-up-to-10 = 10 साल या उससे कम
age-bracket-11-13 = 11 से 13 साल
age-bracket-14-16 = 14 से 16 साल
age-bracket-17-18 = 17 से 18 साल

moderation-heading = मॉडरेशन
moderation-filter = फ़िल्टर करें
moderation-select = चुनें
moderation-consent = सहमति
moderation-consents = { $needed } में से { $given }
moderation-state = समीक्षा
moderation-state-pending = समीक्षा बाकी
moderation-state-approved = स्वीकृत
moderation-state-rejected = स्वीकार नहीं किया गया
moderation-state-changes-requested = बदलाव माँगे गए
moderation-bulk-approve = चुने गए प्रोजेक्ट स्वीकृत करें
moderation-empty = जमा किया गया कोई भी प्रोजेक्ट मेल नहीं खाता।
moderation-decide = निर्णय
moderation-reason = कारण, टीम के लिए
moderation-reason-hint = जब आप बदलाव माँगें या प्रोजेक्ट स्वीकार न करें, तब ज़रूरी है। टीम को यह ईमेल से मिलता है।
moderation-approve = स्वीकृत करें
moderation-request-changes = बदलाव माँगें
moderation-reject = स्वीकार न करें
moderation-saved = निर्णय सहेज लिया गया है और टीम को बता दिया गया है।
moderation-reason-required = कृपया टीम के लिए कोई कारण लिखें।
moderation-reason-too-long = कारण अधिकतम 1,000 अक्षरों का हो सकता है।
moderation-decision-approved = इसे स्वीकृत कर दिया गया है
moderation-decision-rejected = इसे स्वीकार नहीं किया गया है
moderation-decision-changes-requested = इसमें कुछ बदलावों की ज़रूरत है
console-moderation-text = जमा किए गए प्रोजेक्ट की समीक्षा करें।
console-published-text = प्रकाशित प्रोजेक्ट और वे सहमतियाँ जिनके आधार पर वे प्रकाशित हुए।
published-heading = प्रकाशित प्रोजेक्ट
published-intro = हर प्रकाशित प्रोजेक्ट, उन सहमति रिकॉर्ड के साथ जिनके आधार पर उसे प्रकाशित किया गया।
published-none = अभी तक कुछ भी प्रकाशित नहीं हुआ है।
published-creator = रचनाकार
published-scope = सहमति
published-given-by = किसने दी
published-given-at = कब
published-wording = पाठ का संस्करण

email-consent-request-subject = { $name } के प्रोजेक्ट के लिए आपकी सहमति
email-consent-reminder-subject = अनुस्मारक: { $name } के प्रोजेक्ट के लिए आपकी सहमति
email-consent-request-text = { $name } ने युवा कोडरों की एक ऑनलाइन प्रदर्शनी में प्रोजेक्ट “{ $title }” भेजा है और उसे प्रकाशित करने के लिए आपकी सहमति माँगी है।
email-consent-request-action = कृपया देखें कि ठीक-ठीक क्या सार्वजनिक होगा, और हमें अपना निर्णय बताएँ:
email-consent-request-button = प्रोजेक्ट देखें और जवाब दें
email-consent-request-expires =
    { $days ->
        [one] यह लिंक केवल एक बार, एक दिन के लिए काम करता है।
       *[other] यह लिंक केवल एक बार, { $days } दिनों के लिए काम करता है।
    }
email-consent-request-ignore = अगर आप इस युवा को नहीं जानते, तो आप इस ईमेल को अनदेखा कर सकते हैं।
email-consent-confirmation-subject = { $name } के लिए आपकी सहमति दर्ज कर ली गई है
email-consent-confirmation-text = धन्यवाद। { $name } और प्रोजेक्ट “{ $title }” के लिए आपकी सहमति दर्ज कर ली गई है।
email-consent-confirmation-withdraw = आप इस लिंक से कभी भी अपनी सहमति वापस ले सकते हैं; ऐसा करने पर प्रोजेक्ट तुरंत हर सार्वजनिक पृष्ठ से हट जाएगा:
email-consent-withdrawn-subject = सहमति वापस ली गई: “{ $title }”
email-consent-withdrawn-text = { $creator } के माता-पिता या अभिभावक ने अपनी सहमति वापस ले ली है। प्रोजेक्ट “{ $title }” अब सार्वजनिक नहीं है।
email-moderation-subject = आपके प्रोजेक्ट “{ $title }” के बारे में जानकारी
email-moderation-text = मॉडरेटरों ने आपका प्रोजेक्ट “{ $title }” देख लिया है: { $decision }।
email-moderation-reason = उनका संदेश:
moderation-review-change = प्रकाशित प्रोजेक्ट में बदलाव
moderation-review-new = नई प्रविष्टि
moderation-waiting = प्रतीक्षा में
moderation-revision = संस्करण { $number }
moderation-changes-heading = क्या बदलेगा
moderation-changes-intro = लोग स्वीकृत संस्करण देखते हैं। स्वीकृति देने से ये बदलाव प्रकाशित होंगे; अस्वीकार करने पर स्वीकृत संस्करण ही दिखता रहेगा।
moderation-change-what = क्या
moderation-change-public = अभी सार्वजनिक
moderation-change-new = प्रस्तावित
moderation-no-changes = किसी निर्णय की प्रतीक्षा नहीं है: लोग यही संस्करण देखते हैं।
moderation-content-heading = जिस संस्करण पर निर्णय लेना है
moderation-member-new = टीम में नया
moderation-reject-change = ये बदलाव अस्वीकार करें
moderation-change-image-added = नया चित्र
moderation-change-image-removed = हटाया गया चित्र
moderation-change-image-changed = चित्र का विवरण
moderation-change-member-added = टीम का नया सदस्य
moderation-change-member-removed = टीम छोड़ दी
moderation-consent-by-guardian =
    { $domain } के एक पते से दी गई; इस पते ने { $others ->
        [0] किसी अन्य रचनाकार के लिए उत्तर नहीं दिया है
       *[other] { $others } अन्य रचनाकारों के लिए भी उत्तर दिया है
    }।
moderation-consent-by-adult =
    इस प्रोफ़ाइल को संभालने वाले वयस्क ({ $domain }) ने ऐप में दी; उन्होंने { $others ->
        [0] किसी अन्य रचनाकार के लिए उत्तर नहीं दिया है
       *[other] { $others } अन्य रचनाकारों के लिए भी उत्तर दिया है
    }।
moderation-consent-for-revision = (दिखाया गया संस्करण { $number })
moderation-revision-outdated = जब आप देख रहे थे तभी टीम ने प्रोजेक्ट बदल दिया। कृपया नया संस्करण देखें।
moderation-waits-for-consent = टीम के एक सदस्य के अभिभावक की सहमति अभी नहीं मिली है। अभी स्वीकृति देने से पूरा प्रोजेक्ट हट जाएगा: सहमति आने के बाद इन बदलावों को स्वीकृति दें।
moderation-decision-change-rejected = पहले की तरह ही प्रकाशित है: आपके हाल के बदलाव स्वीकार नहीं किए गए
moderation-decision-change-changes-requested = पहले की तरह ही प्रकाशित है: आपके हाल के बदलावों में पहले कुछ सुधार चाहिए
revision-status-pending = निर्णय की प्रतीक्षा में
revision-status-approved = स्वीकृत
revision-status-rejected = स्वीकार नहीं
revision-status-changes-requested = बदलाव माँगे गए
revision-status-superseded = नए संस्करण से बदला गया
project-status-published-changes-in-review = प्रकाशित · बदलावों की समीक्षा हो रही है
project-status-published-changes-declined = प्रकाशित · बदलाव स्वीकार नहीं हुए
consent-email-account = यह पता यहाँ के किसी खाते का है। कृपया अपने माता-पिता या अभिभावक से उनका अपना ईमेल पता माँगें।
consent-submit-first = पहले अपना प्रोजेक्ट जमा करें: आपके अभिभावक ठीक वही देखेंगे जो सार्वजनिक होगा।
