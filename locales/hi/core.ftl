site-name = युवा प्रदर्शनी
site-tagline = दुनिया भर के युवा रचनाकार दिखाते हैं कि उन्होंने क्या बनाया।
skip-to-content = मुख्य सामग्री पर जाएँ
nav-main-label = मुख्य नेविगेशन
nav-home = मुखपृष्ठ
language-switcher-label = भाषा
footer-about = ऑनलाइन युवा कोडिंग प्रदर्शनियों के लिए एक ओपन-सोर्स प्लेटफ़ॉर्म।

format-date-time = %-d %B %Y, %H:%M %Z
format-date = %-d %B %Y

error-not-found-heading = पृष्ठ नहीं मिला
error-not-found-message = हमें वह पृष्ठ नहीं मिला। हो सकता है वह हटा दिया गया हो, या कभी था ही नहीं।
error-forbidden-heading = अनुमति नहीं है
error-forbidden-message = आपको इस पृष्ठ तक पहुँच नहीं है।
error-bad-request-heading = इस अनुरोध में कुछ गड़बड़ है
error-bad-request-message = कृपया जो लिखा है उसे जाँचें और फिर से कोशिश करें।
error-server-heading = हमारी ओर से कुछ गड़बड़ हो गई
error-server-message = क्षमा करें! कृपया थोड़ी देर में फिर से कोशिश करें। अगर ऐसा होता रहे, तो आयोजकों को बताएँ।
error-unavailable-heading = हम जल्द ही लौटेंगे
error-unavailable-message = शोकेस का एक हिस्सा दोबारा शुरू हो रहा है, इसलिए यह थोड़ी देर के लिए उपलब्ध नहीं है। जो कुछ पहले से सहेजा गया है, वह सुरक्षित है। कृपया एक मिनट में फिर से कोशिश करें; अगर आप कोई फ़ॉर्म भेज रहे थे, तो वापस जाएँ और उसे फिर से भेजें।
error-back-home = मुखपृष्ठ पर लौटें

nav-sign-in = साइन इन करें
nav-register = पंजीकरण करें
nav-account = मेरा खाता
nav-sign-out = साइन आउट करें
nav-organizer = आयोजक कंसोल
nav-judge = मूल्यांकन

error-csrf-heading = इस फ़ॉर्म की समय-सीमा समाप्त हो गई है
error-csrf-message = आपकी सुरक्षा के लिए, कृपया वापस जाएँ, पृष्ठ को फिर से लोड करें और फ़ॉर्म दोबारा भेजें।
error-too-many-requests-heading = बहुत अधिक प्रयास
error-too-many-requests-message = कृपया फिर से कोशिश करने से पहले एक मिनट प्रतीक्षा करें।
select-choose = चुनें…
file-choose = फ़ाइल चुनें
nav-projects = मेरे प्रोजेक्ट
error-api-not-found = इस पहचानकर्ता के साथ यहाँ कुछ नहीं है, या वह प्रकाशित नहीं है।
error-api-unauthorized = एक मान्य API टोकन आवश्यक है (Authorization: Bearer sct_…)।
error-api-missing-scope = इस टोकन में “{ $scope }” अधिकार नहीं है।
error-api-server = हमारी ओर से कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर से कोशिश करें।
error-api-unavailable = सेवा थोड़ी देर के लिए उपलब्ध नहीं है। कृपया Retry-After हेडर में बताए गए सेकंड बीतने के बाद फिर से कोशिश करें।
error-refused-heading = यह अभी नहीं किया जा सकता
error-refused-message = इस बीच कुछ बदल गया, या प्रदर्शनी का कोई नियम इसकी अनुमति नहीं देता।
error-too-large-heading = यह बहुत बड़ा था
error-too-large-message = आपने जो भेजा वह हमारी सीमा से बड़ा है। कृपया कुछ छोटा भेजें।
error-not-in-phase = { $action } तभी हो सकता है जब आयोजन इनमें से किसी चरण में हो: { $phases }।
list-separator = {", "}
