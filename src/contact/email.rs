//! E-mail addresses: `zxb@163.com`, `office＠example.gov.cn`.
//!
//! The address is kept as written (a full-width `＠` stays); a full stop
//! after it (`…@163.com。`) is not part of it.

use crate::grammar::{fail, split, PResult};
use crate::span::Span;
use crate::text::fold;

/// email = local ("@" | "＠") domain
///
/// local = (letter | digit | "." | "_" | "%" | "+" | "-")+;
/// domain = part ("." part)+ where a part is letters, digits and `-`, and
/// the last part is two or more letters. `88191321@163.com`.
pub(crate) fn email(input: &str) -> PResult<'_, &str> {
    let mut local_end = 0;
    let mut at_end = None;
    for (i, c) in input.char_indices() {
        if is_local(c) {
            local_end = i + c.len_utf8();
            continue;
        }
        if fold(c) == '@' && local_end > 0 {
            at_end = Some(i + c.len_utf8());
        }
        break;
    }
    let Some(at_end) = at_end else {
        return fail(input, "an e-mail address");
    };
    let (domain_input, _) = split(input, at_end);
    let Some(len) = domain(domain_input) else {
        return fail(domain_input, "a domain such as example.gov.cn");
    };
    let (rest, found) = split(input, at_end + len);
    Ok((rest, found))
}

/// Byte length of the domain at the start of `input`: dot-separated parts,
/// at least two, the last of two or more letters. A trailing dot or a
/// trailing part that is not a top-level domain is left out.
fn domain(input: &str) -> Option<usize> {
    let mut parts = 0;
    let mut part_len = 0;
    let mut part_letters = true;
    // end of the last part that could close the domain
    let mut best = None;
    for (i, c) in input.char_indices() {
        let f = fold(c);
        if f.is_ascii_alphanumeric() || f == '-' {
            part_len += 1;
            part_letters &= f.is_ascii_alphabetic();
            if parts >= 1 && part_letters && part_len >= 2 {
                best = Some(i + c.len_utf8());
            }
        } else if f == '.' && part_len > 0 {
            parts += 1;
            part_len = 0;
            part_letters = true;
        } else {
            break;
        }
    }
    best
}

/// A character of the local part.
fn is_local(c: char) -> bool {
    let f = fold(c);
    f.is_ascii_alphanumeric() || matches!(f, '.' | '_' | '%' | '+' | '-')
}

/// Every e-mail address in free text, in one pass: each `@` is extended
/// back over the local part and forward over the domain.
pub(crate) fn scan(text: &str) -> Vec<(&str, Span)> {
    let mut out = Vec::new();
    let mut done_to = 0;
    for (i, c) in text.char_indices() {
        if i < done_to || fold(c) != '@' {
            continue;
        }
        let Some(before) = text.get(..i) else {
            continue;
        };
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_local(*c))
            .last()
            .map(|(s, _)| s);
        let Some(start) = start.filter(|s| *s >= done_to) else {
            continue;
        };
        let Some(from) = text.get(start..) else {
            continue;
        };
        if let Ok((_, found)) = email(from) {
            let span = Span::new(start, start + found.len());
            done_to = span.end;
            out.push((found, span));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        // (input, address, rest)
        let rows = [
            ("ccwjwx@126.com", "ccwjwx@126.com", ""),
            ("88191321@163.com。", "88191321@163.com", "。"),
            ("yjhm.sc@example.gov.cn", "yjhm.sc@example.gov.cn", ""),
            ("office＠example.gov.cn", "office＠example.gov.cn", ""),
            (
                "a_b-c+d@mail.example.com.cn;",
                "a_b-c+d@mail.example.com.cn",
                ";",
            ),
            ("zx@zx.gov.cn\n地址", "zx@zx.gov.cn", "\n地址"),
            ("zx@zx.gov.cn.", "zx@zx.gov.cn", "."),
            ("ZX@ZX.GOV.CN", "ZX@ZX.GOV.CN", ""),
        ];
        for (input, want, rest) in rows {
            assert_eq!(email(input), Ok((rest, want)), "{input}");
        }
    }

    #[test]
    fn not_addresses() {
        for input in [
            "@163.com",
            "abc@",
            "abc@163",
            "abc@163.1",
            "abc",
            "联系@x.com",
        ] {
            assert!(email(input).is_err(), "{input}");
        }
    }

    #[test]
    fn scanning() {
        let rows: &[(&str, &[&str])] = &[
            (
                "电话:0519-81234567 E-mail:zxb81234567@163.com",
                &["zxb81234567@163.com"],
            ),
            ("电子信箱:12345678@163.com。", &["12345678@163.com"]),
            ("邮箱abc@x.com或def@y.org", &["abc@x.com", "def@y.org"]),
            ("a@b@c.com", &["b@c.com"]),
            ("没有地址 @ 这里", &[]),
            ("x@y.com.a@b.cn", &["x@y.com"]),
        ];
        for &(input, want) in rows {
            let got = scan(input);
            let texts: Vec<&str> = got.iter().map(|(e, _)| *e).collect();
            assert_eq!(texts, want, "{input}");
            for (e, span) in got {
                assert_eq!(span.slice(input), Some(e));
            }
        }
    }

    #[test]
    fn scan_is_linear() {
        let text = "a".repeat(100_000) + &"@".repeat(100_000);
        assert!(scan(&text).is_empty());
    }
}
