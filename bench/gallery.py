#!/usr/bin/env python3
"""Helpers of the gallery benchmark (`make bench-gallery`, bench/run-gallery.sh). Only the
standard library is used.

    python3 bench/gallery.py seed-sql --projects 100000      SQL that bulk-inserts published
                                                             projects into the demo event
    python3 bench/gallery.py wrk-script --kind gallery-search --offset 0 > varied.lua
                                                             a wrk script whose every request
                                                             is a different query (cache misses)
    python3 bench/gallery.py check-html URL | check-json URL  one request: 200 and results?
    python3 bench/gallery.py report --dir RESULTS ...         parse wrk outputs, print the table

The seed is set-based (generate_series over word lists, one INSERT per table), so 100,000
projects take seconds, not a round trip each. Texts are built from word lists in English,
Spanish, Portuguese, French, German, Turkish (İ/ı), Ukrainian (Cyrillic), Arabic, Hindi and
Japanese; every CHECK constraint and unique key of the schema holds.
"""
import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

# ---------------------------------------------------------------------------------------
# Word lists. Per language: separator between title words, whether the noun comes first
# (Romance languages), adjectives, nouns, title extras, description sentences, answers
# (why made / difficulties / next steps), community sentences, first names, surnames.

LANGS = {
    "en": dict(
        sep=" ", noun_first=False,
        adjs=["Smart", "Solar", "Tiny", "Friendly", "Clever", "Green", "Pocket", "Rainy Day", "Super",
              "Quiet", "Happy", "Magic", "Speedy", "Safe", "Community", "Ocean", "Space", "Little",
              "Helpful", "Pixel"],
        nouns=["Robot", "Robot Arm", "Garden Sensor", "Weather Station", "Bus Tracker", "Recycling Game",
               "Plant Waterer", "Homework Helper", "Quiz App", "Maze Game", "Music Box", "Bird Feeder",
               "Traffic Light", "Chatbot", "Drone", "Map", "Pet Feeder", "Step Counter", "Library App",
               "Water Saver", "Story Maker", "Alarm Clock", "Translator", "Platformer"],
        extras=["for Schools", "for Grandma", "Deluxe", "Junior", "2.0", "Mini", "for Our Town", "Challenge"],
        descs=["Waters the school garden only when the soil is dry.",
               "Tells you when the next bus really arrives.",
               "A game that teaches which bin each piece of rubbish goes in.",
               "Built with a micro:bit, two sensors and a lot of tape.",
               "Sends a message to a phone when something needs attention.",
               "Made in Scratch with twelve levels and a boss at the end.",
               "Anyone can use it, even children who cannot read yet.",
               "Counts how much water our class saves every week.",
               "Helps my little brother practise his times tables.",
               "Lights up when the air in the classroom gets stuffy."],
        whys=["Our garden flooded every spring and dried out every summer.",
              "We kept missing the bus in the rain.",
              "Our street's recycling was always mixed up.",
              "My grandmother forgets to water her plants.",
              "Our teacher asked us to solve a problem in our town.",
              "I wanted to make a game my friends would actually play."],
        diffs=["Calibrating the moisture sensor took weeks of testing.",
               "The data was messy, so we cleaned it ourselves.",
               "Making the levels hard enough but still fun.",
               "Keeping the electronics dry in the rain.",
               "Our code kept crashing until we found a missing semicolon.",
               "We had to learn how to solder."],
        nexts=["Solar power and alerts on a phone.", "Support for more cities.", "A two-player mode.",
               "Sharing it with other schools.", "A version in more languages.", "A better battery."],
        communities=["It helps the families in our street save water.",
                     "Our school uses it every day now.",
                     "The whole neighbourhood helped us test it."],
        firsts=["Amelia", "Oliver", "Isla", "Noah", "Maya", "Ethan", "Zoe", "Jayden", "Chiamaka", "Kwame",
                "Lerato", "Thabo", "Aroha", "Wei Ling", "Andrea", "Arjun", "Aoife", "Cian"],
        surnames=["Clarke", "Patel", "Evans", "Murphy", "Nguyen", "Rivera", "Okafor", "Mensah",
                  "Dlamini", "Smith", "Tan", "Santos"],
    ),
    "es": dict(
        sep=" ", noun_first=True,
        adjs=["Inteligente", "Solar", "Verde", "Feliz", "Mágico", "Veloz", "Seguro", "Espacial",
              "Comunitario", "Pequeño", "Divertido", "Ecológico"],
        nouns=["Robot", "Brazo Robot", "Huerto", "Sensor de Lluvia", "Juego de Reciclaje", "Guardián del Agua",
               "Mapa Escolar", "Asistente de Tareas", "Semáforo", "Estación Meteorológica", "Comedero de Aves",
               "Juego de Laberinto", "Traductor", "Dron"],
        extras=["Escolar", "para la Abuela", "2.0", "Junior", "del Barrio", "Mini"],
        descs=["Avisa cuando se deja un grifo abierto en la escuela.",
               "Mide la luz y la humedad del huerto comunitario.",
               "Un juego que enseña a reciclar con niveles cada vez más difíciles.",
               "Hecho con Scratch y muchas pruebas con mis compañeros.",
               "Envía un mensaje al teléfono cuando algo necesita atención.",
               "Ayuda a mi hermano pequeño a practicar las tablas de multiplicar."],
        whys=["En mi escuela se desperdiciaba mucha agua.",
              "Mi abuela cultiva tomates y quería ayudarla.",
              "Siempre perdíamos el autobús cuando llovía.",
              "Nuestra profesora nos pidió resolver un problema del barrio."],
        diffs=["Conectar el sensor de flujo sin que se mojara.",
               "Leer bien los datos del sensor de luz.",
               "Que los niveles fueran difíciles pero divertidos.",
               "Aprender a soldar los cables."],
        nexts=["Un panel para el conserje.", "Una app para compartir cosechas.", "Un modo para dos jugadores.",
               "Llevarlo a otras escuelas."],
        communities=["Ayuda a las familias de nuestra calle a ahorrar agua.",
                     "Toda la escuela lo usa cada día."],
        firsts=["Lucía", "Hugo", "Martina", "Pablo", "Valentina", "Santiago", "Ximena", "Mateo", "Sofía",
                "Benjamín", "Camila", "Joaquín"],
        surnames=["García", "Fernández", "López", "Hernández", "Martínez", "Ramírez", "González", "Quispe"],
    ),
    "pt": dict(
        sep=" ", noun_first=True,
        adjs=["Inteligente", "Solar", "Verde", "Feliz", "Mágico", "Rápido", "Seguro", "Espacial",
              "Comunitário", "Divertido"],
        nouns=["Robô", "Robot Explorador", "Alerta de Enchente", "Horta", "Sensor de Chuva",
               "Jogo de Reciclagem", "Mapa da Escola", "Semáforo", "Estação do Tempo", "Comedouro de Pássaros",
               "Tradutor", "Drone"],
        extras=["da Escola", "para a Vovó", "2.0", "Júnior", "do Bairro"],
        descs=["Avisa o bairro quando o rio começa a subir.",
               "Mede a luz e a umidade da horta da escola.",
               "Um jogo que ensina a separar o lixo.",
               "Feito com Arduino e muitos testes com os colegas.",
               "Manda uma mensagem para o celular quando algo muda."],
        whys=["A minha rua alaga todo verão.", "A minha avó esquece de regar as plantas.",
              "A professora pediu para resolvermos um problema do bairro."],
        diffs=["Fazer o sensor funcionar debaixo de chuva forte.", "Aprender a programar o Arduino.",
               "Deixar o jogo difícil, mas divertido."],
        nexts=["Mensagens por SMS para os vizinhos.", "Levar para outras escolas.", "Um modo para dois jogadores."],
        communities=["Ajuda as famílias da nossa rua.", "A escola inteira usa todos os dias."],
        firsts=["Alice", "Miguel", "Helena", "Arthur", "Beatriz", "Tomás", "Leonor", "Santiago"],
        surnames=["Silva", "Santos", "Oliveira", "Ferreira", "Costa", "Pereira"],
    ),
    "fr": dict(
        sep=" ", noun_first=True,
        adjs=["Intelligent", "Solaire", "Vert", "Magique", "Rapide", "Malin", "Joyeux", "Spatial"],
        nouns=["Robot Trieur", "Robot", "Capteur de Pluie", "Jardin", "Jeu de Recyclage", "Station Météo",
               "Carte de l'École", "Traducteur", "Mangeoire à Oiseaux", "Drone"],
        extras=["de l'École", "pour Mamie", "2.0", "Junior", "du Quartier"],
        descs=["Un robot qui trie les déchets de la cantine.",
               "Mesure la lumière et l'humidité du jardin de l'école.",
               "Un jeu qui apprend à trier les déchets.",
               "Envoie un message au téléphone quand il faut arroser."],
        whys=["La cantine jetait tout dans la même poubelle.", "Ma grand-mère oublie d'arroser ses plantes."],
        diffs=["Reconnaître le plastique avec une caméra bon marché.", "Garder l'électronique au sec."],
        nexts=["Trier aussi le verre.", "Le partager avec d'autres écoles."],
        communities=["Toute l'école l'utilise chaque jour."],
        firsts=["Léa", "Félix", "Chloé", "Mathis", "Inès", "Lucas", "Jade", "Noé"],
        surnames=["Tremblay", "Gagnon", "Martin", "Bernard", "Dubois", "Peeters"],
    ),
    "de": dict(
        sep="", noun_first=False,
        adjs=["Schlau", "Solar", "Grün", "Mini", "Super", "Wetter", "Spiel", "Klima"],
        nouns=["roboter", "sensor", "garten", "station", "ampel", "karte", "helfer", "futterhaus"],
        extras=["für die Schule", "2.0", "Junior", "für Oma"],
        descs=["Ein Roboter, der den Schulgarten nur gießt, wenn die Erde trocken ist.",
               "Zeigt an, wann der nächste Bus wirklich kommt.",
               "Ein Spiel, das Mülltrennung erklärt."],
        whys=["Unser Schulgarten war im Sommer immer vertrocknet.", "Wir haben den Bus zu oft verpasst."],
        diffs=["Den Feuchtigkeitssensor richtig einzustellen.", "Die Elektronik trocken zu halten."],
        nexts=["Solarstrom und Nachrichten aufs Handy.", "Mehr Städte."],
        communities=["Die ganze Schule benutzt es jeden Tag."],
        firsts=["Mia", "Leon", "Hannah", "Finn", "Emma", "Paul"],
        surnames=["Müller", "Schmidt", "Schneider", "Fischer"],
    ),
    "tr": dict(
        sep=" ", noun_first=False,
        adjs=["Akıllı", "Güneşli", "Yeşil", "Işıklı", "Hızlı", "Güvenli", "Minik", "Sihirli", "İyi", "Uzay"],
        nouns=["Robot", "Sera", "Hayvan Barınağı", "Trafik Lambası", "Hava İstasyonu", "Geri Dönüşüm Oyunu",
               "Işık Sensörü", "İstanbul Haritası", "Ödev Yardımcısı", "Kuş Yemliği", "Su Tasarrufu"],
        extras=["Okul İçin", "2.0", "Junior", "Mahalle İçin"],
        descs=["Seradaki sıcaklığı ve nemi otomatik ayarlar.",
               "Sahipsiz hayvanlar için yuva bulan bir web sitesi.",
               "İstanbul'da otobüsün ne zaman geleceğini gösterir.",
               "Işık azalınca ısıtıcıyı açan akıllı bir sistem.",
               "Çocuklara geri dönüşümü öğreten bir oyun."],
        whys=["Dedemin domatesleri soğuktan donuyordu.", "Mahallemizde çok sokak köpeği var.",
              "Öğretmenimiz şehrimizdeki bir sorunu çözmemizi istedi."],
        diffs=["Fanı ve ısıtıcıyı aynı anda kontrol etmek zordu.", "Fotoğrafları hızlı yüklemeyi öğrendik.",
               "Işık sensörünü ayarlamak uzun sürdü."],
        nexts=["Telefondan uzaktan kontrol.", "Gönüllü takvimi.", "Başka okullarla paylaşmak."],
        communities=["Mahalledeki bütün aileler kullanıyor.", "Okulumuz her gün kullanıyor."],
        firsts=["Zeynep", "Yusuf", "Elif", "Ömer", "Işıl", "İrem", "Ilgaz", "Defne"],
        surnames=["Yılmaz", "Kaya", "Demir", "Işık", "Çelik"],
    ),
    "uk": dict(
        sep=" ", noun_first=False,
        adjs=["Розумний", "Сонячний", "Зелений", "Швидкий", "Чарівний", "Маленький", "Безпечний"],
        nouns=["Робот", "Сад", "Датчик Дощу", "Світлофор", "Гра про Сортування", "Метеостанція",
               "Помічник з Домашки", "Перекладач", "Дрон"],
        extras=["для Школи", "2.0", "Юніор"],
        descs=["Поливає шкільний сад лише тоді, коли земля суха.",
               "Гра, яка вчить сортувати сміття.",
               "Показує, коли насправді приїде автобус."],
        whys=["Наш шкільний сад щоліта висихав.", "Ми часто пропускали автобус."],
        diffs=["Налаштувати датчик вологості було важко.", "Захистити електроніку від дощу."],
        nexts=["Сонячна батарея і сповіщення на телефон.", "Більше рівнів."],
        communities=["Уся школа користується ним щодня."],
        firsts=["Софія", "Артем", "Анна", "Максим", "Дарина", "Олег"],
        surnames=["Шевченко", "Бондаренко", "Коваленко", "Ткаченко"],
    ),
    "ar": dict(
        sep=" ", noun_first=True,
        adjs=["الذكي", "الشمسي", "الأخضر", "السريع", "الآمن", "الصغير", "العربي"],
        nouns=["روبوت", "حارس الماء", "حساس المطر", "لعبة الفضاء", "محطة الطقس", "إشارة المرور",
               "مساعد الواجبات", "المترجم", "حديقة المدرسة"],
        extras=["للمدرسة", "٢٫٠", "للحي"],
        descs=["جهاز ينبّه عند ترك الصنبور مفتوحًا.", "لعبة تعلّم أسماء الكواكب بالعربية.",
               "روبوت يسقي حديقة المدرسة عندما تجف التربة.", "تطبيق يخبرك متى تصل الحافلة."],
        whys=["كانت مدرستنا تهدر الكثير من الماء.", "لم أجد ألعابًا تعليمية بلغتي."],
        diffs=["كان توصيل الحساس دون أن يبتل صعبًا.", "رسم الشخصيات وتحريكها كان صعبًا."],
        nexts=["لوحة تحكم لإدارة المدرسة.", "مستويات جديدة عن النجوم."],
        communities=["تستخدمه كل عائلات الحي.", "تستخدمه مدرستنا كل يوم."],
        firsts=["مريم", "عمر", "نور", "يوسف", "لين", "كريم", "سلمى", "زيد"],
        surnames=["حسن", "محمود", "علي", "الخطيب", "النجار"],
    ),
    "hi": dict(
        sep=" ", noun_first=False,
        adjs=["स्मार्ट", "सौर", "हरा", "तेज़", "सुरक्षित", "छोटा", "जादुई"],
        nouns=["रोबोट", "पानी टंकी", "गणित का खेल", "मौसम स्टेशन", "बगीचा सेंसर", "ट्रैफिक लाइट",
               "होमवर्क सहायक", "अनुवादक"],
        extras=["स्कूल के लिए", "२.०", "जूनियर"],
        descs=["टंकी भरते ही मोटर अपने आप बंद कर देता है।", "खेल-खेल में पहाड़े सिखाने वाला गेम।",
               "मेरा रोबोट पानी बचाता है।", "बारिश आने पर फ़ोन पर संदेश भेजता है।"],
        whys=["हमारे घर में रोज़ पानी बहता था।", "मेरे छोटे भाई को पहाड़े याद नहीं होते थे।"],
        diffs=["सेंसर को पानी से बचाना मुश्किल था।", "स्तरों को सही कठिनाई देना।"],
        nexts=["मोबाइल पर सूचना भेजना।", "दोस्तों के साथ मुकाबला।"],
        communities=["हमारे मोहल्ले के सभी परिवार इसका उपयोग करते हैं।"],
        firsts=["आद्या", "आरव", "सान्वी", "विहान", "प्रिया", "सुमन", "अनिशा", "रोहन"],
        surnames=["शर्मा", "वर्मा", "गुप्ता", "थापा"],
    ),
    "ja": dict(
        sep="", noun_first=False,
        adjs=["スマート", "ソーラー", "エコ", "ちいさな", "たのしい", "あんぜん", "宇宙", "みどりの"],
        nouns=["ロボット", "ガーデン・センサー", "通学路マップ", "天気ステーション", "リサイクルゲーム",
               "信号機", "宿題ヘルパー", "翻訳アプリ", "ドローン", "迷路ゲーム"],
        extras=["2.0", "ジュニア", "プラス"],
        descs=["土が乾いたときだけ学校の花壇に水をやります。", "危ない交差点をみんなで共有する地図アプリです。",
               "ロボットがごみを分別します。", "雨がふるとスマホに知らせます。"],
        whys=["毎年、花壇が水浸しになったり枯れたりしていました。", "友だちが自転車で転んだのがきっかけです。"],
        diffs=["湿度センサーの調整に何週間もかかりました。", "位置情報を正しく表示するのが難しかったです。"],
        nexts=["太陽光発電とスマホ通知。", "保護者向けのお知らせ機能。"],
        communities=["学校のみんなが毎日使っています。"],
        firsts=["さくら", "はると", "ゆい", "そうた", "ひなた", "れん"],
        surnames=["佐藤", "鈴木", "高橋", "田中"],
    ),
}

# The demo's 40 code clubs (server/src/seed/projects.rs): country, content language. Clubs
# whose language has no word list here write in English.
CLUBS = [
    ("GB", "en"), ("IE", "en"), ("US", "en"), ("CA", "fr"), ("FR", "fr"), ("BE", "fr"), ("ES", "es"),
    ("MX", "es"), ("AR", "es"), ("CO", "es"), ("PE", "es"), ("BR", "pt"), ("PT", "pt"), ("DE", "de"),
    ("IT", "it"), ("NL", "nl"), ("PL", "pl"), ("UA", "uk"), ("GR", "el"), ("TR", "tr"), ("EG", "ar"),
    ("JO", "ar"), ("MA", "ar"), ("AE", "ar"), ("IN", "hi"), ("NP", "hi"), ("BD", "bn"), ("JP", "ja"),
    ("KR", "ko"), ("CN", "zh-Hans"), ("KE", "sw"), ("TZ", "sw"), ("NG", "en"), ("GH", "en"), ("ZA", "en"),
    ("AU", "en"), ("NZ", "en"), ("SG", "en"), ("PH", "en"), ("MY", "en"),
]

GENDERS = ["female", "female", "male", "male", "non_binary", None]


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def sql_arr(items):
    return "ARRAY[" + ", ".join(sql_str(i) for i in items) + "]::text[]"


def seed_sql(projects):
    out = []
    w = out.append
    w("\\set ON_ERROR_STOP on")
    w("BEGIN;")
    # h(g, salt): a deterministic pseudo-random non-negative int per row and purpose.
    w("CREATE FUNCTION pg_temp.h(g bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE "
      "AS 'SELECT hashint8($1 * 1009 + $2) & 2147483647';")
    w("CREATE TEMP TABLE bench_lang (lang text PRIMARY KEY, sep text, noun_first bool, adjs text[], "
      "nouns text[], extras text[], descs text[], whys text[], diffs text[], nexts text[], "
      "communities text[], firsts text[], surnames text[]);")
    for lang, d in LANGS.items():
        w("INSERT INTO bench_lang VALUES (" + ", ".join([
            sql_str(lang), sql_str(d["sep"]), "true" if d["noun_first"] else "false",
            sql_arr(d["adjs"]), sql_arr(d["nouns"]), sql_arr(d["extras"]), sql_arr(d["descs"]),
            sql_arr(d["whys"]), sql_arr(d["diffs"]), sql_arr(d["nexts"]), sql_arr(d["communities"]),
            sql_arr(d["firsts"]), sql_arr(d["surnames"])]) + ");")
    w("CREATE TEMP TABLE bench_club (idx int, country text, lang text);")
    w("INSERT INTO bench_club VALUES " + ", ".join(
        f"({i}, {sql_str(c)}, {sql_str(l if l in LANGS else 'en')})" for i, (c, l) in enumerate(CLUBS)) + ";")
    w(f"""
-- The demo's current event, its categories and the demo moderator.
CREATE TEMP TABLE bench_ctx AS
SELECT e.id AS event_id, e.content_languages, e.reference_date,
       (SELECT array_agg(c.id ORDER BY c.position) FROM categories c WHERE c.event_id = e.id) AS cat_ids,
       (SELECT array_agg(c.slug ORDER BY c.position) FROM categories c WHERE c.event_id = e.id) AS cat_slugs,
       (SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'organizer'
        ORDER BY u.created_at, u.id LIMIT 1) AS moderator
FROM events e ORDER BY e.submissions_open_at DESC LIMIT 1;
DO $$ BEGIN
  IF (SELECT count(*) FROM bench_ctx WHERE moderator IS NOT NULL AND cardinality(cat_ids) > 0) <> 1 THEN
    RAISE EXCEPTION 'no demo event with categories and an organizer (run: showcase-server seed --demo first)';
  END IF;
END $$;
-- Each club's mentor account (created by the demo seed) manages its creators.
CREATE TEMP TABLE bench_mentor AS
SELECT b.idx, b.country, CASE WHEN b.lang = ANY (x.content_languages) THEN b.lang ELSE 'en' END AS lang, u.id AS mentor
FROM bench_club b CROSS JOIN bench_ctx x
JOIN users u ON u.email = 'club.' || lower(b.country) || '@demo.showcase.test';
DO $$ BEGIN
  IF (SELECT count(*) FROM bench_mentor) <> {len(CLUBS)} THEN
    RAISE EXCEPTION 'demo club mentor accounts missing (run: showcase-server seed --demo first)';
  END IF;
END $$;

-- One row per project: every choice drawn from h(g, salt).
CREATE TEMP TABLE bench_p AS
SELECT q.*,
       left(CASE WHEN q.noun_first THEN q.noun || q.sep2 || q.adj ELSE q.adj || q.sep || q.noun END
            || CASE WHEN pg_temp.h(q.g, 5) % 4 = 0 THEN ' ' || q.extra ELSE '' END
            || CASE WHEN pg_temp.h(q.g, 6) % 5 = 0 THEN ' ' || (2 + pg_temp.h(q.g, 7) % 9)::text ELSE '' END, 80) AS title,
       q.created + make_interval(hours => 1 + pg_temp.h(q.g, 8) % 48) AS submitted
FROM (
  SELECT g, gen_random_uuid() AS id, m.country, m.mentor, l.lang, l.sep,
         CASE WHEN l.sep = '' THEN '' ELSE ' ' END AS sep2, l.noun_first,
         l.adjs[1 + pg_temp.h(g, 1) % cardinality(l.adjs)] AS adj,
         l.nouns[1 + pg_temp.h(g, 2) % cardinality(l.nouns)] AS noun,
         l.extras[1 + pg_temp.h(g, 3) % cardinality(l.extras)] AS extra,
         (ARRAY[1, 1, 1, 2, 2, 3, 4, 5])[1 + pg_temp.h(g, 4) % 8] AS team,
         x.cat_ids[1 + pg_temp.h(g, 9) % cardinality(x.cat_ids)] AS category_id,
         x.cat_slugs[1 + pg_temp.h(g, 9) % cardinality(x.cat_slugs)] AS category,
         left(l.descs[1 + pg_temp.h(g, 10) % cardinality(l.descs)] || ' '
              || l.descs[1 + pg_temp.h(g, 11) % cardinality(l.descs)], 300) AS short_description,
         l.whys[1 + pg_temp.h(g, 12) % cardinality(l.whys)] || ' ' || l.whys[1 + pg_temp.h(g, 13) % cardinality(l.whys)] AS why_made,
         l.diffs[1 + pg_temp.h(g, 14) % cardinality(l.diffs)] AS difficulties,
         l.nexts[1 + pg_temp.h(g, 15) % cardinality(l.nexts)] AS next_steps,
         CASE WHEN pg_temp.h(g, 16) % 10 < 3
              THEN CASE WHEN pg_temp.h(g, 17) % 2 = 0
                        THEN ARRAY[(1 + pg_temp.h(g, 18) % 17)::smallint]
                        ELSE ARRAY[(1 + pg_temp.h(g, 18) % 17)::smallint, (1 + (pg_temp.h(g, 18) + 1 + pg_temp.h(g, 19) % 16) % 17)::smallint] END
              ELSE '{{}}'::smallint[] END AS sdgs,
         pg_temp.h(g, 20) % 10 < 3 AS with_video,
         l.communities[1 + pg_temp.h(g, 21) % cardinality(l.communities)] AS community_text,
         now() - interval '30 days' + make_interval(mins => pg_temp.h(g, 22) % (27 * 24 * 60)) AS created
  FROM generate_series(1, {projects}) AS g
  CROSS JOIN bench_ctx x
  JOIN bench_mentor m ON m.idx = pg_temp.h(g, 0) % {len(CLUBS)}
  JOIN bench_lang l ON l.lang = m.lang
) q;

-- One row per team member (1–5 per project), ages 8–18 on the event's reference date.
CREATE TEMP TABLE bench_c AS
SELECT p.g, k, gen_random_uuid() AS id, p.mentor, p.country, p.id AS project_id, p.created,
       l.firsts[1 + pg_temp.h(p.g * 8 + k, 30) % cardinality(l.firsts)] AS first_name,
       l.surnames[1 + pg_temp.h(p.g * 8 + k, 31) % cardinality(l.surnames)] AS surname,
       8 + pg_temp.h(p.g * 8 + k, 32) % 11 AS age,
       1 + pg_temp.h(p.g * 8 + k, 33) % 12 AS birth_month,
       (ARRAY['female', 'female', 'male', 'male', 'non_binary', NULL])[1 + pg_temp.h(p.g * 8 + k, 34) % 6] AS gender
FROM bench_p p JOIN bench_lang l ON l.lang = p.lang, generate_series(1, p.team) AS k;

INSERT INTO creators (id, managed_by, first_name, surname, display_name, birth_year, birth_month, country, gender, created_at)
SELECT c.id, c.mentor, c.first_name, c.surname,
       left(CASE WHEN pg_temp.h(c.g * 8 + c.k, 35) % 3 = 0 THEN c.first_name || ' ' || left(c.surname, 1) || '.' ELSE c.first_name END, 50),
       (extract(year FROM x.reference_date)::int - c.age
        - CASE WHEN c.birth_month > extract(month FROM x.reference_date)::int THEN 1 ELSE 0 END)::smallint,
       c.birth_month::smallint, c.country, c.gender, c.created
FROM bench_c c CROSS JOIN bench_ctx x;

INSERT INTO projects (id, event_id, owner_creator_id, title, short_description, category_id, language,
                      project_url, video_url, why_made, difficulties, next_steps, sdgs, community,
                      status, submitted_at, join_code, created_at, updated_at, moderation)
SELECT p.id, x.event_id, c.id, p.title, p.short_description, p.category_id, p.lang,
       CASE WHEN p.category = 'scratch' THEN 'https://scratch.mit.edu/projects/' || (800000000 + p.g)
            ELSE 'https://github.com/bench-club-' || lower(p.country) || '/project-' || p.g END,
       CASE WHEN p.with_video THEN 'https://video.example.org/watch/bench-' || p.g END,
       p.why_made, p.difficulties, p.next_steps, p.sdgs,
       CASE WHEN cardinality(p.sdgs) > 0 THEN p.community_text ELSE '' END,
       'submitted', p.submitted, 'BENCH' || lpad(p.g::text, 7, '0'), p.created,
       p.submitted + interval '1 hour', 'approved'
FROM bench_p p CROSS JOIN bench_ctx x JOIN bench_c c ON c.g = p.g AND c.k = 1;

INSERT INTO project_members (project_id, event_id, creator_id, joined_at)
SELECT c.project_id, x.event_id, c.id, c.created + make_interval(mins => c.k)
FROM bench_c c CROSS JOIN bench_ctx x;

-- The managing adult (the club mentor) answered for each creator in the app.
INSERT INTO consents (creator_id, scope, granted, wording_version, given_by_user, given_at)
SELECT c.id, 'publish', true, '2026-11-v1', c.mentor, c.created + interval '30 minutes'
FROM bench_c c;

INSERT INTO moderation_decisions (project_id, moderator_id, decision, created_at)
SELECT p.id, x.moderator, 'approved', p.submitted + make_interval(mins => 5 + pg_temp.h(p.g, 40) % 1400)
FROM bench_p p CROSS JOIN bench_ctx x;

-- What the public sees is the approved revision: revision 1 of each project, approved.
INSERT INTO project_revisions (project_id, number, content, status, created_at, created_by, decided_at, decided_by)
SELECT p.id, 1,
       jsonb_build_object(
           'title', p.title, 'short_description', p.short_description,
           'category', COALESCE(c.slug, ''), 'language', COALESCE(p.language, ''),
           'project_url', COALESCE(p.project_url, ''), 'video_url', COALESCE(p.video_url, ''),
           'why_made', p.why_made, 'difficulties', p.difficulties, 'next_steps', p.next_steps,
           'community', p.community, 'sdgs', to_jsonb(p.sdgs), 'images', '[]'::jsonb,
           'members', (SELECT COALESCE(jsonb_agg(m.creator_id ORDER BY m.joined_at, m.creator_id), '[]'::jsonb)
                       FROM project_members m WHERE m.project_id = p.id)),
       'approved', p.submitted_at, b.mentor, p.submitted_at + interval '5 minutes', x.moderator
FROM projects p JOIN bench_p b ON b.id = p.id JOIN categories c ON c.id = p.category_id
CROSS JOIN bench_ctx x;
UPDATE projects p SET approved_revision_id = r.id
FROM project_revisions r WHERE r.project_id = p.id AND r.number = 1 AND p.join_code LIKE 'BENCH%';
UPDATE moderation_decisions d SET revision_id = r.id
FROM project_revisions r JOIN projects p ON p.id = r.project_id
WHERE r.project_id = d.project_id AND r.number = 1 AND p.join_code LIKE 'BENCH%';

SELECT count(*) AS bench_projects FROM bench_p;
SELECT count(*) AS bench_creators FROM bench_c;
COMMIT;
ANALYZE;
""")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# Queries for the uncached runs: words that occur in the seeded texts (and some typos).

def search_words():
    words = []
    for d in LANGS.values():
        for phrase in d["adjs"] + d["nouns"]:
            for word in re.split(r"[\s・]+", phrase):
                if len(word) >= 2 and word not in words:
                    words.append(word)
    # Some misspellings: the typo-tolerance path (pg_trgm) is part of real searches.
    typos = ["robto", "gardn", "weathr", "recyclng", "sensr", "travel", "traslator", "drnoe",
             "platfromer", "intelignte", "akilli", "istanbul", "robo", "gam", "mapa", "sola"]
    words += [t for t in typos if t not in words]
    return words


# Each wrk thread numbers itself (its requests interleave with the other thread's), and
# `done` can add up what every thread sent.
LUA_THREADS = [
    "local threads = {}",
    "local counter = 1",
    "function setup(thread)",
    "  thread:set('tid', counter)",
    "  counter = counter + 1",
    "  table.insert(threads, thread)",
    "end",
]


def wrk_script(kind, offset):
    """A wrk script whose requests are all different queries, so the gallery's page and
    result caches miss. Request k of thread t (of 2) is query number offset + 2k + t - 1:
    one word of ~220 (words of the seeded texts and some typos) with one of 112 variants
    (page 1-3, relevance/newest, a category, an age group or a country), then two-word
    queries once those run out. Facet runs: category x country x age x order x page."""
    words = [urllib.parse.quote(w) for w in search_words()]
    cats = ["scratch", "games", "web", "mobile-apps", "hardware", "advanced-programming", "ai"]
    countries = [c for c, _ in CLUBS]
    ages = ["up-to-10", "11-13", "14-16", "17-18"]
    variants = []
    for page in (1, 2, 3):
        for sort in ("", "&sort=newest"):
            for f in [""] + [f"&category={c}" for c in cats] + [f"&age={a}" for a in ages]:
                variants.append(f + sort + (f"&page={page}" if page > 1 else ""))
    variants += [f"&country={c}" for c in countries]
    quoted = lambda xs: "{" + ", ".join(f'"{x}"' for x in xs) + "}"
    lua = [
        f"-- generated by bench/gallery.py wrk-script --kind {kind} --offset {int(offset)}",
        f"local words = {quoted(words)}",
        f"local variants = {quoted(variants)}",
        f"local cats = {quoted(cats)}",
        f"local countries = {quoted(countries)}",
        f"local ages = {quoted([''] + ['&age=' + a for a in ages])}",
        f"local offset = {int(offset)}",
        *LUA_THREADS,
        "function init(args)",
        "  sent = 0",
        "end",
        "local function at(t, i) return t[(i % #t) + 1] end",
        "function request()",
        "  local i = offset + sent * 2 + tid - 1",
        "  sent = sent + 1",
    ]
    if kind == "gallery-facets":
        lua += [
            "  local j = math.floor(i / #cats)",
            "  local k = math.floor(j / #countries)",
            "  local m = math.floor(k / #ages)",
            "  local sort = (m % 2 == 0) and '&sort=newest' or ('&seed=' .. (1 + math.floor(m / 2) % 8))",
            "  local page = 1 + math.floor(m / 16) % 10",
            "  local path = '/gallery?category=' .. at(cats, i) .. '&country=' .. at(countries, j) .. at(ages, k) .. sort",
            "  if page > 1 then path = path .. '&page=' .. page end",
            "  return wrk.format('GET', path)",
            "end",
        ]
    elif kind == "gallery-combined":
        # Text and facets together: a word, a category and a country (or an age group).
        lua += [
            "  local j = math.floor(i / #words)",
            "  local k = math.floor(j / #cats)",
            "  local filter = (k % 2 == 0) and ('&country=' .. at(countries, math.floor(k / 2))) or at(ages, math.floor(k / 2))",
            "  return wrk.format('GET', '/gallery?q=' .. at(words, i) .. '&category=' .. at(cats, j) .. filter)",
            "end",
        ]
    else:
        base = {"gallery-search": "/gallery?q=", "api-search": "/api/v1/projects?q="}[kind]
        lua += [
            "  local r = math.floor(i / #words)",
            "  local q = at(words, i)",
            "  local r2 = math.floor(r / #variants)",
            "  if r2 > 0 then q = q .. '%20' .. at(words, i + r2) end",
            f"  return wrk.format('GET', '{base}' .. q .. at(variants, r))",
            "end",
        ]
    lua += [
        "function done(summary, latency, requests)",
        "  local total = 0",
        "  for _, t in ipairs(threads) do total = total + (t:get('sent') or 0) end",
        f"  io.write(string.format('distinct queries sent: %d (single-word key space %d)\\n', total, {len(words) * len(variants)}))",
        "end",
    ]
    return "\n".join(lua) + "\n"


def pages_script(ids_path, langs):
    """A wrk script visiting the project pages of the ids in the file, in each language,
    in turn (the two threads interleaved), so every request is a page not asked for before
    until the list runs out; then round again."""
    with open(ids_path, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    paths = [f"/gallery/{i}?lang={lang}" for i in ids for lang in langs.split(",")]
    lua = [
        "-- generated by bench/gallery.py pages-script",
        "local paths = {" + ", ".join(f'"{p}"' for p in paths) + "}",
        *LUA_THREADS,
        "function init(args) sent = 0 end",
        "function request()",
        "  local i = sent * 2 + tid - 1",
        "  sent = sent + 1",
        "  return wrk.format('GET', paths[(i % #paths) + 1])",
        "end",
        "function done(summary, latency, requests)",
        "  local total = 0",
        "  for _, t in ipairs(threads) do total = total + (t:get('sent') or 0) end",
        f"  io.write(string.format('distinct queries sent: %d (pages in the list %d)\\n', math.min(total, {len(paths)}), {len(paths)}))",
        "end",
    ]
    return "\n".join(lua) + "\n"


# ---------------------------------------------------------------------------------------
# EXPLAIN ANALYZE of the server's own search statements, read from server/src/db/public.rs
# so they stay the ones the server runs.

def rust_sql(source, fn_name, nth=0):
    """The nth raw SQL string (r#"..."#) inside `fn fn_name`."""
    begin = source.index(f"pub async fn {fn_name}(")
    for _ in range(nth + 1):
        begin = source.index('r#"', begin) + 3
    return source[begin:source.index('"#', begin)]


def explain_sql(repo):
    """The statements a search runs now that PostgreSQL's search is answered from each
    server's copy of the projection (search::memory): the version check before a search,
    the refresh's listing and one chunk of rows it reads, the typo lookup and the page's
    documents; and the publication rule's team query, which reindex runs per project."""
    with open(os.path.join(repo, "server/src/db/public.rs"), encoding="utf-8") as f:
        source = f.read()
    last_version = rust_sql(source, "last_version")
    versions = rust_sql(source, "versions")
    rows = rust_sql(source, "search_rows")
    similar = rust_sql(source, "similar_terms")
    docs = rust_sql(source, "docs")
    with open(os.path.join(repo, "server/src/db/consents.rs"), encoding="utf-8") as f:
        facts = rust_sql(f.read(), "facts", 1)
    return "\n".join([
        "\\set ON_ERROR_STOP on",
        "PREPARE bench_last_version AS", last_version + ";",
        "PREPARE bench_versions AS", versions + ";",
        "PREPARE bench_rows(uuid[]) AS", rows + ";",
        "PREPARE bench_similar(text[]) AS", similar + ";",
        "PREPARE bench_docs(uuid[]) AS", docs + ";",
        "SELECT array_agg(project_id) AS bench_chunk FROM (SELECT project_id FROM public_projects ORDER BY project_id LIMIT 2000) c \\gset",
        "SELECT array_agg(project_id) AS bench_page FROM (SELECT project_id FROM public_projects ORDER BY published_at DESC LIMIT 24) c \\gset",
        "\\echo '=== version check before a search (db::public::last_version)'",
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_last_version;",
        "\\echo '=== refresh: every (id, version) pair (db::public::versions)'",
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_versions;",
        "\\echo '=== refresh: one chunk of 2,000 rows with their tokens (db::public::search_rows)'",
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_rows(:'bench_chunk');",
        "\\echo '=== typo lookup similar_terms(robto, gardn)'",
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_similar(ARRAY['robto', 'gardn']);",
        "\\echo '=== a page of 24 documents (db::public::docs)'",
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_docs(:'bench_page');",
        "SELECT id AS bench_pid FROM projects WHERE join_code LIKE 'BENCH%' ORDER BY join_code DESC LIMIT 1 \\gset",
        "PREPARE bench_facts(uuid) AS", facts + ";",
        "\\echo '=== team facts of one project (db::consents::facts, run per project by reindex)'",
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_facts(:'bench_pid');",
    ]) + "\n"


def explain_summary(path):
    """Execution time per case, and the lines naming scans, sorts and joins."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = []
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        title, _, body = block.partition("\n")
        t = re.search(r"Execution Time: ([\d.]+) ms", body)
        lines.append(f"- {title.strip()}: **{t.group(1) if t else '?'} ms**")
        for line in body.splitlines():
            if (re.search(r"(Seq Scan|Index Scan|Bitmap Heap Scan|Sort Method|Index Cond|Recheck Cond)", line)
                    and not re.search(r"never executed|CTE Scan|Function Scan", line)):
                lines.append("      " + line.strip()[:160])
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# Checks and the report.

def fetch(url):
    url = urllib.parse.quote(url, safe=":/?&=%")
    req = urllib.request.Request(url, headers={"Accept-Language": "en"})
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return res.status, res.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def check_html(url):
    status, body = fetch(url)
    cards = len(set(re.findall(r'href="/gallery/([0-9a-f-]{36})"', body)))
    print(f"  {status}  {cards:3d} result cards  {url}")
    return status == 200 and cards > 0


def check_json(url):
    status, body = fetch(url)
    try:
        doc = json.loads(body)
    except ValueError:
        doc = {}
    total, items = doc.get("total", 0), len(doc.get("items", []))
    print(f"  {status}  total {total}, {items} items  {url}")
    return status == 200 and items > 0


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    return float(m.group(1)) * UNITS[m.group(2)] if m else float("nan")


def parse_wrk(text):
    r = {"rps": float("nan"), "p50": float("nan"), "p99": float("nan"), "requests": 0,
         "non2xx": 0, "socket_errors": 0, "distinct": None}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        r["rps"] = float(m.group(1))
    if m := re.search(r"^\s+50%\s+(\S+)", text, re.M):
        r["p50"] = ms(m.group(1))
    if m := re.search(r"^\s+99%\s+(\S+)", text, re.M):
        r["p99"] = ms(m.group(1))
    if m := re.search(r"(\d+) requests in", text):
        r["requests"] = int(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text):
        r["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        r["socket_errors"] = sum(int(x) for x in m.groups())
    if m := re.search(r"distinct queries sent: (\d+)", text):
        r["distinct"] = int(m.group(1))
    # Appended by run-gallery.sh: CPU time the server and PostgreSQL used during the run.
    r["conns"] = ""
    if m := re.search(r"(\d+) threads and (\d+) connections", text):
        r["conns"] = m.group(2)
    r["cpu_server_ms"] = r["cpu_pg_ms"] = None
    if m := re.search(r"^cpu ms: server (\d+) postgres (\d+)", text, re.M):
        r["cpu_server_ms"], r["cpu_pg_ms"] = int(m.group(1)), int(m.group(2))
    return r


def pg_slow(path, top):
    """auto_explain's entries in a PostgreSQL log: counts by statement and plan kind, and
    the slowest `top` entries whole."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    entries = []
    for e in re.split(r"\n(?=\S.*LOG:  duration: )", text):
        m = re.search(r"LOG:  duration: ([\d.]+) ms  plan:", e)
        if not m:
            continue
        kind = ("search copy refresh (db::public::versions, search_rows)" if "public_projects_version" in e or "tsvector_to_array" in e
                else "typo lookup (db::public::similar_terms)" if "FROM search_terms" in e
                else "documents (db::public::docs)" if "WITH ORDINALITY" in e
                else "other")
        # A generic plan keeps the optional filters as `($1 IS NULL) OR …`; a custom plan
        # has folded them away (InitPlan outputs such as `$0` appear in both).
        plan = e[e.find("(cost="):] if "(cost=" in e else ""
        generic = bool(re.search(r"\(\$\d+\)?(::text)? IS NULL", plan))
        entries.append((float(m.group(1)), kind, generic, e.strip()))
    if not entries:
        print("no statement was slower than the threshold")
        return
    kinds = {}
    for d, kind, generic, _ in entries:
        k = kinds.setdefault(kind, [0, 0, 0.0])
        k[0] += 1
        k[1] += generic
        k[2] = max(k[2], d)
    for kind, (n, g, worst) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
        print(f"- {kind}: {n} statements, {g} of them with a generic plan, slowest {worst:.0f} ms")
    if top:
        print()
        print("```")
        for d, _, _, e in sorted(entries, key=lambda x: -x[0])[:top]:
            lines = e.splitlines()
            plan_at = next((i for i, l in enumerate(lines) if "(cost=" in l), len(lines))
            print("\n".join(lines[:3]))
            print("\t...")
            print("\n".join(lines[plan_at:plan_at + 120]))
            print()
        print("```")


def report(args):
    rows = []
    cold = []
    for spec in args.run:
        name, path, label = spec.split("|", 2)
        with open(os.path.join(args.dir, name + ".txt"), encoding="utf-8") as f:
            rows.append((label, path, parse_wrk(f.read())))
    ceiling = next((r["rps"] for label, _, r in rows if label.startswith("nginx")), float("nan"))
    lines = ["| target | path | conns | req/s | p50 ms | p99 ms | requests | non-2xx/3xx | socket errors | server CPU µs/req | PostgreSQL CPU µs/req |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    per_req = lambda cpu, r: f"{cpu * 1000 / r['requests']:.0f}" if cpu is not None and r["requests"] else "–"
    for label, path, r in rows:
        lines.append(f"| {label} | `{path}` | {r.get('conns', '')} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | "
                     f"{r['requests']} | {r['non2xx']} | {r['socket_errors']} | "
                     f"{per_req(r['cpu_server_ms'], r)} | {per_req(r['cpu_pg_ms'], r)} |")
    for name_label in args.run:
        name, _, label = name_label.split("|", 2)
        warm = os.path.join(args.dir, name + "-warmup.txt")
        if os.path.exists(warm):
            with open(warm, encoding="utf-8") as f:
                w = parse_wrk(f.read())
            cold.append(f"  - {label}: {w['rps']:.0f} req/s, p50 {w['p50']:.2f} ms, p99 {w['p99']:.2f} ms, "
                        f"{w['non2xx']} non-2xx, {w['socket_errors']} socket errors")
    by = {label: r for label, _, r in rows}
    first = by.get("gallery first page (cached)")
    uncached = by.get("gallery search (uncached)")
    goals = []
    if first and ceiling == ceiling:
        share = first["rps"] / ceiling * 100
        goals.append(f"- gallery first page: {first['rps']:.0f} req/s = {share:.0f}% of the static ceiling "
                     f"({ceiling:.0f} req/s); goal ≥ 50%: {'MET' if share >= 50 else 'NOT MET'}")
    cached = by.get("gallery search (cached)")
    if cached:
        goals.append(f"- search p99 (cached, same query repeated): {cached['p99']:.2f} ms; goal ≤ 25 ms: "
                     f"{'met' if cached['p99'] <= 25 else 'not met'}")
    if uncached:
        goals.append(f"- search p99 (uncached, every query different, at {uncached['conns']} connections: "
                     f"queueing included): {uncached['p99']:.2f} ms, {uncached['rps']:.0f} req/s"
                     + (f" ({uncached['non2xx']} non-2xx responses)" if uncached["non2xx"] else ""))
    # The uncached goal: any text, facet or combined query, p99 ≤ 25 ms at 16 connections
    # and at least 400 different queries a second.
    for label, _, r in rows:
        if "(uncached" in label and r["conns"] == "16" and "project page" not in label:
            ok = r["p99"] <= 25 and r["rps"] >= 400 and r["non2xx"] == 0
            goals.append(f"- {label}: p99 {r['p99']:.2f} ms, {r['rps']:.0f} distinct queries/s; "
                         f"goal p99 ≤ 25 ms and ≥ 400/s at 16 connections: {'MET' if ok else 'NOT MET'}")
    for label, _, r in rows:
        if r["distinct"] is not None:
            goals.append(f"- {label}: {r['distinct']} requests, each a different query")
    one = by.get("gallery search (uncached, 1 connection)")
    if one:
        goals.append(f"- search without queueing (uncached, 1 connection): p50 {one['p50']:.2f} ms, "
                     f"p99 {one['p99']:.2f} ms, {one['rps']:.0f} req/s")
    if cold:
        goals.append("- cold start: the first seconds against each cached target (a warm-up run, "
                     "not in the table; the caches start empty, and concurrent misses for one key wait for a single computation):")
        goals += cold
    text = "\n".join(lines) + "\n\n" + "\n".join(goals) + "\n"
    print(text)
    return text


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("seed-sql")
    s.add_argument("--projects", type=int, default=100_000)
    s = sub.add_parser("wrk-script")
    s.add_argument("--kind", choices=["gallery-search", "api-search", "gallery-facets", "gallery-combined"], required=True)
    s.add_argument("--offset", type=int, default=0)
    s = sub.add_parser("pages-script")
    s.add_argument("--ids", required=True, help="file of project ids, one per line")
    s.add_argument("--langs", default="en", help="comma-separated interface languages")
    s = sub.add_parser("check-html")
    s.add_argument("url")
    s = sub.add_parser("check-json")
    s.add_argument("url")
    s = sub.add_parser("words")
    s = sub.add_parser("explain-sql")
    s.add_argument("--repo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    s = sub.add_parser("pg-slow")
    s.add_argument("path")
    s.add_argument("--top", type=int, default=0)
    s = sub.add_parser("explain-summary")
    s.add_argument("path")
    s = sub.add_parser("report")
    s.add_argument("--dir", required=True)
    s.add_argument("--run", action="append", default=[], help="name|path|label")
    args = ap.parse_args()
    if args.cmd == "seed-sql":
        sys.stdout.write(seed_sql(args.projects))
    elif args.cmd == "wrk-script":
        sys.stdout.write(wrk_script(args.kind, args.offset))
    elif args.cmd == "pages-script":
        sys.stdout.write(pages_script(args.ids, args.langs))
    elif args.cmd == "check-html":
        sys.exit(0 if check_html(args.url) else 1)
    elif args.cmd == "check-json":
        sys.exit(0 if check_json(args.url) else 1)
    elif args.cmd == "words":
        print("\n".join(search_words()))
    elif args.cmd == "explain-sql":
        sys.stdout.write(explain_sql(args.repo))
    elif args.cmd == "pg-slow":
        pg_slow(args.path, args.top)
    elif args.cmd == "explain-summary":
        sys.stdout.write(explain_summary(args.path))
    elif args.cmd == "report":
        report(args)


if __name__ == "__main__":
    main()
