## सार्वजनिक गैलरी और प्रोजेक्ट पृष्ठ

nav-gallery = गैलरी
gallery-title = प्रोजेक्ट गैलरी
gallery-heading = प्रोजेक्ट गैलरी
gallery-search-label = प्रोजेक्ट खोजें
gallery-search-placeholder = रोबोट, ゲーム, İstanbul…
gallery-search-button = खोजें
gallery-clear = खोज और फ़िल्टर हटाएँ
gallery-summary-all = { $count ->
    [0] अभी देखने के लिए कोई प्रोजेक्ट नहीं है
    [one] देखने के लिए एक प्रोजेक्ट
   *[other] देखने के लिए { $count } प्रोजेक्ट
}
gallery-summary-found = { $count ->
    [0] कोई प्रोजेक्ट नहीं मिला
    [one] एक प्रोजेक्ट मिला
   *[other] { $count } प्रोजेक्ट मिले
}
gallery-empty = अभी कुछ भी मेल नहीं खाता। कम शब्द, कोई दूसरी वर्तनी या कम फ़िल्टर आज़माएँ।
gallery-sort-label = क्रम
gallery-sort-relevance = सबसे अच्छा मेल
gallery-sort-newest = सबसे नए
gallery-sort-shuffle = मिला-जुला
gallery-filters-label = फ़िल्टर
gallery-results-label = प्रोजेक्ट
gallery-pages-label = पृष्ठ
gallery-previous = पिछला
gallery-next = अगला
gallery-facet-category = श्रेणी
gallery-facet-country = देश
gallery-facet-language = भाषा
gallery-facet-age = आयु वर्ग
gallery-facet-event = कार्यक्रम
gallery-facet-award = पुरस्कार
gallery-facet-favourite = निर्णायकों के पसंदीदा
gallery-facet-award-only = पुरस्कार विजेता
gallery-facet-favourite-only = निर्णायकों के पसंदीदा
gallery-favourite-badge = निर्णायकों का पसंदीदा
gallery-back = गैलरी पर लौटें
gallery-published-in = { $event } में दिखाया गया
gallery-honours-heading = पुरस्कार और पसंदीदा
gallery-favourite-of = { $judge } का पसंदीदा
gallery-images-label = प्रोजेक्ट की तस्वीरें
gallery-open-project = प्रोजेक्ट खोलें
gallery-watch-video = वीडियो देखें
gallery-creators-heading = बनाने वाले
gallery-community-heading = यह अपने समुदाय की कैसे मदद करता है
error-gallery-invalid-value = खोज लिंक में “{ $parameter }” के लिए अमान्य मान है। गैलरी से नई खोज शुरू करें।
award-coding-with-commitment = Coding with Commitment पुरस्कार
home-gallery-link = प्रोजेक्ट गैलरी देखें
home-enter-project = अपना प्रोजेक्ट जमा करें

# The public winners page of an announced event.
winners-title = { $event } के विजेता
winners-awards-heading = पुरस्कार
winners-favourites-heading = VIP निर्णायकों की पसंद
winners-none = इस आयोजन के परिणाम अभी घोषित नहीं हुए हैं।
winners-gallery-link = गैलरी में सभी प्रोजेक्ट देखें
home-results-heading = पिछले आयोजनों के परिणाम
gallery-embed-play = यहीं चलाएँ
gallery-embed-watch = यहीं देखें
gallery-embed-note = इससे प्लेयर { $site } से लोड होता है।
gallery-embed-title = { $title }: प्लेयर
gallery-image-n = चित्र { $n }
