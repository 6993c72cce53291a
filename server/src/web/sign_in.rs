//! Signing in and out: passwords, password resets, emailed sign-in links, OAuth2
//! providers, and accepting invitations. Answers never reveal whether an email is
//! registered.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::context::{PageContext, safe_next, see_other};
use super::csrf::CsrfForm;
use super::forms::NoFields;
use super::forms::{Field, FormErrors};
use super::guards::{self as session, MaybeUser};
use super::pages::{FormPage, Link, MessagePage};
use super::router::Routes;
use super::{AppError, password_field};
use crate::auth::oauth::PendingSignIn;
use crate::auth::secrets::hash_token;
use crate::db;
use crate::db::tokens::{Lookup, Purpose, Subject};
use crate::db::users::UserRecord;
use crate::domain::account::{EmailAddress, NewPassword, Role};
use crate::i18n::Locale;
use crate::operations::accounts::{self, SignedIn};
use crate::operations::{LinkProblem, OpError};

const OAUTH_KEY: &str = "oauth";

pub fn routes(r: &mut Routes) {
    r.get("/sign-in", sign_in_form);
    r.post_limited("/sign-in", sign_in_submit);
    r.post("/sign-out", sign_out);
    r.post("/sign-out/everywhere", sign_out_everywhere);
    r.get("/password/forgot", forgot_form);
    r.post_limited("/password/forgot", forgot_submit);
    r.get("/password/reset/{token}", reset_form);
    r.post_limited("/password/reset/{token}", reset_submit);
    r.get("/sign-in/link", link_form);
    r.post_limited("/sign-in/link", link_submit);
    r.get("/sign-in/link/{token}", link_confirm);
    r.post("/sign-in/link/{token}", link_use);
    r.get("/sign-in/oauth/{provider}", oauth_start);
    r.get("/sign-in/oauth/{provider}/callback", oauth_callback);
    r.get("/invitations/{token}", invitation_form);
    r.post("/invitations/{token}", invitation_accept);
}

/// Where each kind of user lands after signing in.
fn landing(user: &UserRecord) -> &'static str {
    if user.roles.contains(&Role::Organizer) {
        "/organizer"
    } else if user.roles.contains(&Role::Judge) {
        "/judge"
    } else if user.roles.contains(&Role::Adult) {
        "/account/children"
    } else if user.roles.contains(&Role::Creator) {
        // What a creator comes for: their project (or starting one).
        "/projects"
    } else {
        "/account"
    }
}

/// Puts the new server-side session in this browser's cookie.
pub fn start(ctx: &PageContext, signed_in: &SignedIn) -> Result<(), AppError> {
    session::sign_in(&ctx.session, signed_in)?;
    Ok(())
}

/// The answer to using an emailed link: signed in and sent on, or the page saying why the
/// link cannot be used.
pub fn after_link(
    ctx: &PageContext,
    outcome: Result<SignedIn, OpError>,
    flash: Option<&str>,
    to: impl FnOnce(&UserRecord) -> String,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(signed_in) => {
            start(ctx, &signed_in)?;
            if let Some(key) = flash {
                ctx.flash(key)?;
            }
            Ok(see_other(&to(&signed_in.user)))
        }
        Err(OpError::Link(problem)) => link_problem_page(ctx, problem),
        Err(e) => Err(e.into()),
    }
}

/// A link's landing page: a button that uses the token (POST), or the page saying why
/// the link cannot be used. Never acting on GET keeps mail scanners from using links up.
pub async fn confirm_page(
    ctx: &PageContext,
    purpose: Purpose,
    token: &str,
    page: FormPage,
) -> Result<HttpResponse, AppError> {
    let mut conn = ctx.conn().await?;
    match db::tokens::peek(&mut conn, purpose, &hash_token(token)).await? {
        Lookup::Valid(_) => form_response(ctx, StatusCode::OK, page),
        problem => token_problem_page(ctx, &problem),
    }
}

/// The page for a link that cannot be used, from its lookup.
pub fn token_problem_page<S>(
    ctx: &PageContext,
    problem: &Lookup<S>,
) -> Result<HttpResponse, AppError> {
    link_problem_page(
        ctx,
        match problem {
            Lookup::Used => LinkProblem::Used,
            Lookup::Expired => LinkProblem::Expired,
            Lookup::Revoked => LinkProblem::Revoked,
            Lookup::Unknown | Lookup::Valid(_) => LinkProblem::Unknown,
        },
    )
}

/// The page for a link that cannot be used, saying why: never worked, used, expired, or
/// no longer valid after a password reset.
pub fn link_problem_page(
    ctx: &PageContext,
    problem: LinkProblem,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let (heading, text) = match problem {
        LinkProblem::Used => ("token-used-heading", "token-used-text"),
        LinkProblem::Expired => ("token-expired-heading", "token-expired-text"),
        LinkProblem::Revoked => ("token-revoked-heading", "token-revoked-text"),
        LinkProblem::Unknown => ("token-invalid-heading", "token-invalid-text"),
    };
    let page = MessagePage::new(l.t(heading), vec![l.t(text)])
        .link("/sign-in", l.t("sign-in-heading"))
        .link("/password/forgot", l.t("forgot-heading"));
    ctx.render_status(StatusCode::BAD_REQUEST, "message.html", l.t(heading), &page)
}

fn message(
    ctx: &PageContext,
    status: StatusCode,
    heading: &str,
    texts: &[&str],
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let page = MessagePage::new(l.t(heading), texts.iter().map(|t| l.t(t)).collect());
    ctx.render_status(status, "message.html", l.t(heading), &page)
}

fn form_response(
    ctx: &PageContext,
    status: StatusCode,
    page: FormPage,
) -> Result<HttpResponse, AppError> {
    let title = page.heading.clone();
    ctx.render_status(status, "form.html", title, &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInQuery {
    next: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
    next: String,
}

fn sign_in_page(ctx: &PageContext, email: &str, next: &str, errors: Vec<String>) -> FormPage {
    let l = ctx.locale.locale;
    let fields = vec![
        Field::new(l, "email", "email", "field-email")
            .required()
            .value(email)
            .autocomplete("email")
            .maxlength(254),
        password_field(l, "password", "field-password", "current-password"),
        Field::new(l, "next", "hidden", "field-email").value(next),
    ];
    let mut page = FormPage::new(
        l.t("sign-in-heading"),
        "/sign-in",
        l.t("sign-in-submit"),
        fields,
    )
    .link("/password/forgot", l.t("forgot-heading"))
    .link("/register", l.t("register-heading"))
    .link("/sign-in/link", l.t("link-heading"));
    let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
    page.providers = ctx
        .state
        .providers
        .iter()
        .map(|p| Link {
            href: format!("/sign-in/oauth/{}?{query}", p.key),
            label: l.t_args(
                "sign-in-with",
                &[("provider", p.display_name.clone().into())],
            ),
        })
        .collect();
    // A sign-in problem is about the address first.
    page.errors = errors
        .into_iter()
        .map(|text| super::forms::Problem {
            text,
            target: "f-email".into(),
        })
        .collect();
    page
}

async fn sign_in_form(
    ctx: PageContext,
    query: web::Query<SignInQuery>,
) -> Result<HttpResponse, AppError> {
    let next = query.next.clone().unwrap_or_default();
    form_response(&ctx, StatusCode::OK, sign_in_page(&ctx, "", &next, vec![]))
}

async fn sign_in_submit(
    ctx: PageContext,
    form: CsrfForm<SignInForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let l = ctx.locale.locale;
    let again = |ctx: &PageContext, status, key: &str| {
        form_response(
            ctx,
            status,
            sign_in_page(ctx, &form.email, &form.next, vec![l.t(key)]),
        )
    };
    let outcome = accounts::sign_in_password(
        ctx.ops(),
        &ctx.visitor(),
        &form.email,
        form.password.clone(),
    )
    .await;
    match outcome {
        Ok(signed_in) => {
            start(&ctx, &signed_in)?;
            let next = if form.next.is_empty() {
                landing(&signed_in.user).to_owned()
            } else {
                safe_next(Some(&form.next))
            };
            Ok(see_other(&next))
        }
        Err(OpError::Invalid(_)) => again(&ctx, StatusCode::BAD_REQUEST, "error-sign-in-failed"),
        Err(OpError::Refused("verify-first-text")) => message(
            &ctx,
            StatusCode::FORBIDDEN,
            "verify-first-heading",
            &["verify-first-text"],
        ),
        Err(OpError::Refused(key)) => again(&ctx, StatusCode::TOO_MANY_REQUESTS, key),
        Err(e) => Err(e.into()),
    }
}

async fn sign_out(ctx: PageContext, _form: CsrfForm<NoFields>) -> Result<HttpResponse, AppError> {
    if let Some(sid) = session::session_id(&ctx.session) {
        accounts::sign_out(ctx.ops(), &ctx.visitor(), sid).await?;
    }
    session::forget(&ctx.session);
    Ok(see_other("/"))
}

/// Ends every session of the account (on every device), this one included.
async fn sign_out_everywhere(
    ctx: PageContext,
    user: super::guards::CurrentUser,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    accounts::sign_out_everywhere(ctx.ops(), &ctx.actor(&user)).await?;
    session::forget(&ctx.session);
    ctx.flash("signed-out-everywhere")?;
    Ok(see_other("/sign-in"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmailForm {
    email: String,
}

/// A page asking for an email address to send a link to (password reset, sign-in link).
struct EmailRequest {
    heading: &'static str,
    intro: &'static str,
    action: &'static str,
    submit: &'static str,
    /// The message shown after sending, whether or not an email went out.
    sent: &'static str,
}

const FORGOT: EmailRequest = EmailRequest {
    heading: "forgot-heading",
    intro: "forgot-intro",
    action: "/password/forgot",
    submit: "forgot-submit",
    sent: "forgot-sent",
};

const LINK: EmailRequest = EmailRequest {
    heading: "link-heading",
    intro: "link-intro",
    action: "/sign-in/link",
    submit: "link-submit",
    sent: "link-sent",
};

impl EmailRequest {
    fn page(&self, l: Locale, value: &str, errors: &FormErrors) -> FormPage {
        let fields = vec![
            Field::new(l, "email", "email", "field-email")
                .required()
                .value(value)
                .autocomplete("email")
                .maxlength(254),
        ];
        FormPage::new(l.t(self.heading), self.action, l.t(self.submit), fields)
            .intro(l.t(self.intro))
            .errors(l, errors)
    }

    fn form(&self, ctx: &PageContext) -> Result<HttpResponse, AppError> {
        form_response(
            ctx,
            StatusCode::OK,
            self.page(ctx.locale.locale, "", &FormErrors::default()),
        )
    }

    /// Runs `request` for the address; the answer is the same for every address.
    async fn submit<F, Fut>(
        &self,
        ctx: &PageContext,
        raw_email: &str,
        request: F,
    ) -> Result<HttpResponse, AppError>
    where
        F: FnOnce(EmailAddress) -> Fut,
        Fut: std::future::Future<Output = Result<(), OpError>>,
    {
        let mut errors = FormErrors::default();
        let Some(email) = errors.check("email", EmailAddress::parse(raw_email)) else {
            let page = self.page(ctx.locale.locale, raw_email, &errors);
            return form_response(ctx, StatusCode::BAD_REQUEST, page);
        };
        request(email).await?;
        message(
            ctx,
            StatusCode::OK,
            "check-email-heading",
            &[self.sent, "check-email-spam"],
        )
    }
}

async fn forgot_form(ctx: PageContext) -> Result<HttpResponse, AppError> {
    FORGOT.form(&ctx)
}

async fn forgot_submit(
    ctx: PageContext,
    form: CsrfForm<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let (ops, actor) = (ctx.ops().clone(), ctx.visitor());
    FORGOT
        .submit(&ctx, &form.0.email, |email| async move {
            accounts::request_password_reset(&ops, &actor, &email).await
        })
        .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    password: String,
}

fn reset_page(l: Locale, token: &str, errors: &FormErrors) -> FormPage {
    let fields = vec![password_field(
        l,
        "password",
        "field-new-password",
        "new-password",
    )];

    FormPage::new(
        l.t("reset-heading"),
        format!("/password/reset/{token}"),
        l.t("reset-submit"),
        fields,
    )
    .errors(l, errors)
}

async fn reset_form(ctx: PageContext, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let mut conn = ctx.conn().await?;
    match db::tokens::peek(&mut conn, Purpose::ResetPassword, &hash_token(&token)).await? {
        Lookup::Valid(_) => form_response(
            &ctx,
            StatusCode::OK,
            reset_page(ctx.locale.locale, &token, &FormErrors::default()),
        ),
        problem => token_problem_page(&ctx, &problem),
    }
}

async fn reset_submit(
    ctx: PageContext,
    token: web::Path<String>,
    form: CsrfForm<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FormErrors::default();
    let Some(new_password) = errors.check("password", NewPassword::parse(&form.0.password)) else {
        // Say what is wrong with the link first: no point choosing a password for a dead link.
        let mut conn = ctx.conn().await?;
        return match db::tokens::peek(&mut conn, Purpose::ResetPassword, &hash_token(&token))
            .await?
        {
            Lookup::Valid(_) => form_response(
                &ctx,
                StatusCode::BAD_REQUEST,
                reset_page(ctx.locale.locale, &token, &errors),
            ),
            problem => token_problem_page(&ctx, &problem),
        };
    };
    let outcome = accounts::reset_password(ctx.ops(), &ctx.visitor(), &token, new_password).await;
    after_link(&ctx, outcome, Some("reset-done"), |u| landing(u).to_owned())
}

async fn link_form(ctx: PageContext) -> Result<HttpResponse, AppError> {
    LINK.form(&ctx)
}

async fn link_submit(
    ctx: PageContext,
    form: CsrfForm<EmailForm>,
) -> Result<HttpResponse, AppError> {
    // Links are for judges and organizers; everyone else is told the same thing and gets
    // nothing.
    let (ops, actor) = (ctx.ops().clone(), ctx.visitor());
    LINK.submit(&ctx, &form.0.email, |email| async move {
        accounts::request_sign_in_link(&ops, &actor, &email).await
    })
    .await
}

async fn link_confirm(
    ctx: PageContext,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let page = FormPage::new(
        l.t("link-confirm-heading"),
        format!("/sign-in/link/{token}"),
        l.t("sign-in-submit"),
        vec![],
    );
    confirm_page(&ctx, Purpose::SignIn, &token, page).await
}

async fn link_use(
    ctx: PageContext,
    token: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let outcome = accounts::use_sign_in_link(ctx.ops(), &ctx.visitor(), &token).await;
    after_link(&ctx, outcome, None, |u| landing(u).to_owned())
}

async fn oauth_start(
    ctx: PageContext,
    provider: web::Path<String>,
    query: web::Query<SignInQuery>,
) -> Result<HttpResponse, AppError> {
    let provider = ctx
        .state
        .providers
        .iter()
        .find(|p| p.key == *provider)
        .ok_or(AppError::NotFound)?;
    let (url, pending) = provider
        .start(&ctx.state.base_url, query.next.clone())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    ctx.session
        .insert(OAUTH_KEY, &pending)
        .map_err(anyhow::Error::from)?;
    Ok(see_other(&url))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

async fn oauth_callback(
    ctx: PageContext,
    provider_key: web::Path<String>,
    query: web::Query<CallbackQuery>,
) -> Result<HttpResponse, AppError> {
    // The pending sign-in is single-use: a replayed callback finds nothing.
    let pending: Option<PendingSignIn> = ctx
        .session
        .remove_as::<PendingSignIn>(OAUTH_KEY)
        .and_then(Result::ok);
    let provider = ctx
        .state
        .providers
        .iter()
        .find(|p| p.key == *provider_key)
        .ok_or(AppError::NotFound)?;
    if query.error.is_some() {
        return message(
            &ctx,
            StatusCode::BAD_REQUEST,
            "oauth-failed-heading",
            &["oauth-declined-text"],
        );
    }
    let (Some(pending), Some(code), Some(state)) =
        (pending, query.code.clone(), query.state.clone())
    else {
        return message(
            &ctx,
            StatusCode::BAD_REQUEST,
            "oauth-failed-heading",
            &["oauth-expired-text"],
        );
    };
    let state_ok: bool =
        subtle::ConstantTimeEq::ct_eq(pending.state.as_bytes(), state.as_bytes()).into();
    if !state_ok || pending.provider != provider.key {
        tracing::warn!(provider = %provider.key, "OAuth callback with a state that does not match the session");
        return message(
            &ctx,
            StatusCode::BAD_REQUEST,
            "oauth-failed-heading",
            &["oauth-expired-text"],
        );
    }
    let next = pending.next.clone();
    let email = match provider.finish(&ctx.state.base_url, code, pending).await {
        Ok(email) => email,
        Err(e) => {
            tracing::warn!(provider = %provider.key, error = %e, "OAuth sign-in failed");
            return message(
                &ctx,
                StatusCode::BAD_REQUEST,
                "oauth-failed-heading",
                &["oauth-failed-text"],
            );
        }
    };
    let signed_in =
        match accounts::oauth_sign_in(ctx.ops(), &ctx.visitor(), &email, ctx.locale.locale.code())
            .await
        {
            Ok(signed_in) => signed_in,
            Err(OpError::Refused("oauth-unknown-heading")) => {
                let l = ctx.locale.locale;
                let page = MessagePage::new(
                    l.t("oauth-unknown-heading"),
                    vec![l.t_args("oauth-unknown-text", &[("email", email.to_string().into())])],
                );
                return ctx.render_status(
                    StatusCode::FORBIDDEN,
                    "message.html",
                    l.t("oauth-unknown-heading"),
                    &page,
                );
            }
            Err(e) => return Err(e.into()),
        };
    start(&ctx, &signed_in)?;
    let target = match next.as_deref() {
        Some(n) if !n.is_empty() => safe_next(Some(n)),
        _ => landing(&signed_in.user).to_owned(),
    };
    Ok(see_other(&target))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InvitationForm {
    display_name: String,
    password: String,
}

async fn invitation_page(
    ctx: &PageContext,
    token: &str,
    values: &InvitationForm,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let problem = match db::tokens::peek(&mut conn, Purpose::Invitation, &hash_token(token)).await?
    {
        Lookup::Valid(Subject::Invitation(id)) => match db::invitations::by_id(&mut conn, id)
            .await?
        {
            Some(invitation) => {
                let has_account = db::users::by_email(
                    &mut conn,
                    &EmailAddress::parse(&invitation.email).map_err(|e| anyhow::anyhow!("{e}"))?,
                )
                .await?
                .is_some();
                let mut fields = Vec::new();
                if !has_account {
                    fields.push(
                        Field::new(l, "display_name", "text", "field-your-name")
                            .required()
                            .value(&values.display_name)
                            .maxlength(50),
                    );
                    fields.push(password_field(
                        l,
                        "password",
                        "field-password",
                        "new-password",
                    ));
                }
                let role = l.t(&format!("role-{}", invitation.role.as_str()));
                let mut page = FormPage::new(
                    l.t("invitation-heading"),
                    format!("/invitations/{token}"),
                    l.t("invitation-accept"),
                    fields,
                )
                .intro(l.t_args(
                    "invitation-intro",
                    &[
                        ("role", role.into()),
                        ("email", invitation.email.clone().into()),
                    ],
                ))
                .errors(l, errors);
                page.providers = ctx
                    .state
                    .providers
                    .iter()
                    .map(|p| Link {
                        href: format!("/sign-in/oauth/{}", p.key),
                        label: l.t_args(
                            "sign-in-with",
                            &[("provider", p.display_name.clone().into())],
                        ),
                    })
                    .collect();
                return form_response(ctx, status, page);
            }
            None => Lookup::Unknown,
        },
        other => other,
    };
    token_problem_page(ctx, &problem)
}

async fn invitation_form(
    ctx: PageContext,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    invitation_page(
        &ctx,
        &token,
        &InvitationForm::default(),
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn invitation_accept(
    ctx: PageContext,
    token: web::Path<String>,
    _user: MaybeUser,
    form: CsrfForm<InvitationForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let outcome = accounts::accept_invitation(
        ctx.ops(),
        &ctx.visitor(),
        &token,
        &form.display_name,
        &form.password,
        ctx.locale.locale.code(),
    )
    .await;
    match outcome {
        Err(OpError::Invalid(problems)) => {
            let mut errors = FormErrors::default();
            for (field, e) in problems {
                errors.add(field, e);
            }
            invitation_page(&ctx, &token, &form, &errors, StatusCode::BAD_REQUEST).await
        }
        outcome => after_link(&ctx, outcome, Some("invitation-accepted"), |u| {
            landing(u).to_owned()
        }),
    }
}
