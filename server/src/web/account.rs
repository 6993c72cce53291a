//! Registration (teen creators and adults), email verification, the account page and
//! the child profiles an adult manages.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::{Datelike, Utc};
use serde::Deserialize;

use super::context::{PageContext, see_other};
use super::csrf::CsrfForm;
use super::forms::{Field, FormErrors, NoFields, SelectOption};
use super::guards::{AdultUser, CurrentUser};
use super::pages::{FormPage, MessagePage};
use super::router::Routes;
use super::sign_in::{after_link, confirm_page};
use super::{AppError, password_field};
use crate::db;
use crate::db::tokens::Purpose;
use crate::db::users::NewCreator;
use crate::domain::account::{
    BirthMonth, Country, DisplayName, EmailAddress, Gender, NewPassword, PersonName, Role,
    check_child_profile_age, check_self_registration_age,
};
use crate::i18n::Locale;
use crate::operations::accounts::{self, Registration};

pub fn routes(r: &mut Routes) {
    r.get("/register", register_choice);
    r.get("/register/creator", creator_form);
    r.post_limited("/register/creator", creator_submit);
    r.get("/register/adult", adult_form);
    r.post_limited("/register/adult", adult_submit);
    r.get("/register/check-email", check_email);
    r.get("/verify-email/{token}", verify_form);
    r.post("/verify-email/{token}", verify_submit);
    r.get("/account", account_page);
    r.post("/account", account_update);
    r.get("/account/children", children_page);
    r.post("/account/children", children_add);
}

/// Form fields of a creator profile (registration and child profiles), all optional in
/// the parse so every problem is reported at once.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CreatorFields {
    first_name: String,
    surname: String,
    display_name: String,
    birth_year: String,
    birth_month: String,
    country: String,
    gender: String,
    gender_description: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CreatorRegistration {
    email: String,
    password: String,
    #[serde(flatten)]
    creator: CreatorFields,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdultRegistration {
    email: String,
    password: String,
    display_name: String,
}

fn month_options(l: Locale) -> Vec<SelectOption> {
    (1..=12)
        .filter_map(|m| {
            let date = chrono::NaiveDate::from_ymd_opt(2000, m, 1)?;
            Some(SelectOption {
                value: m.to_string(),
                label: date.format_localized("%B", l.chrono_locale()).to_string(),
            })
        })
        .collect()
}

/// Every country, named and sorted in the visitor's language.
fn country_options(l: Locale) -> Vec<SelectOption> {
    crate::i18n::countries(l)
        .iter()
        .map(|(code, name)| SelectOption {
            value: code.clone(),
            label: name.clone(),
        })
        .collect()
}

fn gender_options(l: Locale) -> Vec<SelectOption> {
    Gender::CHOICES
        .iter()
        .map(|c| SelectOption {
            value: (*c).to_owned(),
            label: l.t(&format!("gender-{c}")),
        })
        .collect()
}

fn creator_fields(l: Locale, v: &CreatorFields) -> Vec<Field> {
    vec![
        Field::new(l, "first_name", "text", "field-first-name")
            .required()
            .value(&v.first_name)
            .autocomplete("given-name")
            .maxlength(100),
        Field::new(l, "surname", "text", "field-surname")
            .required()
            .value(&v.surname)
            .autocomplete("family-name")
            .maxlength(100)
            .hint(l, "hint-surname-private"),
        Field::new(l, "display_name", "text", "field-display-name")
            .required()
            .value(&v.display_name)
            .maxlength(50)
            .hint(l, "hint-display-name-public"),
        Field::new(l, "birth_year", "number", "field-birth-year")
            .required()
            .value(&v.birth_year)
            .hint(l, "hint-birth-private"),
        Field::new(l, "birth_month", "select", "field-birth-month")
            .required()
            .value(&v.birth_month)
            .options(month_options(l))
            .with_placeholder(l),
        Field::new(l, "country", "select", "field-country")
            .required()
            .value(&v.country)
            .options(country_options(l))
            .with_placeholder(l),
        Field::new(l, "gender", "select", "field-gender")
            .value(&v.gender)
            .options(gender_options(l))
            .with_placeholder(l)
            .hint(l, "hint-gender"),
        Field::new(l, "gender_description", "text", "field-gender-description")
            .value(&v.gender_description)
            .maxlength(50),
    ]
}

/// Parses a creator profile; `self_registration` applies the 13–18 rule, else the ≤ 18 rule.
fn parse_creator(
    v: &CreatorFields,
    errors: &mut FormErrors,
    self_registration: bool,
) -> Option<NewCreator> {
    let today = Utc::now().date_naive();
    let first_name = errors.check("first_name", PersonName::parse(&v.first_name));
    let surname = errors.check("surname", PersonName::parse(&v.surname));
    let display_name = errors.check("display_name", DisplayName::parse(&v.display_name));
    let birth = errors.check(
        "birth_year",
        BirthMonth::parse(&v.birth_year, &v.birth_month, today),
    );
    if let Some(b) = birth {
        let rule = if self_registration {
            check_self_registration_age(b, today)
        } else {
            check_child_profile_age(b, today)
        };
        errors.check("birth_year", rule);
    }
    let country = errors.check("country", Country::parse(&v.country));
    let gender = errors
        .check("gender", Gender::parse(&v.gender, &v.gender_description))
        .flatten();
    Some(NewCreator {
        first_name: first_name?,
        surname: surname?,
        display_name: display_name?,
        birth: birth?,
        country: country?,
        gender,
    })
}

fn render_form(
    ctx: &PageContext,
    status: StatusCode,
    page: FormPage,
    title_key: &str,
) -> Result<HttpResponse, AppError> {
    ctx.render_status(status, "form.html", ctx.t(title_key), &page)
}

async fn register_choice(ctx: PageContext) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let page = MessagePage::new(l.t("register-heading"), vec![l.t("register-intro")])
        .link("/register/creator", l.t("register-as-creator"))
        .link("/register/adult", l.t("register-as-adult"))
        .link("/sign-in", l.t("register-have-account"));
    ctx.render("message.html", l.t("register-heading"), &page)
}

fn creator_page(l: Locale, values: &CreatorRegistration, errors: &FormErrors) -> FormPage {
    let mut fields = vec![
        Field::new(l, "email", "email", "field-email")
            .required()
            .value(&values.email)
            .autocomplete("email")
            .maxlength(254),
        password_field(l, "password", "field-password", "new-password"),
    ];
    fields.extend(creator_fields(l, &values.creator));

    FormPage::new(
        l.t("register-creator-heading"),
        "/register/creator",
        l.t("register-submit"),
        fields,
    )
    .intro(l.t("register-creator-intro"))
    .link("/register/adult", l.t("register-under-13"))
    .errors(l, errors)
}

async fn creator_form(ctx: PageContext) -> Result<HttpResponse, AppError> {
    let page = creator_page(
        ctx.locale.locale,
        &CreatorRegistration::default(),
        &FormErrors::default(),
    );
    render_form(&ctx, StatusCode::OK, page, "register-creator-heading")
}

async fn creator_submit(
    ctx: PageContext,
    form: CsrfForm<CreatorRegistration>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let email = errors.check("email", EmailAddress::parse(&form.email));
    let password = errors.check("password", NewPassword::parse(&form.password));
    let creator = parse_creator(&form.creator, &mut errors, true);
    let (Some(email), Some(password), Some(creator), true) =
        (email, password, creator, errors.is_empty())
    else {
        let page = creator_page(ctx.locale.locale, &form, &errors);
        return render_form(
            &ctx,
            StatusCode::BAD_REQUEST,
            page,
            "register-creator-heading",
        );
    };
    let display_name = creator.display_name.clone();
    register(
        &ctx,
        email,
        password,
        display_name,
        Role::Creator,
        Some(creator),
    )
    .await
}

/// Creates the account (see `operations::accounts::register`): the page says the same
/// whether or not the address was taken.
async fn register(
    ctx: &PageContext,
    email: EmailAddress,
    password: NewPassword,
    display_name: DisplayName,
    role: Role,
    creator: Option<NewCreator>,
) -> Result<HttpResponse, AppError> {
    let registration = Registration {
        email,
        password,
        display_name,
        role,
        creator,
        locale: ctx.locale.locale.code().to_owned(),
    };
    accounts::register(ctx.ops(), &ctx.visitor(), registration).await?;
    Ok(see_other("/register/check-email"))
}

fn adult_page(l: Locale, values: &AdultRegistration, errors: &FormErrors) -> FormPage {
    let fields = vec![
        Field::new(l, "email", "email", "field-email")
            .required()
            .value(&values.email)
            .autocomplete("email")
            .maxlength(254),
        password_field(l, "password", "field-password", "new-password"),
        Field::new(l, "display_name", "text", "field-your-name")
            .required()
            .value(&values.display_name)
            .autocomplete("name")
            .maxlength(50),
    ];

    FormPage::new(
        l.t("register-adult-heading"),
        "/register/adult",
        l.t("register-submit"),
        fields,
    )
    .intro(l.t("register-adult-intro"))
    .errors(l, errors)
}

async fn adult_form(ctx: PageContext) -> Result<HttpResponse, AppError> {
    let page = adult_page(
        ctx.locale.locale,
        &AdultRegistration::default(),
        &FormErrors::default(),
    );
    render_form(&ctx, StatusCode::OK, page, "register-adult-heading")
}

async fn adult_submit(
    ctx: PageContext,
    form: CsrfForm<AdultRegistration>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let email = errors.check("email", EmailAddress::parse(&form.email));
    let password = errors.check("password", NewPassword::parse(&form.password));
    let name = errors.check("display_name", DisplayName::parse(&form.display_name));
    let (Some(email), Some(password), Some(name)) = (email, password, name) else {
        let page = adult_page(ctx.locale.locale, &form, &errors);
        return render_form(
            &ctx,
            StatusCode::BAD_REQUEST,
            page,
            "register-adult-heading",
        );
    };
    register(&ctx, email, password, name, Role::Adult, None).await
}

async fn check_email(ctx: PageContext) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let page = MessagePage::new(
        l.t("check-email-heading"),
        vec![l.t("check-email-text"), l.t("check-email-spam")],
    );
    ctx.render("message.html", l.t("check-email-heading"), &page)
}

async fn verify_form(ctx: PageContext, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let page = FormPage::new(
        l.t("verify-heading"),
        format!("/verify-email/{token}"),
        l.t("verify-submit"),
        vec![],
    )
    .intro(l.t("verify-intro"));
    confirm_page(&ctx, Purpose::VerifyEmail, &token, page).await
}

async fn verify_submit(
    ctx: PageContext,
    token: web::Path<String>,
    _form: CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let outcome = accounts::verify_email(ctx.ops(), &ctx.visitor(), &token).await;
    after_link(&ctx, outcome, Some("verify-done"), |user| {
        if user.roles.contains(&Role::Adult) {
            "/account/children".to_owned()
        } else {
            "/account".to_owned()
        }
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    display_name: String,
    locale: String,
}

fn locale_options() -> Vec<SelectOption> {
    Locale::all()
        .map(|l| SelectOption {
            value: l.code().to_owned(),
            label: l.native_name().to_owned(),
        })
        .collect()
}

fn account_form_page(
    l: Locale,
    user: &CurrentUser,
    values: &AccountForm,
    errors: &FormErrors,
) -> FormPage {
    let fields = vec![
        Field::new(l, "display_name", "text", "field-display-name")
            .required()
            .value(&values.display_name)
            .maxlength(50),
        Field::new(l, "locale", "select", "field-language")
            .value(&values.locale)
            .options(locale_options()),
    ];
    let roles: Vec<String> = user
        .0
        .roles
        .iter()
        .map(|r| l.t(&format!("role-{}", r.as_str())))
        .collect();
    let mut page = FormPage::new(
        l.t("account-heading"),
        "/account",
        l.t("account-save"),
        fields,
    )
    .intro(l.t_args(
        "account-intro",
        &[
            ("email", user.0.email.clone().into()),
            ("roles", roles.join(", ").into()),
        ],
    ))
    .errors(l, errors);
    if user.has(Role::Adult) {
        page = page.link("/account/children", l.t("children-heading"));
    }
    if user.has(Role::Adult) || user.has(Role::Creator) {
        page = page.link("/account/certificates", l.t("certificates-heading"));
    }
    if user.has(Role::Organizer) {
        page = page.link("/organizer", l.t("nav-organizer"));
    }
    if user.has(Role::Judge) {
        page = page.link("/judge", l.t("nav-judge"));
    }
    let page = page
        .button(
            "/sign-out/everywhere",
            l.t("account-sign-out-everywhere"),
            Some(l.t("account-sign-out-everywhere-hint")),
        )
        .button(
            "/account/data",
            l.t("account-download-data"),
            Some(l.t("account-download-data-hint")),
        );
    // Judges and organizers are removed by an organizer, not by themselves.
    if user.has(Role::Judge) || user.has(Role::Organizer) {
        page
    } else {
        page.link("/account/delete", l.t("account-delete-link"))
    }
}

async fn account_page(ctx: PageContext, user: CurrentUser) -> Result<HttpResponse, AppError> {
    let values = AccountForm {
        display_name: user.0.display_name.clone(),
        locale: user.0.locale.clone(),
    };
    let page = account_form_page(ctx.locale.locale, &user, &values, &FormErrors::default());
    render_form(&ctx, StatusCode::OK, page, "account-heading")
}

async fn account_update(
    ctx: PageContext,
    user: CurrentUser,
    form: CsrfForm<AccountForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let name = errors.check("display_name", DisplayName::parse(&form.display_name));
    let locale = Locale::from_code(&form.locale);
    if locale.is_none() {
        errors.add(
            "locale",
            crate::domain::account::InputError("error-language-invalid"),
        );
    }
    let (Some(name), Some(locale)) = (name, locale) else {
        let page = account_form_page(ctx.locale.locale, &user, &form, &errors);
        return render_form(&ctx, StatusCode::BAD_REQUEST, page, "account-heading");
    };
    accounts::update_profile(ctx.ops(), &ctx.actor(&user), &name, locale.code()).await?;
    ctx.flash("account-saved")?;
    Ok(see_other(&format!("/account?lang={}", locale.code())))
}

#[derive(serde::Serialize)]
struct ChildrenPage {
    children: Vec<ChildView>,
    form: FormPage,
}

#[derive(serde::Serialize)]
struct ChildView {
    id: uuid::Uuid,
    display_name: String,
    first_name: String,
    age: i32,
    country: String,
}

async fn children_view(
    ctx: &PageContext,
    adult: &AdultUser,
    values: &CreatorFields,
    errors: &FormErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = ctx.locale.locale;
    let mut conn = ctx.conn().await?;
    let today = Utc::now().date_naive();
    let children = db::users::children_of(&mut conn, adult.0.id())
        .await?
        .into_iter()
        .map(|c| {
            let age = today.year()
                - i32::from(c.birth_year)
                - i32::from(today.month() < u32::try_from(c.birth_month).unwrap_or(1));
            ChildView {
                id: c.id,
                display_name: c.display_name,
                first_name: c.first_name,
                age,
                country: crate::i18n::country_name(&c.country, l),
            }
        })
        .collect();
    let form = FormPage::new(
        l.t("children-add-heading"),
        "/account/children",
        l.t("children-add-submit"),
        creator_fields(l, values),
    )
    .intro(l.t("children-add-intro"))
    .errors(l, errors);
    ctx.render_status(
        status,
        "account/children.html",
        l.t("children-heading"),
        &ChildrenPage { children, form },
    )
}

async fn children_page(ctx: PageContext, adult: AdultUser) -> Result<HttpResponse, AppError> {
    children_view(
        &ctx,
        &adult,
        &CreatorFields::default(),
        &FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn children_add(
    ctx: PageContext,
    adult: AdultUser,
    form: CsrfForm<CreatorFields>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let mut errors = FormErrors::default();
    let Some(creator) = parse_creator(&form, &mut errors, false).filter(|_| errors.is_empty())
    else {
        return children_view(&ctx, &adult, &form, &errors, StatusCode::BAD_REQUEST).await;
    };
    accounts::add_child(ctx.ops(), &ctx.actor(&adult.0), &creator).await?;
    ctx.flash("children-added")?;
    Ok(see_other("/account/children"))
}
