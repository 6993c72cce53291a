//! Demo projects: code clubs in 40 countries, each run by a mentor account that manages
//! its young creators' profiles; teams of 1–5; texts in several languages and scripts;
//! images drawn here (not blank) and processed like uploads; every status.
//!
//! Deterministic: the same seed number gives the same clubs, names, texts and images.
//!
//! The accounts, creator profiles and drawn images are fixtures; everything people do
//! with them (starting a project, the team, saving and submitting, consent answers,
//! moderation decisions, withdrawals) goes through `operations`, as in the app, so the
//! demo has real revisions and audit rows.

use chrono::{Datelike, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::db;
use crate::db::users::NewCreator;
use crate::domain::account::{
    BirthMonth, Country, DisplayName, EmailAddress, Gender, PersonName, Role,
};
use crate::domain::project::{ProjectFields, ProjectStatus};
use crate::domain::revision::Decision;
use crate::media::Storage;
use crate::media::derivative_key;
use crate::operations::consent::Grants;
use crate::operations::{self, Actor, OpError, Via};

/// (country code, content language, first names, surnames) per club.
const CLUBS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "GB",
        "en",
        &["Amelia", "Oliver", "Isla", "Noah"],
        &["Clarke", "Patel", "Evans"],
    ),
    (
        "IE",
        "en",
        &["Aoife", "Cian", "Saoirse", "Darragh"],
        &["Murphy", "Kelly", "Byrne"],
    ),
    (
        "US",
        "en",
        &["Maya", "Ethan", "Zoe", "Jayden"],
        &["Johnson", "Nguyen", "Rivera"],
    ),
    (
        "CA",
        "fr",
        &["Léa", "Félix", "Chloé", "Mathis"],
        &["Tremblay", "Gagnon", "Roy"],
    ),
    (
        "FR",
        "fr",
        &["Inès", "Lucas", "Jade", "Hugo"],
        &["Martin", "Bernard", "Dubois"],
    ),
    (
        "BE",
        "fr",
        &["Emma", "Louis", "Lina", "Noé"],
        &["Peeters", "Janssens", "Maes"],
    ),
    (
        "ES",
        "es",
        &["Lucía", "Hugo", "Martina", "Pablo"],
        &["García", "Fernández", "López"],
    ),
    (
        "MX",
        "es",
        &["Valentina", "Santiago", "Ximena", "Mateo"],
        &["Hernández", "Martínez", "Ramírez"],
    ),
    (
        "AR",
        "es",
        &["Sofía", "Benjamín", "Catalina", "Thiago"],
        &["González", "Rodríguez", "Pérez"],
    ),
    (
        "CO",
        "es",
        &["Isabella", "Samuel", "Mariana", "Emmanuel"],
        &["Gómez", "Díaz", "Torres"],
    ),
    (
        "PE",
        "es",
        &["Camila", "Joaquín", "Valeria", "Gael"],
        &["Quispe", "Flores", "Huamán"],
    ),
    (
        "BR",
        "pt",
        &["Alice", "Miguel", "Helena", "Arthur"],
        &["Silva", "Santos", "Oliveira"],
    ),
    (
        "PT",
        "pt",
        &["Beatriz", "Santiago", "Leonor", "Tomás"],
        &["Ferreira", "Costa", "Pereira"],
    ),
    (
        "DE",
        "de",
        &["Mia", "Leon", "Hannah", "Finn"],
        &["Müller", "Schmidt", "Schneider"],
    ),
    (
        "IT",
        "it",
        &["Giulia", "Leonardo", "Sofia", "Francesco"],
        &["Rossi", "Russo", "Ferrari"],
    ),
    (
        "NL",
        "nl",
        &["Tess", "Daan", "Julia", "Sem"],
        &["de Jong", "Jansen", "de Vries"],
    ),
    (
        "PL",
        "pl",
        &["Zuzanna", "Antoni", "Hanna", "Jakub"],
        &["Nowak", "Kowalski", "Wiśniewski"],
    ),
    (
        "UA",
        "uk",
        &["Софія", "Артем", "Анна", "Максим"],
        &["Шевченко", "Бондаренко", "Коваленко"],
    ),
    (
        "GR",
        "el",
        &["Ελένη", "Γιώργος", "Μαρία", "Νίκος"],
        &["Παπαδόπουλος", "Βασιλείου", "Γεωργίου"],
    ),
    (
        "TR",
        "tr",
        &["Zeynep", "Yusuf", "Elif", "Ömer"],
        &["Yılmaz", "Kaya", "Demir"],
    ),
    (
        "EG",
        "ar",
        &["مريم", "عمر", "نور", "يوسف"],
        &["حسن", "محمود", "علي"],
    ),
    (
        "JO",
        "ar",
        &["لين", "كريم", "سلمى", "زيد"],
        &["الخطيب", "العمري", "النجار"],
    ),
    (
        "MA",
        "ar",
        &["ياسمين", "آدم", "هبة", "أنس"],
        &["العلوي", "بنعلي", "الإدريسي"],
    ),
    (
        "AE",
        "ar",
        &["فاطمة", "سعيد", "شما", "راشد"],
        &["المنصوري", "الكعبي", "الشامسي"],
    ),
    (
        "IN",
        "hi",
        &["आद्या", "आरव", "सान्वी", "विहान"],
        &["शर्मा", "वर्मा", "गुप्ता"],
    ),
    (
        "NP",
        "hi",
        &["प्रिया", "सुमन", "अनिशा", "रोहन"],
        &["श्रेष्ठ", "थापा", "गुरुङ"],
    ),
    (
        "BD",
        "bn",
        &["আয়েশা", "রাফি", "নুসরাত", "তানভীর"],
        &["রহমান", "হোসেন", "ইসলাম"],
    ),
    (
        "JP",
        "ja",
        &["さくら", "はると", "ゆい", "そうた"],
        &["佐藤", "鈴木", "高橋"],
    ),
    (
        "KR",
        "ko",
        &["서연", "민준", "지우", "도윤"],
        &["김", "이", "박"],
    ),
    (
        "CN",
        "zh-Hans",
        &["雨桐", "子轩", "欣怡", "浩然"],
        &["王", "李", "张"],
    ),
    (
        "KE",
        "sw",
        &["Amani", "Baraka", "Neema", "Jabari"],
        &["Otieno", "Wanjiku", "Mwangi"],
    ),
    (
        "TZ",
        "sw",
        &["Zawadi", "Juma", "Rehema", "Hamisi"],
        &["Mushi", "Mollel", "Nyerere"],
    ),
    (
        "NG",
        "en",
        &["Chiamaka", "Emeka", "Ifeoma", "Tunde"],
        &["Okafor", "Adeyemi", "Eze"],
    ),
    (
        "GH",
        "en",
        &["Ama", "Kwame", "Efua", "Kofi"],
        &["Mensah", "Owusu", "Boateng"],
    ),
    (
        "ZA",
        "en",
        &["Lerato", "Thabo", "Naledi", "Sipho"],
        &["Dlamini", "Nkosi", "Mokoena"],
    ),
    (
        "AU",
        "en",
        &["Charlotte", "Jack", "Matilda", "Harrison"],
        &["Smith", "Williams", "Brown"],
    ),
    (
        "NZ",
        "en",
        &["Aroha", "Nikau", "Mere", "Tama"],
        &["Ngata", "Walker", "Parata"],
    ),
    (
        "SG",
        "en",
        &["Wei Ling", "Ethan", "Hui Min", "Jun Jie"],
        &["Tan", "Lim", "Ng"],
    ),
    (
        "PH",
        "en",
        &["Andrea", "Miguel", "Bea", "Paolo"],
        &["Santos", "Reyes", "Cruz"],
    ),
    (
        "MY",
        "en",
        &["Nur Aisyah", "Adam", "Mei Ling", "Arjun"],
        &["Abdullah", "Wong", "Raj"],
    ),
];

/// A demo project's texts: title, short description, why, what was difficult, what next.
type DemoText = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// Project texts per language.
const TEXTS: &[(&str, &[DemoText])] = &[
    (
        "en",
        &[
            (
                "Rain Garden Sensor",
                "Waters the school garden only when the soil is dry.",
                "Our garden flooded every spring and dried out every summer.",
                "Calibrating the moisture sensor took weeks of testing.",
                "Solar power and alerts on a phone.",
            ),
            (
                "Bus Buddy",
                "Tells you when the next school bus really arrives.",
                "We kept missing the bus in the rain.",
                "The bus data was messy, so we cleaned it ourselves.",
                "Support for more cities.",
            ),
            (
                "Recycle Ranger",
                "A game that teaches which bin each rubbish goes in.",
                "Our street's recycling was always mixed up.",
                "Making the levels hard enough but still fun.",
                "A two-player mode.",
            ),
        ],
    ),
    (
        "es",
        &[
            (
                "Guardián del Agua",
                "Avisa cuando se deja un grifo abierto en la escuela.",
                "En mi escuela se desperdiciaba mucha agua.",
                "Conectar el sensor de flujo sin que se mojara.",
                "Un panel para el conserje.",
            ),
            (
                "Huerto Inteligente",
                "Mide la luz y la humedad del huerto comunitario.",
                "Mi abuela cultiva tomates y quería ayudarla.",
                "Leer bien los datos del sensor de luz.",
                "Una app para compartir cosechas.",
            ),
        ],
    ),
    (
        "fr",
        &[(
            "Le Robot Trieur",
            "Un robot qui trie les déchets de la cantine.",
            "La cantine jetait tout dans la même poubelle.",
            "Reconnaître le plastique avec une caméra bon marché.",
            "Trier aussi le verre.",
        )],
    ),
    (
        "pt",
        &[(
            "Alerta de Enchente",
            "Avisa o bairro quando o rio começa a subir.",
            "A minha rua alaga todo verão.",
            "Fazer o sensor funcionar debaixo de chuva forte.",
            "Mensagens por SMS para os vizinhos.",
        )],
    ),
    (
        "tr",
        &[
            (
                "Akıllı Sera",
                "Seradaki sıcaklığı ve nemi otomatik ayarlar.",
                "Dedemin domatesleri soğuktan donuyordu.",
                "Fanı ve ısıtıcıyı aynı anda kontrol etmek zordu.",
                "Telefondan uzaktan kontrol.",
            ),
            (
                "Kodla Hayvan Barınağı",
                "Sahipsiz hayvanlar için yuva bulan bir web sitesi.",
                "Mahallemizde çok sokak köpeği var.",
                "Fotoğrafları hızlı yüklemeyi öğrendik.",
                "Gönüllü takvimi.",
            ),
        ],
    ),
    (
        "ar",
        &[
            (
                "حارس الماء",
                "جهاز ينبّه عند ترك الصنبور مفتوحًا.",
                "كانت مدرستنا تهدر الكثير من الماء.",
                "كان توصيل الحساس دون أن يبتل صعبًا.",
                "لوحة تحكم لإدارة المدرسة.",
            ),
            (
                "لعبة الفضاء العربية",
                "لعبة تعلّم أسماء الكواكب بالعربية.",
                "لم أجد ألعابًا تعليمية بلغتي.",
                "رسم الشخصيات وتحريكها كان صعبًا.",
                "مستويات جديدة عن النجوم.",
            ),
        ],
    ),
    (
        "hi",
        &[
            (
                "स्मार्ट पानी टंकी",
                "टंकी भरते ही मोटर अपने आप बंद कर देता है।",
                "हमारे घर में रोज़ पानी बहता था।",
                "सेंसर को पानी से बचाना मुश्किल था।",
                "मोबाइल पर सूचना भेजना।",
            ),
            (
                "गणित का खेल",
                "खेल-खेल में पहाड़े सिखाने वाला गेम।",
                "मेरे छोटे भाई को पहाड़े याद नहीं होते थे।",
                "स्तरों को सही कठिनाई देना।",
                "दोस्तों के साथ मुकाबला।",
            ),
        ],
    ),
    (
        "ja",
        &[
            (
                "雨水ガーデン・センサー",
                "土が乾いたときだけ学校の花壇に水をやります。",
                "毎年、花壇が水浸しになったり枯れたりしていました。",
                "湿度センサーの調整に何週間もかかりました。",
                "太陽光発電とスマホ通知。",
            ),
            (
                "通学路マップ",
                "危ない交差点をみんなで共有する地図アプリです。",
                "友だちが自転車で転んだのがきっかけです。",
                "位置情報を正しく表示するのが難しかったです。",
                "保護者向けのお知らせ機能。",
            ),
        ],
    ),
];

/// Gender answers of demo creators ("" = not answered).
const GENDERS: [&str; 6] = ["female", "female", "male", "male", "non_binary", ""];

/// How many demo projects to create by default.
pub const DEFAULT_PROJECTS: usize = 240;

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Paints `colour` on row `y` from `x0` to `x1` (exclusive), clipped to the image: whole
/// rows at a time, which keeps the demo seed quick even in unoptimized builds.
fn fill_row(img: &mut image::RgbImage, y: u32, x0: u32, x1: u32, colour: [u8; 3]) {
    let (w, h) = img.dimensions();
    let x1 = x1.min(w);
    if y >= h || x0 >= x1 {
        return;
    }
    let start = (y as usize * w as usize + x0 as usize) * 3;
    let end = start + (x1 - x0) as usize * 3;
    if let Some(row) = img.get_mut(start..end) {
        for pixel in row.chunks_exact_mut(3) {
            pixel.copy_from_slice(&colour);
        }
    }
}

/// Draws a colourful picture (gradient, circles and a "screen" with code lines), so the
/// gallery shows something that looks like a project.
fn draw(rng: &mut StdRng, w: u32, h: u32) -> image::RgbImage {
    let base = [
        rng.random_range(40..200u8),
        rng.random_range(40..200u8),
        rng.random_range(40..200u8),
    ];
    let mut img = image::RgbImage::from_fn(w, h, |x, y| {
        let fx = u32::from(base[0]) + x * 55 / w;
        let fy = u32::from(base[1]) + y * 55 / h;
        image::Rgb([
            u8::try_from(fx.min(255)).unwrap_or(255),
            u8::try_from(fy.min(255)).unwrap_or(255),
            base[2],
        ])
    });
    for _ in 0..rng.random_range(3..9) {
        let (cx, cy) = (rng.random_range(0..w) as i64, rng.random_range(0..h) as i64);
        let r = rng.random_range(h / 16..h / 4) as i64;
        let colour = [rng.random(), rng.random(), rng.random()];
        for y in (cy - r).max(0)..(cy + r).min(i64::from(h)) {
            // The circle's half width on this row.
            let half = ((r * r - (y - cy).pow(2)) as f64).sqrt() as i64;
            let (x0, x1) = ((cx - half).max(0), (cx + half + 1).max(0));
            fill_row(&mut img, y as u32, x0 as u32, x1 as u32, colour);
        }
    }
    // A dark "screen" with lines of code.
    let (sx, sy, sw, sh) = (w / 8, h / 8, w / 2, h / 2);
    for y in sy..sy + sh {
        fill_row(&mut img, y, sx, sx + sw, [24, 28, 36]);
    }
    let mut y = sy + 12;
    while y + 6 < sy + sh {
        let len = rng.random_range(sw / 6..sw - 24);
        let indent = rng.random_range(0..4) * 12;
        let colour = *pick(
            rng,
            &[
                [120u8, 220, 140],
                [240, 200, 90],
                [130, 180, 250],
                [230, 120, 160],
            ],
        );
        for yy in y..y + 5 {
            let x0 = sx + 12 + indent;
            fill_row(&mut img, yy, x0, (x0 + len).min(sx + sw - 8), colour);
        }
        y += 14;
    }
    img
}

/// Creates the demo clubs, creators and `count` projects in `event` (skipped when the
/// event has projects already). Images are drawn for the first `with_images` projects.
pub async fn demo_projects(
    conn: &mut PgConnection,
    storage: &dyn Storage,
    event_id: Uuid,
    count: usize,
    with_images: usize,
    rng_seed: u64,
) -> anyhow::Result<usize> {
    let existing: i64 = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM projects WHERE event_id = $1"#,
        event_id
    )
    .fetch_one(&mut *conn)
    .await?;
    if existing > 0 {
        return Ok(0);
    }
    let event = db::events::by_id(conn, event_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no demo event"))?;
    let categories: Vec<String> = db::events::categories(conn, event.id)
        .await?
        .into_iter()
        .map(|c| c.slug.to_string())
        .collect();
    let languages: Vec<String> = event
        .content_languages
        .iter()
        .map(|t| t.to_string())
        .collect();
    let today = Utc::now().date_naive();
    let mut rng = StdRng::seed_from_u64(rng_seed);
    let mentors = mentor_accounts(conn).await?;
    // The demo organizer moderates (the seed creates accounts before projects).
    let moderator = db::users::with_role(conn, Role::Organizer)
        .await?
        .first()
        .map(|id| Actor::account(*id, vec![Role::Organizer], Via::Seed, None));
    let mut created = 0;
    let mut n = 0usize;
    while created < count {
        // A stride coprime with the number of clubs visits them all, spread across
        // languages and regions from the very first projects.
        let club = (n * 11) % CLUBS.len();
        let (country, language, firsts, surnames) = CLUBS[club];
        let mentor = mentors[club];
        let mentor_actor = Actor::account(mentor, vec![Role::Adult], Via::Seed, None);
        n += 1;
        let team_size = *pick(&mut rng, &[1usize, 1, 1, 2, 2, 3, 4, 5]);
        let mut team = Vec::new();
        // Teammates have different first names (a club's names drawn without
        // replacement); past the club's list, the display name adds the surname's initial
        // (never the surname: the public sees display names).
        let mut names: Vec<&str> = firsts.to_vec();
        for i in (1..names.len()).rev() {
            names.swap(i, rng.random_range(0..=i));
        }
        for k in 0..team_size {
            let first = names[k % names.len()];
            let surname = *pick(&mut rng, surnames);
            let display = match surname.chars().next() {
                Some(initial) if k >= names.len() => format!("{first} {initial}."),
                _ => first.to_owned(),
            };
            let age = rng.random_range(8..=18);
            let profile = NewCreator {
                first_name: PersonName::parse(first).map_err(|e| anyhow::anyhow!("{e}"))?,
                surname: PersonName::parse(surname).map_err(|e| anyhow::anyhow!("{e}"))?,
                display_name: DisplayName::parse(&display).map_err(|e| anyhow::anyhow!("{e}"))?,
                birth: BirthMonth::parse(
                    &(today.year() - age).to_string(),
                    &rng.random_range(1..=12u32).to_string(),
                    today,
                )
                .map_err(|e| anyhow::anyhow!("{e}"))?,
                country: Country::parse(country).map_err(|e| anyhow::anyhow!("{e}"))?,
                gender: Gender::parse(pick::<&str>(&mut rng, &GENDERS), "")
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            };
            team.push(db::users::insert_creator(conn, &profile, None, Some(mentor)).await?);
        }
        let project =
            match operations::projects::create_draft_in(conn, &mentor_actor, event_id, team[0])
                .await
            {
                Ok(id) => id,
                Err(OpError::Refused(_)) => continue,
                Err(e) => return Err(e.into()),
            };
        for member in &team[1..] {
            operations::projects::add_member_in(conn, &mentor_actor, project, *member).await?;
        }
        // Clubs whose language has no demo texts write in English.
        let (text_language, texts) = TEXTS
            .iter()
            .find(|(l, _)| *l == language)
            .copied()
            .unwrap_or(TEXTS[0]);
        let (title, short, why, difficult, next) = *pick(&mut rng, texts);
        let category = pick(&mut rng, &categories).clone();
        // Every fifth project goes all the way (goals named, consent, approval), so even a
        // small demo has award candidates and a gallery.
        let exemplary = created % 5 == 0;
        // Scratch projects link to Scratch; the others to a repository.
        let project_url = if category == "scratch" {
            format!("https://scratch.mit.edu/projects/{}", 900_000_000 + created)
        } else {
            format!(
                "https://github.com/demo-club-{}/project-{created}",
                country.to_lowercase()
            )
        };
        let fields = ProjectFields {
            title: if created < CLUBS.len() {
                title.to_owned()
            } else {
                format!("{title} {}", created / CLUBS.len() + 1)
            },
            short_description: short.to_owned(),
            category,
            language: if languages.iter().any(|l| l == text_language) {
                text_language.to_owned()
            } else {
                "en".to_owned()
            },
            project_url,
            video_url: if rng.random_bool(0.3) {
                format!("https://video.example.org/watch/{created}")
            } else {
                String::new()
            },
            why_made: why.to_owned(),
            difficulties: difficult.to_owned(),
            next_steps: next.to_owned(),
            sdgs: if exemplary || rng.random_bool(0.3) {
                vec![rng.random_range(1..=17)]
            } else {
                Vec::new()
            },
            community: String::new(),
        };
        let fields = ProjectFields {
            community: if fields.sdgs.is_empty() {
                String::new()
            } else {
                short.to_owned()
            },
            ..fields
        };
        let status = match if exemplary {
            19
        } else {
            rng.random_range(0..20)
        } {
            0..=2 => ProjectStatus::Draft,
            3 => ProjectStatus::Withdrawn,
            _ => ProjectStatus::Submitted,
        };
        // Images first, so the submission shows them.
        if created < with_images {
            for i in 0..rng.random_range(1..=3) {
                let picture = draw(&mut rng, 800, 540);
                let mut png = std::io::Cursor::new(Vec::new());
                image::DynamicImage::ImageRgb8(picture)
                    .write_to(&mut png, image::ImageFormat::Png)?;
                let processed =
                    crate::media::process(png.get_ref(), &crate::media::ImageLimits::default())
                        .map_err(|e| anyhow::anyhow!("{e}"))?;
                let id = Uuid::new_v4();
                for (width, jpeg) in processed.derivatives {
                    storage.put(&derivative_key(id, width), jpeg).await?;
                }
                let alt = format!("{title} ({})", i + 1);
                db::projects::insert_image_with_id(conn, id, project, "", &alt, i == 1).await?;
                db::projects::image_ready(
                    conn,
                    id,
                    i32::try_from(processed.width)?,
                    i32::try_from(processed.height)?,
                )
                .await?;
            }
        }
        let submit = status != ProjectStatus::Draft;
        let saved = operations::projects::save_in(conn, &mentor_actor, project, &fields, submit)
            .await
            .map_err(|e| anyhow::anyhow!("demo project does not save: {e:?}"))?;
        anyhow::ensure!(
            saved.problems.is_empty(),
            "demo project has problems: {:?}",
            saved.problems
        );
        if submit {
            // Most clubs' mentors have answered for their creators; the moderators have
            // been through most projects: every stage of the road to "published" shows.
            if exemplary || rng.random_bool(0.85) {
                for member in &team {
                    let grants = Grants {
                        publish: true,
                        photos: rng.random_bool(0.6),
                        contact: rng.random_bool(0.5),
                    };
                    operations::consent::answer_in_app_in(
                        conn,
                        &mentor_actor,
                        project,
                        *member,
                        grants,
                        None,
                    )
                    .await?;
                }
            }
            let decision = match if exemplary {
                0
            } else {
                rng.random_range(0..20)
            } {
                0..=13 => Some((Decision::Approve, "")),
                14 => Some((
                    Decision::RequestChanges,
                    "Please add a short video so the judges can see it working.",
                )),
                15 => Some((
                    Decision::Reject,
                    "This project was entered twice; we kept the other entry.",
                )),
                _ => None,
            };
            if let (Some((decision, reason)), Some(moderator)) = (decision, &moderator)
                && let Some(revision) = db::revisions::newest(conn, project).await?
            {
                operations::moderation::decide_in(conn, moderator, revision.id, decision, reason)
                    .await?;
            }
        }
        if status == ProjectStatus::Withdrawn {
            operations::projects::withdraw_in(conn, &mentor_actor, project).await?;
        }
        created += 1;
    }
    Ok(created)
}

/// One mentor account per club (managing the club's creator profiles).
async fn mentor_accounts(conn: &mut PgConnection) -> anyhow::Result<Vec<Uuid>> {
    let mut ids = Vec::new();
    for (country, _, _, _) in CLUBS {
        let email = EmailAddress::parse(&format!(
            "club.{}@demo.showcase.test",
            country.to_lowercase()
        ))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
        let id = match db::users::by_email(conn, &email).await? {
            Some(u) => u.id,
            None => {
                let name = DisplayName::parse(&format!("Code club {country}"))
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                let id = db::users::insert_user(conn, &email, None, &name, "en", true)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("mentor exists"))?;
                db::users::grant_role(conn, id, Role::Adult, None).await?;
                id
            }
        };
        ids.push(id);
    }
    Ok(ids)
}
