//! The judges' panel. Scoring arrives with the judging issues; for now judges see where
//! their work will appear and which phase the event is in.

use actix_web::HttpResponse;
use serde::Serialize;

use super::AppError;
use super::context::PageContext;
use super::guards::JudgeUser;
use super::router::Routes;
use crate::db;

pub fn routes(r: &mut Routes) {
    r.get("/judge", panel);
}

#[derive(Serialize)]
struct PanelPage {
    event_name: Option<String>,
    phase_name: Option<String>,
}

async fn panel(ctx: PageContext, _judge: JudgeUser) -> Result<HttpResponse, AppError> {
    let mut conn = ctx.conn().await?;
    let event = db::events::current(&mut conn).await?;
    let page = PanelPage {
        event_name: event.as_ref().map(|e| e.name.clone()),
        phase_name: event.as_ref().map(|e| ctx.t(&e.phase.name_key())),
    };
    ctx.render("judge/panel.html", ctx.t("nav-judge"), &page)
}
