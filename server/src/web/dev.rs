//! `/dev/mailbox`: the emails written to the outbox, for local development. Mounted only
//! when `application.dev_mailbox` is on (never in production: it shows sign-in links).

use actix_web::{HttpResponse, web};
use serde::Serialize;

use super::AppError;
use super::context::PageContext;
use super::router::Routes;
use crate::mail::outbox::{self, OutboxMessage};

pub fn routes(r: &mut Routes) {
    r.get("/dev/mailbox", mailbox);
    r.get("/dev/mailbox/{id}", message);
}

#[derive(Serialize)]
struct MailboxPage {
    messages: Vec<OutboxMessage>,
    folder: String,
}

#[derive(Serialize)]
struct MessagePage {
    message: OutboxMessage,
}

fn folder(ctx: &PageContext) -> Result<std::path::PathBuf, AppError> {
    ctx.state.outbox_dir.clone().ok_or(AppError::NotFound)
}

async fn mailbox(ctx: PageContext) -> Result<HttpResponse, AppError> {
    let dir = folder(&ctx)?;
    let messages = outbox::list(&dir).map_err(anyhow::Error::from)?;
    ctx.render(
        "dev/mailbox.html",
        ctx.t("mailbox-heading"),
        &MailboxPage {
            messages,
            folder: dir.display().to_string(),
        },
    )
}

async fn message(ctx: PageContext, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let dir = folder(&ctx)?;
    let message = outbox::get(&dir, &id)
        .map_err(anyhow::Error::from)?
        .ok_or(AppError::NotFound)?;
    ctx.render(
        "dev/message.html",
        message.subject.clone(),
        &MessagePage { message },
    )
}
