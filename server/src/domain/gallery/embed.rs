//! Players a project page may embed: the Scratch player for a Scratch project, YouTube
//! (its no-cookie domain) and Vimeo (do-not-track) for a video. The page loads nothing
//! from them until the visitor asks; the CSP's `frame-src` names exactly `FRAME_SOURCES`.

use serde::Serialize;

/// Where embedded players may come from (the Content-Security-Policy's `frame-src`).
pub const FRAME_SOURCES: [&str; 3] = [
    "https://scratch.mit.edu",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
];

/// Which player.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Player {
    Scratch,
    YouTube,
    Vimeo,
}

/// An embeddable player for a link: the frame's address and the site it comes from (to
/// tell the visitor before anything loads).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Embed {
    pub player: Player,
    pub src: String,
    pub site: &'static str,
}

impl Embed {
    /// The player for `link` (an already checked http(s) address), if it is a Scratch
    /// project, a YouTube video or a Vimeo video; anything else is only linked.
    pub fn of(link: &str) -> Option<Embed> {
        let url = url::Url::parse(link).ok()?;
        let host = url
            .host_str()?
            .trim_start_matches("www.")
            .to_ascii_lowercase();
        let mut segments = url.path_segments()?.filter(|s| !s.is_empty());
        let numeric =
            |s: &str| !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit());
        let video_id = |s: &str| {
            s.len() == 11
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        match host.as_str() {
            "scratch.mit.edu" => {
                let (Some("projects"), Some(id)) = (segments.next(), segments.next()) else {
                    return None;
                };
                numeric(id).then(|| Embed {
                    player: Player::Scratch,
                    src: format!("https://scratch.mit.edu/projects/{id}/embed"),
                    site: "scratch.mit.edu",
                })
            }
            "youtube.com" | "m.youtube.com" | "youtu.be" => {
                let id = if host == "youtu.be" {
                    segments.next().map(str::to_owned)
                } else {
                    match segments.next() {
                        Some("watch") => url
                            .query_pairs()
                            .find(|(k, _)| k == "v")
                            .map(|(_, v)| v.into_owned()),
                        Some("shorts" | "embed" | "live") => segments.next().map(str::to_owned),
                        _ => None,
                    }
                }?;
                video_id(&id).then(|| Embed {
                    player: Player::YouTube,
                    src: format!("https://www.youtube-nocookie.com/embed/{id}"),
                    site: "youtube.com",
                })
            }
            "vimeo.com" | "player.vimeo.com" => {
                let first = segments.next()?;
                let id = if first == "video" {
                    segments.next()?
                } else {
                    first
                };
                numeric(id).then(|| Embed {
                    player: Player::Vimeo,
                    src: format!("https://player.vimeo.com/video/{id}?dnt=1"),
                    site: "vimeo.com",
                })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_youtube_and_vimeo_links_get_their_players() {
        let src = |link: &str| Embed::of(link).map(|e| e.src);
        assert_eq!(
            src("https://scratch.mit.edu/projects/123456/"),
            Some("https://scratch.mit.edu/projects/123456/embed".into())
        );
        assert_eq!(
            src("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10"),
            Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ".into())
        );
        assert_eq!(
            src("https://youtu.be/dQw4w9WgXcQ"),
            Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ".into())
        );
        assert_eq!(
            src("https://www.youtube.com/shorts/dQw4w9WgXcQ"),
            Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ".into())
        );
        assert_eq!(
            src("https://vimeo.com/76979871"),
            Some("https://player.vimeo.com/video/76979871?dnt=1".into())
        );
    }

    #[test]
    fn anything_else_is_only_linked() {
        for link in [
            "https://github.com/ana/game",
            "https://scratch.mit.edu/users/ana",
            "https://scratch.mit.edu/projects/12ab",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/watch?v=\"><script>",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://vimeo.com/channels/staffpicks",
            "not a url",
        ] {
            assert_eq!(Embed::of(link), None, "{link}");
        }
    }

    #[test]
    fn every_player_comes_from_a_frame_source() {
        for link in [
            "https://scratch.mit.edu/projects/1",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://vimeo.com/1",
        ] {
            let embed = Embed::of(link).expect("a player");
            assert!(
                FRAME_SOURCES
                    .iter()
                    .any(|s| embed.src.starts_with(&format!("{s}/"))),
                "{}",
                embed.src
            );
        }
    }
}
