//! Text arriving in a request must be text the database can store: valid UTF-8 without
//! NUL. Paths and queries are checked by middleware for every route, form bodies by
//! `CsrfForm`, multipart fields by their readers; anything else is the localized 400
//! page, never a 500 from deep inside a query.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use percent_encoding::percent_decode;

use super::AppError;

/// Whether `s` is storable text.
pub fn is_text(s: &str) -> bool {
    !s.contains('\0')
}

/// Bytes of a form field as text, or 400.
pub fn text(bytes: &[u8]) -> Result<String, AppError> {
    match std::str::from_utf8(bytes) {
        Ok(s) if is_text(s) => Ok(s.to_owned()),
        _ => Err(AppError::BadRequest),
    }
}

/// Whether a percent-encoded piece (a path, or a query or form key or value, where `+`
/// is a space) decodes to storable text.
fn decodes_to_text(encoded: &str, plus_is_space: bool) -> bool {
    let replaced;
    let encoded = if plus_is_space && encoded.contains('+') {
        replaced = encoded.replace('+', " ");
        replaced.as_str()
    } else {
        encoded
    };
    percent_decode(encoded.as_bytes())
        .decode_utf8()
        .is_ok_and(|s| is_text(&s))
}

/// Whether every key and value of an `application/x-www-form-urlencoded` string (a query
/// or a form body) decodes to storable text.
pub fn is_text_form(encoded: &str) -> bool {
    encoded
        .split('&')
        .flat_map(|pair| pair.splitn(2, '='))
        .all(|piece| decodes_to_text(piece, true))
}

/// Refuses a request whose path or query is not text with a 400 (rendered as the
/// localized error page by `error_pages`).
pub async fn refuse_invalid_text(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if decodes_to_text(req.path(), false) && is_text_form(req.query_string()) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    tracing::info!("request with text that is not text refused");
    let (req, _) = req.into_parts();
    let res = actix_web::ResponseError::error_response(&AppError::BadRequest);
    Ok(ServiceResponse::new(req, res).map_into_right_body())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nul_and_broken_utf8_are_not_text() {
        assert!(!is_text_form("q=%00"));
        assert!(!is_text_form("a%00=1"));
        assert!(!is_text_form("q=%FF%FE"));
        assert!(!decodes_to_text("/join/%00", false));
        assert!(is_text_form("q=r%C3%A9sum%C3%A9+2&lang=fr"));
        assert!(is_text_form(""));
        assert!(decodes_to_text("/gallery/ロボット", false));
        assert!(text(b"ok \xF0\x9F\x8C\xB1").is_ok());
        assert!(text(b"a\0b").is_err());
        assert!(text(b"\xC0\xAF").is_err());
    }

    proptest! {
        #[test]
        fn whatever_passes_decodes_to_text_without_nul(raw in proptest::collection::vec(any::<u8>(), 0..24)) {
            let encoded: String = percent_encoding::percent_encode(&raw, percent_encoding::NON_ALPHANUMERIC).to_string();
            let form = format!("field={encoded}");
            let decoded = std::str::from_utf8(&raw).ok();
            prop_assert_eq!(is_text_form(&form), decoded.is_some_and(|s| !s.contains('\0')));
            prop_assert_eq!(text(&raw).is_ok(), decoded.is_some_and(|s| !s.contains('\0')));
        }
    }
}
