//! Data rights on the account page: download everything held about you (JSON), delete a
//! child profile you manage, delete your account. Each deletion asks first, on a page
//! that says what will happen, and is final.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use super::AppError;
use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::{Field, FormErrors, NoFields};
use super::guards::{AdultUser, CurrentUser};
use super::pages::{FormPage, MessagePage};
use super::router::Routes;
use crate::db;
use crate::domain::account::InputError;
use crate::operations::{OpError, erasure};

pub fn routes(r: &mut Routes) {
    r.post("/account/data", download);
    r.get("/account/delete", delete_account_page);
    r.post("/account/delete", delete_account);
    r.get("/account/children/{id}/delete", delete_child_page);
    r.post("/account/children/{id}/delete", delete_child);
}

/// Everything held about the account and its profiles, as a JSON download.
async fn download(
    ctx: PageContext,
    user: CurrentUser,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let doc = erasure::everything(ctx.ops(), &ctx.actor(&user)).await?;
    let body = serde_json::to_vec_pretty(&doc).map_err(anyhow::Error::from)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"my-showcase-data.json\"",
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConfirmForm {
    confirm: Option<String>,
}

fn confirm_page(
    ctx: &PageContext,
    heading: String,
    intro: String,
    action: String,
    submit: String,
    errors: &FormErrors,
) -> FormPage {
    let l = ctx.locale.locale;
    let mut fields = vec![Field::new(l, "confirm", "checkbox", "erase-confirm")];
    errors.apply(l, &mut fields);
    FormPage::new(heading, action, submit, fields)
        .intro(intro)
        .errors(l, errors)
        .link("/account", l.t("erase-keep"))
}

fn account_confirm(ctx: &PageContext, errors: &FormErrors) -> FormPage {
    let l = ctx.locale.locale;
    confirm_page(
        ctx,
        l.t("erase-account-heading"),
        l.t("erase-account-intro"),
        "/account/delete".into(),
        l.t("erase-account-submit"),
        errors,
    )
}

async fn delete_account_page(
    ctx: PageContext,
    _user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let page = account_confirm(&ctx, &FormErrors::default());
    ctx.render("form.html", ctx.t("erase-account-heading"), &page)
}

async fn delete_account(
    ctx: PageContext,
    user: CurrentUser,
    form: CsrfForm<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    if form.0.confirm.is_none() {
        let mut errors = FormErrors::default();
        errors.add("confirm", InputError("error-erase-confirm"));
        let page = account_confirm(&ctx, &errors);
        return ctx.render_status(
            StatusCode::BAD_REQUEST,
            "form.html",
            ctx.t("erase-account-heading"),
            &page,
        );
    }
    match erasure::erase_account(ctx.ops(), &ctx.actor(&user)).await {
        Ok(_) => {
            super::guards::forget(&ctx.session);
            let l = ctx.locale.locale;
            let page = MessagePage::new(
                l.t("erase-account-done-heading"),
                vec![l.t("erase-account-done")],
            )
            .link("/", l.t("nav-home"));
            ctx.render("message.html", l.t("erase-account-done-heading"), &page)
        }
        Err(e @ OpError::Refused(_)) => ctx.refused(e, "/account"),
        Err(e) => Err(e.into()),
    }
}

/// The child profile `id` if `adult` manages it (else a 404, like one that does not exist).
async fn child_of(ctx: &PageContext, adult: &AdultUser, id: Uuid) -> Result<String, AppError> {
    let mut conn = ctx.conn().await?;
    db::erasure::creator(&mut conn, id)
        .await?
        .filter(|c| c.managed_by == Some(adult.0.id()))
        .map(|c| c.display_name)
        .ok_or(AppError::NotFound)
}

fn child_confirm(ctx: &PageContext, id: Uuid, name: &str, errors: &FormErrors) -> FormPage {
    let l = ctx.locale.locale;
    confirm_page(
        ctx,
        l.t_args("erase-child-heading", &[("name", name.to_owned().into())]),
        l.t_args("erase-child-intro", &[("name", name.to_owned().into())]),
        format!("/account/children/{id}/delete"),
        l.t("erase-child-submit"),
        errors,
    )
    .link("/account/children", l.t("children-heading"))
}

async fn delete_child_page(
    ctx: PageContext,
    adult: AdultUser,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let name = child_of(&ctx, &adult, id).await?;
    let page = child_confirm(&ctx, id, &name, &FormErrors::default());
    ctx.render("form.html", page.heading.clone(), &page)
}

async fn delete_child(
    ctx: PageContext,
    adult: AdultUser,
    path: web::Path<Uuid>,
    form: CsrfForm<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let name = child_of(&ctx, &adult, id).await?;
    if form.0.confirm.is_none() {
        let mut errors = FormErrors::default();
        errors.add("confirm", InputError("error-erase-confirm"));
        let page = child_confirm(&ctx, id, &name, &errors);
        return ctx.render_status(
            StatusCode::BAD_REQUEST,
            "form.html",
            page.heading.clone(),
            &page,
        );
    }
    erasure::erase_child(ctx.ops(), &ctx.actor(&adult.0), id).await?;
    ctx.flash("erase-child-done")?;
    Ok(see_other("/account/children"))
}
