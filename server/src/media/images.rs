//! The image pipeline.
//!
//! On upload (request path, cheap): the size, the format guessed from the content (never
//! the file name) and the dimensions read from the header. In the background: a full
//! decode under limits, orientation applied, and re-encoding as JPEG, which writes no
//! metadata at all (no EXIF, no GPS), at 480 and 1280 pixels wide.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Largest upload accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Largest width or height accepted.
pub const MAX_SIDE: u32 = 8000;
/// Widths of the stored derivatives.
pub const WIDTHS: [u32; 2] = [480, 1280];

/// How much an image may cost to decode: refused from its header above `max_pixels`,
/// decoded with at most `max_decode_bytes` allocated (configurable in `[media]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageLimits {
    pub max_pixels: u64,
    pub max_decode_bytes: u64,
}

impl ImageLimits {
    /// The limits configured in `[media]`.
    pub fn from_settings(media: &crate::config::MediaSettings) -> Self {
        ImageLimits {
            max_pixels: media.max_megapixels.saturating_mul(1_000_000),
            max_decode_bytes: media.max_decode_mib.saturating_mul(1024 * 1024),
        }
    }
}

impl Default for ImageLimits {
    /// 40 megapixels (a recent phone's photo is 12–50), 256 MiB to decode it.
    fn default() -> Self {
        ImageLimits {
            max_pixels: 40_000_000,
            max_decode_bytes: 256 * 1024 * 1024,
        }
    }
}

/// Why an upload is refused; each is a Fluent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UploadProblem {
    #[error("error-image-too-big")]
    TooBig,
    #[error("error-image-format")]
    Format,
    #[error("error-image-dimensions")]
    Dimensions,
    #[error("error-image-too-many-pixels")]
    TooManyPixels,
    #[error("error-image-unreadable")]
    Unreadable,
    #[error("error-image-alt-too-long")]
    AltTextTooLong,
}

impl UploadProblem {
    pub fn key(self) -> &'static str {
        match self {
            UploadProblem::TooBig => "error-image-too-big",
            UploadProblem::Format => "error-image-format",
            UploadProblem::Dimensions => "error-image-dimensions",
            UploadProblem::TooManyPixels => "error-image-too-many-pixels",
            UploadProblem::Unreadable => "error-image-unreadable",
            UploadProblem::AltTextTooLong => "error-image-alt-too-long",
        }
    }
}

/// What the header check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageCheck {
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
}

/// The cheap check on the request path: size, real format, header dimensions (nothing
/// is decoded, so a small file claiming a huge image costs nothing).
pub fn check_upload(bytes: &[u8], limits: &ImageLimits) -> Result<ImageCheck, UploadProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(UploadProblem::TooBig);
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| UploadProblem::Format)?;
    let format = match reader.format() {
        Some(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif)) => {
            f
        }
        _ => return Err(UploadProblem::Format),
    };
    // A JPEG that stops before its end marker was cut off in transit; decoders would
    // quietly fill the rest with grey.
    if format == ImageFormat::Jpeg && !ends_with_eoi(bytes) {
        return Err(UploadProblem::Unreadable);
    }
    let (width, height) = reader
        .into_dimensions()
        .map_err(|_| UploadProblem::Unreadable)?;
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(UploadProblem::Dimensions);
    }
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(UploadProblem::TooManyPixels);
    }
    Ok(ImageCheck {
        format,
        width,
        height,
    })
}

fn ends_with_eoi(bytes: &[u8]) -> bool {
    let end = bytes.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    end >= 2 && bytes[end - 2..end] == [0xFF, 0xD9]
}

/// The stored derivatives of one image.
#[derive(Debug)]
pub struct Processed {
    pub width: u32,
    pub height: u32,
    /// (target width, JPEG bytes) for each of `WIDTHS`.
    pub derivatives: Vec<(u32, Vec<u8>)>,
}

/// Decodes under limits (the first frame of a GIF), applies the orientation, and writes
/// metadata-free JPEGs: the large derivative from the decoded image, the small one from
/// the large, so only one full-size image is ever in memory. CPU-bound: call from
/// `spawn_blocking`.
pub fn process(bytes: &[u8], limits: &ImageLimits) -> Result<Processed, UploadProblem> {
    check_upload(bytes, limits)?;
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| UploadProblem::Format)?;
    let mut decode_limits = Limits::default();
    decode_limits.max_image_width = Some(MAX_SIDE);
    decode_limits.max_image_height = Some(MAX_SIDE);
    decode_limits.max_alloc = Some(limits.max_decode_bytes);
    reader.limits(decode_limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|_| UploadProblem::Unreadable)?;
    let orientation = decoder
        .orientation()
        .map_err(|_| UploadProblem::Unreadable)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(|_| UploadProblem::Unreadable)?;
    img.apply_orientation(orientation);
    let (width, height) = (img.width(), img.height());
    let mut derivatives = Vec::new();
    // Largest first; each smaller one is made from the one before.
    let mut source = img;
    for target in WIDTHS.iter().rev().copied() {
        if source.width() > target {
            let h =
                (u64::from(source.height()) * u64::from(target) / u64::from(source.width())).max(1);
            source = source.resize_exact(
                target,
                u32::try_from(h).unwrap_or(1),
                image::imageops::FilterType::CatmullRom,
            );
        }
        // JPEG has no alpha: flatten onto white, so transparent drawings stay readable.
        let rgb = flatten(&source);
        let mut out = Cursor::new(Vec::new());
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
        rgb.write_with_encoder(encoder)
            .map_err(|_| UploadProblem::Unreadable)?;
        derivatives.push((target, out.into_inner()));
    }
    derivatives.reverse();
    Ok(Processed {
        width,
        height,
        derivatives,
    })
}

fn flatten(img: &DynamicImage) -> image::RgbImage {
    if !img.color().has_alpha() {
        return img.to_rgb8();
    }
    let rgba = img.to_rgba8();
    let mut out = image::RgbImage::new(rgba.width(), rgba.height());
    for (x, y, p) in rgba.enumerate_pixels() {
        let a = u16::from(p[3]);
        let blend = |c: u8| u8::try_from((u16::from(c) * a + 255 * (255 - a)) / 255).unwrap_or(255);
        out.put_pixel(x, y, image::Rgb([blend(p[0]), blend(p[1]), blend(p[2])]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_fn(w, h, |x, y| {
            image::Rgba([(x % 256) as u8, (y % 256) as u8, 120, 255])
        });
        let mut out = Cursor::new(Vec::new());
        let _ = DynamicImage::ImageRgba8(img).write_to(&mut out, ImageFormat::Png);
        out.into_inner()
    }

    #[test]
    fn accepts_real_images_and_makes_both_widths() {
        let bytes = png(2000, 1000);
        assert_eq!(
            check_upload(&bytes, &ImageLimits::default()).map(|c| (c.width, c.height)),
            Ok((2000, 1000))
        );
        let Ok(p) = process(&bytes, &ImageLimits::default()) else {
            panic!("process")
        };
        let widths: Vec<u32> = p
            .derivatives
            .iter()
            .filter_map(|(_, b)| image::load_from_memory(b).ok().map(|i| i.width()))
            .collect();
        assert_eq!(widths, vec![480, 1280]);
    }

    #[test]
    fn small_images_are_not_upscaled() {
        let Ok(p) = process(&png(300, 200), &ImageLimits::default()) else {
            panic!("process")
        };
        assert!(
            p.derivatives
                .iter()
                .all(|(_, b)| image::load_from_memory(b).map(|i| i.width()).ok() == Some(300))
        );
    }

    #[test]
    fn refuses_non_images_and_oversized_ones() {
        assert_eq!(
            check_upload(
                b"<html><script>alert(1)</script></html>",
                &ImageLimits::default()
            ),
            Err(UploadProblem::Format)
        );
        assert_eq!(
            check_upload(
                b"<svg xmlns='http://www.w3.org/2000/svg'></svg>",
                &ImageLimits::default()
            ),
            Err(UploadProblem::Format)
        );
        assert_eq!(
            check_upload(&vec![0u8; MAX_BYTES + 1], &ImageLimits::default()),
            Err(UploadProblem::TooBig)
        );
        assert_eq!(
            check_upload(&png(8001, 10), &ImageLimits::default()),
            Err(UploadProblem::Dimensions)
        );
    }

    #[test]
    fn a_small_file_claiming_too_many_pixels_is_refused_from_its_header() {
        // 7000 × 7000 = 49 megapixels of one colour compresses to a few hundred kB.
        let img = image::GrayImage::new(7000, 7000);
        let mut out = Cursor::new(Vec::new());
        let _ = DynamicImage::ImageLuma8(img).write_to(&mut out, ImageFormat::Png);
        let bytes = out.into_inner();
        assert!(bytes.len() < 1_000_000, "{} bytes", bytes.len());
        assert_eq!(
            check_upload(&bytes, &ImageLimits::default()),
            Err(UploadProblem::TooManyPixels)
        );
        assert_eq!(
            process(&bytes, &ImageLimits::default()).err(),
            Some(UploadProblem::TooManyPixels)
        );
    }
}

/// Fuzzing the header check and the decoder (property tests; the corpus is generated):
/// any bytes, and valid images with bytes flipped, cut or appended, give an answer and
/// never a panic, and whatever passes the check stays within the limits.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn small_png() -> Vec<u8> {
        let img =
            image::RgbImage::from_fn(24, 16, |x, y| image::Rgb([x as u8 * 9, y as u8 * 13, 77]));
        let mut out = Cursor::new(Vec::new());
        let _ = DynamicImage::ImageRgb8(img).write_to(&mut out, ImageFormat::Png);
        out.into_inner()
    }

    fn small_jpeg() -> Vec<u8> {
        let img =
            image::RgbImage::from_fn(24, 16, |x, y| image::Rgb([x as u8 * 9, 40, y as u8 * 13]));
        let mut out = Cursor::new(Vec::new());
        let _ = DynamicImage::ImageRgb8(img).write_to(&mut out, ImageFormat::Jpeg);
        out.into_inner()
    }

    fn limits() -> ImageLimits {
        ImageLimits {
            max_pixels: 4_000_000,
            max_decode_bytes: 64 * 1024 * 1024,
        }
    }

    fn answers_within_limits(bytes: &[u8]) -> Result<(), TestCaseError> {
        if let Ok(check) = check_upload(bytes, &limits()) {
            prop_assert!(check.width > 0 && check.height > 0);
            prop_assert!(u64::from(check.width) * u64::from(check.height) <= limits().max_pixels);
            if let Ok(done) = process(bytes, &limits()) {
                prop_assert!(!done.derivatives.is_empty());
                for (_, jpeg) in &done.derivatives {
                    prop_assert_eq!(&jpeg[..2], &[0xFF, 0xD8][..], "derivatives are JPEG");
                }
            }
        }
        Ok(())
    }

    proptest! {
        // A fixed seed: the same generated corpus on every run (CI never flakes); change
        // it, or set PROPTEST_CASES, to explore further.
        #![proptest_config(ProptestConfig { cases: 200, rng_seed: proptest::test_runner::RngSeed::Fixed(20261203), ..ProptestConfig::default() })]

        #[test]
        fn any_bytes_get_an_answer(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            answers_within_limits(&bytes)?;
        }

        #[test]
        fn damaged_images_get_an_answer(
            jpeg in any::<bool>(),
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..12),
            cut in any::<prop::sample::Index>(),
            tail in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let mut bytes = if jpeg { small_jpeg() } else { small_png() };
            for (at, value) in flips {
                let i = at.index(bytes.len());
                bytes[i] = value;
            }
            bytes.truncate(cut.index(bytes.len() + 1).max(1));
            bytes.extend(tail);
            answers_within_limits(&bytes)?;
        }
    }
}
