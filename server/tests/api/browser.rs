//! The platform as its people see it: journeys in headless Chromium, driven over
//! WebDriver (chromedriver, through fantoccini), and axe-core's accessibility rules on
//! every page type in English and Arabic, at desktop and phone widths.
//!
//! `make test` installs Chromium, chromedriver and axe-core when they are missing
//! (scripts/browser.sh); `SHOWCASE_CHROMEDRIVER`, `SHOWCASE_CHROMIUM` and `SHOWCASE_AXE_JS`
//! point elsewhere. Screenshots of every step are kept under `target/browser/<test>/`
//! (not committed).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// A desktop window and a phone's.
pub const DESKTOP: (u32, u32) = (1280, 900);
pub const PHONE: (u32, u32) = (390, 844);

/// A chromedriver process of this test's own (stopped when dropped).
pub struct Driver {
    child: Child,
    url: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Driver {
    pub async fn start() -> Self {
        let bin = std::env::var("SHOWCASE_CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port();
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("starting {bin} ({e}): run scripts/browser.sh (apt-get install chromium chromium-driver)")
            });
        // Held (and so stopped) from here on, whatever happens next.
        let driver = Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let client = reqwest::Client::new();
        for _ in 0..100 {
            if client
                .get(format!("{}/status", driver.url))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return driver;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not answer on {}", driver.url);
    }

    /// A new browser window (its own profile: no cookies shared) of `size`, asking for
    /// pages in `lang`.
    pub async fn window(&self, size: (u32, u32), lang: &str) -> Client {
        let binary =
            std::env::var("SHOWCASE_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": binary,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-dev-shm-usage", "--hide-scrollbars",
                    format!("--window-size={},{}", size.0, size.1),
                    format!("--lang={lang}"),
                ],
                "prefs": { "intl.accept_languages": lang },
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await
            .expect("a browser session");
        client
            .set_window_size(size.0, size.1)
            .await
            .expect("window size");
        client
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Screenshots of a test's steps, numbered in order, under `target/browser/<test>/`.
pub struct Shots {
    dir: PathBuf,
    n: usize,
}

impl Shots {
    pub fn new(test: &str) -> Self {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../target/browser")
            .join(test);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        Self { dir, n: 0 }
    }

    pub async fn take(&mut self, c: &Client, name: &str) {
        self.n += 1;
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(self.dir.join(format!("{:02}-{name}.png", self.n)), png)
            .expect("write screenshot");
    }
}

pub async fn goto(c: &Client, url: &str) {
    c.goto(url)
        .await
        .unwrap_or_else(|e| panic!("open {url}: {e}"));
}

/// The element for `css`, waiting for it to appear.
pub async fn find(c: &Client, css: &str) -> fantoccini::elements::Element {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element {css} on the page: {e}"))
}

/// Types `text` into the field for `css` (emptied first).
pub async fn fill(c: &Client, css: &str, text: &str) {
    let field = find(c, css).await;
    field
        .clear()
        .await
        .unwrap_or_else(|e| panic!("clear {css}: {e}"));
    field
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
}

/// Chooses the option with `value` in the select for `css`.
pub async fn choose(c: &Client, css: &str, value: &str) {
    find(c, css)
        .await
        .select_by(Locator::Css(&format!("option[value='{value}']")))
        .await
        .unwrap_or_else(|e| panic!("choose {value} in {css}: {e}"));
}

/// Clicks the element for `css` and waits for the page it leads to.
pub async fn press(c: &Client, css: &str) {
    find(c, css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("press {css}: {e}"));
    wait_loaded(c).await;
}

/// Waits until the document has loaded.
pub async fn wait_loaded(c: &Client) {
    for _ in 0..100 {
        if c.execute("return document.readyState", vec![])
            .await
            .is_ok_and(|v| v == "complete")
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the page did not finish loading");
}

/// The page's HTML as the browser holds it.
pub async fn html(c: &Client) -> String {
    c.source().await.expect("page source")
}

pub async fn path(c: &Client) -> String {
    let url = c.current_url().await.expect("url");
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    }
}

/// axe-core's script, read from disk.
fn axe_source() -> String {
    let path = std::env::var("SHOWCASE_AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../target/axe/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "reading axe-core at {} ({e}): run scripts/browser.sh",
            path.display()
        )
    })
}

/// axe-core's critical and serious violations on the current page, one line each.
pub async fn axe(c: &Client) -> Vec<String> {
    c.execute(&axe_source(), vec![])
        .await
        .expect("load axe-core");
    let found = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { resultTypes: ["violations"] })
                 .then(r => done(r.violations
                   .filter(v => v.impact === "critical" || v.impact === "serious")
                   .map(v => v.impact + " " + v.id + ": " + v.help + " — " +
                        v.nodes.slice(0, 4).map(n => n.target.join(" ")).join(" | "))))
                 .catch(e => done(["axe failed: " + e]));"#,
            vec![],
        )
        .await
        .expect("run axe-core");
    match found {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect(),
        other => vec![format!("unexpected axe answer {other}")],
    }
}

/// The WebDriver key for Tab, Enter and Space.
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
pub const SPACE: &str = "\u{E00D}";

/// Presses these keys on the page, one after another (wherever the focus is, as a
/// keyboard does: never aimed at an element).
pub async fn keys(c: &Client, text: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".into());
    for value in text.chars() {
        actions = actions
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
    }
    c.perform_actions(actions).await.expect("keys");
}

/// Presses Tab until the focused element matches `css`: the keyboard alone reaches it.
pub async fn tab_to(c: &Client, css: &str) {
    for _ in 0..200 {
        let matches = c
            .execute(
                "return document.activeElement && document.activeElement.matches(arguments[0])",
                vec![json!(css)],
            )
            .await
            .expect("focus check");
        if matches == Value::Bool(true) {
            return;
        }
        keys(c, TAB).await;
    }
    panic!("Tab never reached {css}");
}

/// Sets the form field named `name` (`scope` narrows to one form) as a person would:
/// types into inputs and text areas, picks the option of a select, ticks a checkbox.
pub async fn set(c: &Client, scope: &str, name: &str, value: &str) {
    let css = format!("{scope} [name='{name}']");
    let field = find(c, &css).await;
    let tag = field.tag_name().await.expect("tag").to_lowercase();
    let kind = field.attr("type").await.expect("type").unwrap_or_default();
    if tag == "select" {
        choose(c, &css, value).await;
    } else if kind == "checkbox" || kind == "radio" {
        let css = format!("{css}[value='{value}']");
        let b = find(c, &css).await;
        if !b.is_selected().await.expect("selected") {
            b.click()
                .await
                .unwrap_or_else(|e| panic!("tick {css}: {e}"));
        }
    } else {
        fill(c, &css, value).await;
    }
}

/// Signs in through the sign-in form, as a person does.
pub async fn sign_in(c: &Client, base: &str, email: &str, password: &str) {
    goto(c, &format!("{base}/sign-in")).await;
    set(c, "form[action='/sign-in']", "email", email).await;
    set(c, "form[action='/sign-in']", "password", password).await;
    press(c, "form[action='/sign-in'] button[type='submit']").await;
    assert_ne!(path(c).await, "/sign-in", "{email} signed in");
}
