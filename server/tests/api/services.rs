//! Real service processes for tests: an SMTP server (aiosmtpd, writing a Maildir) and an
//! OpenID Connect provider (oidc-provider-mock). `make test` installs both into a
//! virtualenv and names its python in SHOWCASE_TEST_PYTHON.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mail_parser::MessageParser;

fn python() -> String {
    std::env::var("SHOWCASE_TEST_PYTHON").unwrap_or_else(|_| {
        panic!("SHOWCASE_TEST_PYTHON is not set: run the tests with `make test`, which installs the SMTP server and OIDC provider they start")
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// Waits until something accepts connections on `port`: readiness, not a fixed sleep.
fn wait_for_port(port: u16, child: &mut Child, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} exited early: {status}");
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("{what} did not start listening on port {port}");
}

/// A received email.
#[derive(Debug, Clone)]
pub struct ReceivedEmail {
    pub message_id: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl ReceivedEmail {
    /// The first link in the text part that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        self.text
            .split_whitespace()
            .find(|w| w.starts_with(prefix))
            .unwrap_or_else(|| panic!("no link starting with {prefix} in:\n{}", self.text))
            .to_owned()
    }
}

/// A real SMTP server process on a free port, storing what it receives in a Maildir.
pub struct SmtpServer {
    pub port: u16,
    child: Child,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    pub fn start() -> Self {
        Self::start_on(free_port(), tempfile::tempdir().expect("maildir"))
    }

    /// A server that stores each message at once but waits `delay` before saying so
    /// (`slow_mailbox.py`): a send stays in flight long enough to cut something off.
    pub fn start_slow(delay: Duration) -> Self {
        let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/api");
        Self::start_with(
            free_port(),
            tempfile::tempdir().expect("maildir"),
            &["slow_mailbox.SlowMailbox", &delay.as_secs_f64().to_string()],
            Some(&here),
        )
    }

    /// Stops the server and starts it again on the same port and Maildir (an outage).
    pub fn restart(self) -> Self {
        let mut this = self;
        this.stop();
        let port = this.port;
        let maildir = std::mem::replace(&mut this.maildir, tempfile::tempdir().expect("dir"));
        Self::start_on(port, maildir)
    }

    fn start_on(port: u16, maildir: tempfile::TempDir) -> Self {
        Self::start_with(port, maildir, &["aiosmtpd.handlers.Mailbox"], None)
    }

    /// aiosmtpd on `port` with `handler` (its class, then arguments before the Maildir),
    /// importing from `python_path` too.
    fn start_with(
        port: u16,
        maildir: tempfile::TempDir,
        handler: &[&str],
        python_path: Option<&Path>,
    ) -> Self {
        let mut command = Command::new(python());
        command
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
            ])
            .args(handler)
            // A folder that does not exist yet: aiosmtpd creates the Maildir layout in it.
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(path) = python_path {
            command.env("PYTHONPATH", path);
        }
        let mut child = command.spawn().expect("start aiosmtpd");
        wait_for_port(port, &mut child, "aiosmtpd");
        SmtpServer {
            port,
            child,
            maildir,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<ReceivedEmail> {
        read_maildir(&self.maildir.path().join("mail").join("new"))
    }

    /// The message to `to` that matches, already received (the test has run the job
    /// queue; SMTP delivery is complete when the worker's send returns).
    pub fn received(&self, to: &str, matches: impl Fn(&ReceivedEmail) -> bool) -> ReceivedEmail {
        let messages = self.messages();
        match messages.iter().find(|m| m.to == to && matches(m)) {
            Some(m) => m.clone(),
            None => panic!(
                "no matching email to {to}; received: {:?}",
                messages
                    .iter()
                    .map(|m| (&m.to, &m.subject))
                    .collect::<Vec<_>>()
            ),
        }
    }

    /// Stops the server (to simulate an SMTP outage).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn read_maildir(dir: &Path) -> Vec<ReceivedEmail> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|raw| {
            let m = MessageParser::default().parse(&raw)?;
            Some(ReceivedEmail {
                message_id: m.message_id().unwrap_or_default().to_owned(),
                to: m.to()?.first()?.address()?.to_owned(),
                subject: m.subject().unwrap_or_default().to_owned(),
                text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
                html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
            })
        })
        .collect()
}

/// A real OpenID Connect provider process on a free port.
pub struct OidcProvider {
    pub port: u16,
    child: Child,
}

impl OidcProvider {
    pub fn start() -> Self {
        let port = free_port();
        let mut child = Command::new(python())
            .args(["-m", "oidc_provider_mock", "--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start oidc-provider-mock");
        wait_for_port(port, &mut child, "oidc-provider-mock");
        OidcProvider { port, child }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Settings that register this provider as `mock` in the app.
    pub fn settings(&self) -> Vec<(String, String)> {
        let base = self.base();
        [
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__PRESET",
                "generic".to_owned(),
            ),
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__DISPLAY_NAME",
                "Mock ID".to_owned(),
            ),
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__CLIENT_ID",
                "showcase-test".to_owned(),
            ),
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__CLIENT_SECRET",
                "showcase-test-secret".to_owned(),
            ),
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__AUTH_URL",
                format!("{base}/oauth2/authorize"),
            ),
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__TOKEN_URL",
                format!("{base}/oauth2/token"),
            ),
            (
                "SHOWCASE_AUTH__PROVIDERS__MOCK__USERINFO_URL",
                format!("{base}/userinfo"),
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }

    /// Defines a user with the given claims.
    pub async fn set_user(&self, sub: &str, email: &str, verified: bool) {
        let res = reqwest::Client::new()
            .put(format!("{}/users/{sub}", self.base()))
            .json(&serde_json::json!({"email": email, "email_verified": verified}))
            .send()
            .await
            .expect("set user");
        assert!(res.status().is_success(), "set user: {}", res.status());
    }

    /// Plays the user at the provider's authorization page: submits `sub` and returns
    /// the redirect back to the app (with `code` and `state`).
    pub async fn authorize(&self, authorize_url: &str, sub: &str) -> String {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let form = client
            .get(authorize_url)
            .send()
            .await
            .expect("authorization page");
        assert_eq!(form.status(), 200, "authorization page");
        let res = client
            .post(authorize_url)
            .form(&[("sub", sub)])
            .send()
            .await
            .expect("authorize");
        assert!(
            res.status().is_redirection(),
            "authorize answered {}",
            res.status()
        );
        res.headers()["location"]
            .to_str()
            .expect("location")
            .to_owned()
    }
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real S3-compatible object store process (moto's server) on a free port, with one
/// bucket.
pub struct S3Server {
    pub port: u16,
    pub bucket: String,
    child: Child,
}

impl S3Server {
    pub async fn start() -> Self {
        let port = free_port();
        let mut child = Command::new(python())
            .args([
                "-m",
                "moto.server",
                "-H",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto server");
        wait_for_port(port, &mut child, "moto server");
        let bucket = "showcase-media".to_owned();
        let res = reqwest::Client::new()
            .put(format!("http://127.0.0.1:{port}/{bucket}"))
            .send()
            .await
            .expect("create bucket");
        assert!(res.status().is_success(), "create bucket: {}", res.status());
        S3Server {
            port,
            bucket,
            child,
        }
    }

    /// Settings that make the app store media in this bucket.
    pub fn settings(&self) -> Vec<(String, String)> {
        [
            ("SHOWCASE_MEDIA__BACKEND", "s3".to_owned()),
            (
                "SHOWCASE_MEDIA__S3_ENDPOINT",
                format!("http://127.0.0.1:{}", self.port),
            ),
            ("SHOWCASE_MEDIA__S3_BUCKET", self.bucket.clone()),
            ("SHOWCASE_MEDIA__S3_ACCESS_KEY", "test-key".to_owned()),
            ("SHOWCASE_MEDIA__S3_SECRET_KEY", "test-secret".to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }

    /// Keys in the bucket, straight from the store's own listing.
    pub async fn keys(&self) -> Vec<String> {
        let body = reqwest::get(format!(
            "http://127.0.0.1:{}/{}?list-type=2",
            self.port, self.bucket
        ))
        .await
        .expect("list")
        .text()
        .await
        .expect("body");
        body.split("<Key>")
            .skip(1)
            .filter_map(|s| s.split("</Key>").next())
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
