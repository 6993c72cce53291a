# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = रचनाकार
role-adult = माता-पिता, अभिभावक या मेंटर
role-judge = निर्णायक
role-organizer = आयोजक

field-email = ईमेल पता
field-password = पासवर्ड
field-new-password = नया पासवर्ड
field-first-name = पहला नाम
field-surname = कुलनाम
field-display-name = दिखाया जाने वाला नाम
field-your-name = आपका नाम
field-birth-year = जन्म का वर्ष
field-birth-month = जन्म का महीना
field-country = देश
field-gender = लिंग (वैकल्पिक)
field-gender-description = अपने शब्दों में आपका लिंग
field-language = भाषा
field-role = भूमिका
field-token-name = टोकन का नाम

hint-password = कम से कम 10 अक्षर। कुछ ऐसे शब्द जो आपको याद रहें, मिलकर एक अच्छा पासवर्ड बनाते हैं।
hint-surname-private = निजी रखा जाता है: साइट पर कभी नहीं दिखाया जाता।
hint-display-name-public = आपके प्रोजेक्ट के साथ दिखाया जाता है, जैसे आपका पहला नाम या कोई निकनेम।
hint-birth-private = केवल उम्र के नियम जाँचने के लिए उपयोग होता है; कभी नहीं दिखाया जाता।
hint-gender = वैकल्पिक। केवल कार्यक्रम के विविधता आँकड़ों के लिए, गुमनाम रूप से उपयोग होता है।

gender-female = लड़की या महिला
gender-male = लड़का या पुरुष
gender-non_binary = नॉन-बाइनरी
gender-self_described = अपने शब्दों में बताना चाहते हैं
gender-undisclosed = बताना नहीं चाहते

error-email-required = कृपया अपना ईमेल पता लिखें।
error-email-invalid = यह ईमेल पते जैसा नहीं लगता (उदाहरण के लिए name@example.org)।
error-email-too-long = यह ईमेल पता बहुत लंबा है।
error-password-too-short = आपके पासवर्ड में कम से कम 10 अक्षर होने चाहिए।
error-password-too-long = आपके पासवर्ड में अधिकतम 128 अक्षर हो सकते हैं।
error-password-common = इस पासवर्ड का अनुमान लगाना बहुत आसान है। कुछ ऐसे शब्द आज़माएँ जिनका आपस में संबंध सिर्फ़ आप जानते हों।
error-display-name-required = कृपया दिखाने के लिए एक नाम लिखें।
error-display-name-too-long = दिखाया जाने वाला नाम अधिकतम 50 अक्षरों का हो सकता है।
error-name-required = कृपया एक नाम लिखें।
error-name-too-long = नाम अधिकतम 100 अक्षरों का हो सकता है।
error-text-control-characters = कृपया इस टेक्स्ट से विशेष अदृश्य अक्षर हटा दें।
error-birth-date-invalid = कृपया जन्म का सही वर्ष और महीना चुनें।
error-age-too-young-to-register = 13 साल से कम उम्र के रचनाकारों का पंजीकरण माता-पिता, अभिभावक या मेंटर करते हैं।
error-age-too-old-for-creator = रचनाकारों की उम्र 18 साल या उससे कम होनी चाहिए। वयस्क माता-पिता, अभिभावक या मेंटर के रूप में पंजीकरण कर सकते हैं।
error-country-invalid = कृपया सूची से एक देश चुनें।
error-gender-invalid = कृपया विकल्पों में से एक चुनें।
error-gender-description-required = कृपया अपने लिंग का वर्णन करें, या कोई दूसरा विकल्प चुनें।
error-gender-description-too-long = कृपया अधिकतम 50 अक्षरों का उपयोग करें।
error-language-invalid = कृपया सूची से एक भाषा चुनें।
error-role-invalid = कृपया सूची से एक भूमिका चुनें।
error-sign-in-failed = ईमेल पता या पासवर्ड सही नहीं है।

register-heading = खाता बनाएँ
register-intro = आप कौन हैं?
register-as-creator = मेरी उम्र 13 से 18 साल है और मैं अपना प्रोजेक्ट दिखाना चाहता/चाहती हूँ
register-as-adult = मैं माता-पिता, अभिभावक या मेंटर हूँ (मैं 13 साल से कम उम्र के रचनाकारों का पंजीकरण करता/करती हूँ)
register-have-account = मेरा खाता पहले से है
register-under-13 = 13 साल से कम उम्र है? आपका पंजीकरण माता-पिता, अभिभावक या मेंटर करेंगे।
register-creator-heading = रचनाकार के रूप में पंजीकरण करें
register-creator-intro = 13 से 18 साल के रचनाकारों के लिए। सार्वजनिक रूप से केवल आपका दिखाया जाने वाला नाम, देश और आयु वर्ग ही दिखाया जाता है।
register-adult-heading = माता-पिता, अभिभावक या मेंटर के रूप में पंजीकरण करें
register-adult-intro = इसके बाद आप उन युवा रचनाकारों को जोड़ सकते हैं जिनकी आप देखरेख करते हैं।
register-submit = मेरा खाता बनाएँ

check-email-heading = अपना इनबॉक्स देखें
check-email-text = अगर इस पते का उपयोग किया जा सकता है, तो हमने आपको एक लिंक वाला ईमेल भेजा है। आगे बढ़ने के लिए उसे खोलें।
check-email-spam = कुछ मिनट बाद भी कुछ नहीं आया? अपना स्पैम फ़ोल्डर देखें।

verify-heading = अपने ईमेल पते की पुष्टि करें
verify-intro = यह पुष्टि करने के लिए बटन दबाएँ कि यह आपका पता है।
verify-submit = मेरे पते की पुष्टि करें
verify-done = आपके ईमेल पते की पुष्टि हो गई है। स्वागत है!
verify-first-heading = कृपया पहले अपने ईमेल पते की पुष्टि करें
verify-first-text = हमने आपको एक नया लिंक भेजा है। उसे खोलें, फिर दोबारा साइन इन करें।

sign-in-heading = साइन इन करें
sign-in-submit = साइन इन करें
sign-in-with = { $provider } से साइन इन करें

forgot-heading = पासवर्ड भूल गए?
forgot-intro = अपना ईमेल पता लिखें और हम आपको नया पासवर्ड चुनने के लिए एक लिंक भेजेंगे।
forgot-submit = मुझे लिंक भेजें
forgot-sent = अगर कोई खाता इस पते का उपयोग करता है, तो हमने उस पर नया पासवर्ड चुनने का लिंक भेज दिया है।
reset-heading = नया पासवर्ड चुनें
reset-submit = मेरा नया पासवर्ड सहेजें
reset-done = आपका नया पासवर्ड सहेज लिया गया है। आप साइन इन हो गए हैं।

link-heading = मुझे ईमेल से साइन-इन लिंक भेजें
link-intro = निर्णायकों और आयोजकों के लिए: हम एक ऐसा लिंक भेजते हैं जिससे आप एक बार साइन इन कर सकते हैं।
link-submit = मुझे साइन-इन लिंक भेजें
link-sent = अगर यह पता किसी निर्णायक या आयोजक का है, तो हमने उस पर साइन-इन लिंक भेज दिया है।
link-confirm-heading = प्रदर्शनी में साइन इन करें

token-invalid-heading = यह लिंक काम नहीं कर रहा है
token-invalid-text = यह लिंक मान्य नहीं है। कृपया जाँचें कि आपने पूरा लिंक कॉपी किया है, या नया लिंक माँगें।
token-used-heading = इस लिंक का पहले ही उपयोग हो चुका है
token-used-text = हर लिंक केवल एक बार काम करता है। अगर आपको अब भी साइन इन करना है, तो नया लिंक माँगें।
token-expired-heading = इस लिंक की समय-सीमा समाप्त हो गई है
token-expired-text = लिंक केवल सीमित समय तक काम करते हैं। कृपया नया लिंक माँगें।

oauth-failed-heading = साइन इन नहीं हो सका
oauth-declined-text = प्रदाता की ओर से साइन इन रद्द कर दिया गया।
oauth-expired-text = साइन इन के इस प्रयास की समय-सीमा समाप्त हो गई है या इसका पहले ही उपयोग हो चुका है। कृपया फिर से शुरू करें।
oauth-failed-text = हम प्रदाता के साथ आपके खाते की पुष्टि नहीं कर सके। कृपया फिर से कोशिश करें, या ईमेल से भेजे गए साइन-इन लिंक का उपयोग करें।
oauth-unknown-heading = इस खाते के लिए कोई निमंत्रण नहीं है
oauth-unknown-text = पता { $email } को निर्णायक या आयोजक के रूप में आमंत्रित नहीं किया गया है। आयोजकों से इस पते को आमंत्रित करने के लिए कहें।

invitation-heading = आपको आमंत्रित किया गया है
invitation-intro = आपको { $role } के रूप में आमंत्रित किया गया है ({ $email })। इस पते का उपयोग करके किसी प्रदाता से साइन इन करें, या यहाँ स्वीकार करें।
invitation-accept = निमंत्रण स्वीकार करें
invitation-accepted = स्वागत है! आपका निमंत्रण स्वीकार हो गया है।

account-heading = मेरा खाता
account-intro = आप { $email } के रूप में साइन इन हैं। भूमिकाएँ: { $roles }।
account-save = सहेजें
account-saved = आपके बदलाव सहेज लिए गए हैं।

children-heading = मेरी देखरेख में युवा रचनाकार
children-intro = 13 साल से कम उम्र के रचनाकारों का अपना लॉगिन नहीं होता: आप उन्हें यहाँ जोड़ते हैं और उनकी ओर से काम करते हैं।
children-none = आपने अभी तक किसी को नहीं जोड़ा है।
children-age = उम्र
children-add-heading = युवा रचनाकार जोड़ें
children-add-intro = सार्वजनिक रूप से केवल दिखाया जाने वाला नाम, देश और आयु वर्ग ही दिखाया जाता है।
children-add-submit = जोड़ें
children-added = युवा रचनाकार को जोड़ दिया गया है।

email-greeting = नमस्ते { $name },
email-footer = आपको यह ईमेल युवा प्रदर्शनी पर एक खाते की वजह से मिल रहा है।
email-ignore = अगर आपने यह नहीं माँगा था, तो आप इस ईमेल को अनदेखा कर सकते हैं।
email-link-fallback = अगर बटन काम न करे, तो यह पता कॉपी करके अपने ब्राउज़र में डालें:
email-link-expires =
    { $minutes ->
        [one] यह लिंक केवल एक बार, एक मिनट के लिए काम करता है।
       *[other] यह लिंक केवल एक बार, { $minutes } मिनट के लिए काम करता है।
    }
email-verify-email-subject = अपने ईमेल पते की पुष्टि करें
email-verify-email-text = अपना खाता बनाना पूरा करने के लिए कृपया अपने ईमेल पते की पुष्टि करें।
email-verify-email-button = मेरे पते की पुष्टि करें
email-reset-password-subject = नया पासवर्ड चुनें
email-reset-password-text = किसी ने आपके खाते का पासवर्ड रीसेट करने का अनुरोध किया है। नया पासवर्ड चुनने के लिए इस लिंक का उपयोग करें।
email-reset-password-button = नया पासवर्ड चुनें
email-sign-in-link-subject = आपका साइन-इन लिंक
email-sign-in-link-text = प्रदर्शनी में साइन इन करने के लिए इस लिंक का उपयोग करें।
email-sign-in-link-button = साइन इन करें
email-already-registered-subject = किसी ने आपके पते से पंजीकरण करने की कोशिश की
email-already-registered-text = किसी ने आपके ईमेल पते से खाता बनाने की कोशिश की, लेकिन आपका खाता पहले से है। अगर यह आप थे, तो साइन इन करें, या यहाँ नया पासवर्ड चुनें:
email-invitation-subject = आपको { $role } के रूप में आमंत्रित किया गया है
email-invitation-text = युवा प्रदर्शनी के आयोजक आपको { $role } के रूप में जुड़ने के लिए आमंत्रित करते हैं।
email-invitation-button = निमंत्रण स्वीकार करें
email-invitation-expires =
    { $days ->
        [one] यह निमंत्रण एक दिन के लिए मान्य है।
       *[other] यह निमंत्रण { $days } दिनों के लिए मान्य है।
    }
error-sign-in-account-limit = इस खाते के लिए बहुत अधिक गलत पासवर्ड डाले गए। कृपया कुछ देर बाद फिर कोशिश करें, या “पासवर्ड भूल गए?” से नया पासवर्ड चुनें।
signed-out-everywhere = आप हर डिवाइस से साइन आउट हो गए हैं।
token-revoked-heading = यह लिंक अब काम नहीं करता
token-revoked-text = यह लिंक भेजे जाने के बाद इस खाते का पासवर्ड बदल दिया गया, इसलिए लिंक ने काम करना बंद कर दिया। ज़रूरत हो तो नया लिंक माँगें।
account-sign-out-everywhere = हर डिवाइस से साइन आउट करें
account-sign-out-everywhere-hint = इस खाते के सभी सत्र बंद करता है, इस डिवाइस पर और बाकी सभी पर (जैसे कोई साझा कंप्यूटर जिस पर आप साइन आउट करना भूल गए)।

## Data rights
account-download-data = मेरा डेटा डाउनलोड करें
account-download-data-hint = आपके और आपके संभाले बच्चों के प्रोफ़ाइल के बारे में हमारे पास जो कुछ है, एक JSON फ़ाइल में।
account-delete-link = मेरा खाता हटाएँ
children-actions = कार्रवाइयाँ
children-delete = { $name } का प्रोफ़ाइल हटाएँ
erase-confirm = मैं समझता/समझती हूँ कि इसे वापस नहीं किया जा सकता।
error-erase-confirm = पुष्टि के लिए बॉक्स पर निशान लगाएँ।
erase-keep = मेरा खाता रखें
erase-account-heading = अपना खाता हटाएँ
erase-account-intro = इससे आपका खाता, आपके संभाले हर बच्चे का प्रोफ़ाइल, उनकी सहमतियाँ और सिर्फ़ आपका हर प्रोजेक्ट उसकी तस्वीरों समेत हट जाएगा। टीम प्रोजेक्ट बाकी सदस्यों के लिए आपके बिना बने रहेंगे। भेजे जाने वाले ईमेल रद्द हो जाएँगे। इसे वापस नहीं किया जा सकता: कॉपी चाहिए तो पहले अपना डेटा डाउनलोड करें।
erase-account-submit = मेरा खाता हमेशा के लिए हटाएँ
erase-account-done-heading = आपका खाता हटा दिया गया है
erase-account-done = आपसे जुड़ा सब कुछ हटा दिया गया है: आपका खाता, आपके प्रोफ़ाइल और सिर्फ़ आपके प्रोजेक्ट। भाग लेने के लिए धन्यवाद।
erase-child-heading = { $name } का प्रोफ़ाइल हटाएँ
erase-child-intro = इससे { $name } का प्रोफ़ाइल, उनकी सहमतियाँ और सिर्फ़ उनका हर प्रोजेक्ट तस्वीरों समेत हट जाएगा। टीम प्रोजेक्ट बाकी सदस्यों के लिए { $name } के बिना बना रहेगा। इसे वापस नहीं किया जा सकता।
erase-child-submit = यह प्रोफ़ाइल हमेशा के लिए हटाएँ
erase-child-done = प्रोफ़ाइल और उससे जुड़ा सब कुछ हटा दिया गया।
erase-refused-staff = जज और आयोजकों के खाते कोई आयोजक हटाता है: कृपया उनसे कहें।
