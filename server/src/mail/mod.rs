//! The one mailer: every email is rendered from `templates/emails/<name>/` (subject, text
//! and HTML parts) in the recipient's language, then sent over SMTP (lettre, pooled) or,
//! by default, written as an `.eml` file to the outbox folder.

pub mod outbox;

use std::path::Path;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;
use serde::Serialize;

use crate::config::MailSettings;
use crate::domain::account::EmailAddress;
use crate::i18n::{Direction, Locale};
use crate::templates::Templates;

/// Why an email could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail settings: {0}")]
    Config(String),
    #[error("rendering the {template} email: {message}")]
    Render { template: String, message: String },
    #[error("building the message: {0}")]
    Build(String),
    #[error("sending: {0}")]
    Send(String),
    /// The SMTP server did not answer (refused, cut off, timed out): nothing was said
    /// about this message, so trying again later costs none of its attempts.
    #[error("the mail server is unavailable: {0}")]
    Unavailable(String),
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(AsyncFileTransport<Tokio1Executor>),
}

/// Sends rendered emails.
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

/// One email to send.
pub struct Email<'a, T: Serialize> {
    /// The job sending it: the Message-ID is made from it, the same on every retry.
    pub job: i64,
    pub to: &'a EmailAddress,
    pub locale: Locale,
    /// Folder under `templates/emails/`.
    pub template: &'static str,
    pub data: &'a T,
}

#[derive(Serialize)]
struct EmailContext<'a, T: Serialize> {
    lang: &'static str,
    dir: Direction,
    base_url: &'a str,
    data: &'a T,
}

impl Mailer {
    /// SMTP when `smtp_url` is set, else the outbox folder (created if missing).
    pub fn from_settings(settings: &MailSettings, data_dir: &Path) -> Result<Self, MailError> {
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e| MailError::Config(format!("from: {e}")))?;
        let url = settings.smtp_url.expose_secret();
        let transport = if url.is_empty() {
            let dir = settings.outbox(data_dir);
            std::fs::create_dir_all(&dir)
                .map_err(|e| MailError::Config(format!("{}: {e}", dir.display())))?;
            Transport::Outbox(AsyncFileTransport::new(&dir))
        } else {
            let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| MailError::Config(format!("smtp_url: {e}")))?
                .timeout(Some(std::time::Duration::from_secs(20)))
                .build();
            Transport::Smtp(transport)
        };
        Ok(Self { transport, from })
    }

    /// Renders and sends one email.
    #[tracing::instrument(skip_all, fields(template = email.template, locale = email.locale.code()))]
    pub async fn send<T: Serialize>(
        &self,
        templates: &Templates,
        base_url: &str,
        email: Email<'_, T>,
    ) -> Result<(), MailError> {
        let ctx = EmailContext {
            lang: email.locale.code(),
            dir: email.locale.direction(),
            base_url,
            data: email.data,
        };
        let render = |part: &str| {
            templates
                .render(&format!("emails/{}/{part}", email.template), &ctx)
                .map_err(|e| MailError::Render {
                    template: email.template.to_owned(),
                    message: e.to_string(),
                })
        };
        let subject = render("subject.txt")?.trim().to_owned();
        let text = render("body.txt")?;
        let html = render("body.html")?;
        let to: Mailbox = email
            .to
            .as_str()
            .parse()
            .map_err(|e| MailError::Build(format!("{e}")))?;
        let message = Message::builder()
            .message_id(Some(format!(
                "<job-{}@{}>",
                email.job,
                self.from.email.domain()
            )))
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| MailError::Build(e.to_string()))?;
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| {
                // A reply (4xx, 5xx), a malformed one, TLS or our own mistake is about
                // this message or this configuration; anything else is the server away.
                if e.is_transient()
                    || e.is_permanent()
                    || e.is_response()
                    || e.is_tls()
                    || e.is_client()
                {
                    MailError::Send(e.to_string())
                } else {
                    MailError::Unavailable(e.to_string())
                }
            }),
            Transport::Outbox(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
        }
    }
}
