//! Which character encoding the bytes of a document were read in.

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The character encoding a reply was decoded from, as `parse_bytes` found
/// it. JSON uses the WHATWG labels: `"utf-8"`, `"utf-16le"`, `"utf-16be"`,
/// `"gb18030"`, `"gbk"`, `"gb2312"`.
///
/// `Gbk` and `Gb2312` say what the page declared (`<meta charset="gbk">`);
/// all three GB encodings are decoded with the GB18030 decoder, which reads
/// every GBK and GB2312 text. Undeclared bytes that are not UTF-8 are
/// `Gb18030`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a BOM.
    #[cfg_attr(feature = "serde", serde(rename = "utf-8"))]
    Utf8,
    /// UTF-16, little-endian (found by its BOM `FF FE`).
    #[cfg_attr(feature = "serde", serde(rename = "utf-16le"))]
    Utf16Le,
    /// UTF-16, big-endian (found by its BOM `FE FF`).
    #[cfg_attr(feature = "serde", serde(rename = "utf-16be"))]
    Utf16Be,
    /// GB18030, declared so or guessed for bytes that are not UTF-8.
    #[cfg_attr(feature = "serde", serde(rename = "gb18030"))]
    Gb18030,
    /// Declared as GBK (`gbk`, `x-gbk`, `cp936`, `windows-936`, `chinese`);
    /// decoded as GB18030.
    #[cfg_attr(feature = "serde", serde(rename = "gbk"))]
    Gbk,
    /// Declared as GB2312 (`gb2312`, `gb_2312-80`, `csgb2312`, `iso-ir-58`);
    /// decoded as GB18030.
    #[cfg_attr(feature = "serde", serde(rename = "gb2312"))]
    Gb2312,
}

impl Encoding {
    /// The label, as in JSON: `"utf-8"`, `"gbk"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
            Encoding::Gbk => "gbk",
            Encoding::Gb2312 => "gb2312",
        }
    }

    /// Whether the text was decoded with the GB18030 decoder (GB18030, GBK
    /// or GB2312).
    pub fn is_gb(&self) -> bool {
        matches!(self, Encoding::Gb18030 | Encoding::Gbk | Encoding::Gb2312)
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let table = [
            (Encoding::Utf8, "utf-8", false),
            (Encoding::Utf16Le, "utf-16le", false),
            (Encoding::Utf16Be, "utf-16be", false),
            (Encoding::Gb18030, "gb18030", true),
            (Encoding::Gbk, "gbk", true),
            (Encoding::Gb2312, "gb2312", true),
        ];
        for (e, label, gb) in table {
            assert_eq!(e.as_str(), label);
            assert_eq!(e.to_string(), label);
            assert_eq!(e.is_gb(), gb, "{label}");
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_names() {
        let json = serde_json::to_string(&[Encoding::Utf8, Encoding::Gbk]).unwrap();
        assert_eq!(json, r#"["utf-8","gbk"]"#);
        let back: Vec<Encoding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, vec![Encoding::Utf8, Encoding::Gbk]);
    }
}
