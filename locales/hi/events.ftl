home-no-event-heading = अभी कोई प्रदर्शनी नहीं चल रही है
home-no-event-message = जल्द ही फिर आएँ: अगली प्रदर्शनी की घोषणा यहीं होगी।
home-phase-label = वर्तमान चरण
home-categories-heading = श्रेणियाँ
home-categories-intro = हर प्रोजेक्ट इनमें से किसी एक श्रेणी में भाग लेता है।

phase-upcoming = जल्द आ रहा है
phase-submissions_open = प्रविष्टियाँ खुली हैं
phase-moderation = प्रविष्टियों की समीक्षा
phase-shortlisting = मूल्यांकन
phase-favourites = निर्णायक अपने पसंदीदा चुन रहे हैं
phase-announced = विजेताओं की घोषणा हो गई
phase-archived = संग्रहीत

deadline-upcoming = प्रविष्टियाँ { $date } को खुलेंगी
deadline-submissions_open = प्रविष्टियाँ { $date } को बंद होंगी
deadline-moderation = मूल्यांकन { $date } को शुरू होगा
deadline-shortlisting = पसंदीदा { $date } से चुने जाएँगे
deadline-favourites = विजेताओं की घोषणा { $date } को होगी
deadline-announced = प्रदर्शनी { $date } को संग्रहीत होगी

countdown-days =
    { $days ->
        [0] एक दिन से कम बचा है
        [one] एक दिन बचा है
       *[other] { $days } दिन बचे हैं
    }

category-scratch = Scratch
category-scratch-description = Scratch से बनाए गए एनिमेशन, कहानियाँ, गेम और बहुत कुछ।
category-games = गेम
category-games-description = Scratch को छोड़कर किसी भी टूल या भाषा से बनाए गए गेम।
category-web = वेब
category-web-description = वेबसाइटें और वेब ऐप।
category-mobile-apps = मोबाइल ऐप
category-mobile-apps-description = फ़ोन और टैबलेट के लिए ऐप।
category-hardware = हार्डवेयर
category-hardware-description = फ़िज़िकल कंप्यूटिंग: रोबोट, सेंसर, पहनने योग्य उपकरण, Raspberry Pi, micro:bit।
category-advanced-programming = उन्नत प्रोग्रामिंग
category-advanced-programming-description = किसी टेक्स्ट-आधारित प्रोग्रामिंग भाषा में लिखा गया जटिल सॉफ़्टवेयर।
category-ai = एआई
category-ai-description = ऐसे प्रोजेक्ट जो कृत्रिम बुद्धिमत्ता और मशीन लर्निंग का उपयोग करते हैं या उसे बनाते हैं।
phase-action-edit-projects = प्रोजेक्ट शुरू करना और बदलना
phase-action-moderate = प्रोजेक्ट की समीक्षा
phase-action-score = शॉर्टलिस्ट के लिए अंक देना
phase-action-pick-favourites = पसंदीदा चुनना
phase-action-score-award = पुरस्कार के दावेदारों को अंक देना
phase-action-decide-award = पुरस्कार तय करना
