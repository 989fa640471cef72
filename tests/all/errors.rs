//! One test per `ErrorKind`: each kind triggered through the public API,
//! with its message, line, column, span and quoted text checked, strict
//! mode included.

use govreply::{Error, ErrorKind, Parser};

/// What an error must say: kind, message, (line, column), the text its
/// span covers, and the quoted line.
struct Want<'a> {
    kind: ErrorKind,
    message: &'a str,
    at: (usize, usize),
    offending: &'a str,
    quoted: &'a str,
}

fn check(what: &str, input: &str, e: &Error, want: &Want<'_>) {
    let span = e.span();
    assert_eq!(e.kind(), want.kind, "{what} {input:?}: {e}");
    assert_eq!(e.message(), want.message, "{what} {input:?}");
    assert_eq!((e.line(), e.column()), want.at, "{what} {input:?}: {e}");
    assert_eq!(
        input.get(span.start..span.end),
        Some(want.offending),
        "{what} {input:?}: span {span:?}"
    );
    assert_eq!(e.quoted(), want.quoted, "{what} {input:?}");
    // Display reads as one sentence: message, position, quote
    let mut display = format!(
        "{} at line {}, column {}",
        want.message, want.at.0, want.at.1
    );
    if !want.quoted.is_empty() {
        display += &format!(" in \"{}\"", want.quoted);
    }
    assert_eq!(e.to_string(), display, "{what} {input:?}");
}

/// Shorthand for rows where the quote is the whole (one-line) input.
fn row<'a>(
    kind: ErrorKind,
    message: &'a str,
    at: (usize, usize),
    offending: &'a str,
    input: &'a str,
) -> Want<'a> {
    Want {
        kind,
        message,
        at,
        offending,
        quoted: input,
    }
}

type Entry = fn(&str) -> Result<(), Error>;

fn numeral(s: &str) -> Result<(), Error> {
    govreply::numeral::parse(s).map(drop)
}
fn quantity(s: &str) -> Result<(), Error> {
    govreply::quantity::parse(s).map(drop)
}
fn date(s: &str) -> Result<(), Error> {
    govreply::date::parse(s).map(drop)
}
fn time(s: &str) -> Result<(), Error> {
    govreply::date::parse_time(s).map(drop)
}
fn title(s: &str) -> Result<(), Error> {
    govreply::title::parse(s).map(drop)
}
fn contact(s: &str) -> Result<(), Error> {
    govreply::contact::parse(s).map(drop)
}
fn phone(s: &str) -> Result<(), Error> {
    govreply::contact::parse_phone(s).map(drop)
}
fn doc_number(s: &str) -> Result<(), Error> {
    govreply::doc_number::parse(s).map(drop)
}
fn category(s: &str) -> Result<(), Error> {
    govreply::category::parse(s).map(drop)
}
fn addressee(s: &str) -> Result<(), Error> {
    govreply::addressee::parse(s).map(drop)
}
fn strict(s: &str) -> Result<(), Error> {
    Parser::new().strict(true).parse(s).map(drop)
}

fn run(rows: &[(&str, Entry, &str, Want<'_>)]) {
    for (what, entry, input, want) in rows {
        let e = entry(input).expect_err(&format!("{what} {input:?} should fail"));
        check(what, input, &e, want);
    }
}

// With the `encoding` feature, bytes that are not UTF-8 are decoded with
// warnings instead (tests/all/encoding.rs).
#[cfg(not(feature = "encoding"))]
#[test]
fn invalid_utf8() {
    let cases: [(&[u8], &str, (usize, usize), usize, &str); 5] = [
        (
            b"ab\n\xffc",
            "expected UTF-8 text, but found the byte 0xFF",
            (2, 1),
            3,
            "\u{FFFD}c",
        ),
        // a lone CR ends a line, as everywhere else; CRLF counts once
        (
            b"ab\rcd\xffe",
            "expected UTF-8 text, but found the byte 0xFF",
            (2, 3),
            5,
            "cd\u{FFFD}e",
        ),
        (
            b"ab\r\ncd\xffe",
            "expected UTF-8 text, but found the byte 0xFF",
            (2, 3),
            6,
            "cd\u{FFFD}e",
        ),
        // a character cut short: the first byte of the incomplete one
        (
            &"王芳委员".as_bytes()[..7],
            "expected UTF-8 text, but found the byte 0xE5",
            (1, 3),
            6,
            "王芳\u{FFFD}",
        ),
        // GBK bytes of 王芳 after a valid line
        (
            b"\xe7\xad\x94\xe5\xa4\x8d\n\xcd\xf5\xb7\xbc",
            "expected UTF-8 text, but found the byte 0xCD",
            (2, 1),
            7,
            "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}",
        ),
    ];
    for (bytes, message, at, offset, quoted) in cases {
        for e in [
            govreply::parse_bytes(bytes).unwrap_err(),
            Parser::new().strict(true).parse_bytes(bytes).unwrap_err(),
        ] {
            assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
            assert_eq!(e.message(), message);
            assert_eq!((e.line(), e.column()), at, "{e}");
            assert_eq!((e.span().start, e.span().end), (offset, offset + 1));
            assert_eq!(e.quoted(), quoted);
            assert_eq!(
                e.to_string(),
                format!(
                    "{message} at line {}, column {} in \"{quoted}\"",
                    at.0, at.1
                )
            );
        }
    }
}

#[test]
fn syntax() {
    use ErrorKind::Syntax as S;
    run(&[
        (
            "numeral",
            numeral,
            "三千五百零二亿三千八百万x",
            row(
                S,
                "expected the end of the numeral, but found 'x'",
                (1, 13),
                "x",
                "三千五百零二亿三千八百万x",
            ),
        ),
        (
            "numeral",
            numeral,
            "第一行\n三千x",
            Want {
                kind: S,
                message: "expected a numeral, but found '第'",
                at: (1, 1),
                offending: "第",
                quoted: "第一行",
            },
        ),
        (
            "quantity",
            quantity,
            "3502.38亿元x",
            row(
                S,
                "expected the end of the quantity, but found 'x'",
                (1, 10),
                "x",
                "3502.38亿元x",
            ),
        ),
        (
            "quantity",
            quantity,
            "12",
            row(
                S,
                "expected a quantity (a number with its unit), but found the end of the text",
                (1, 3),
                "",
                "12",
            ),
        ),
        (
            "quantity",
            quantity,
            "12个\n13个",
            Want {
                kind: S,
                message: "expected the end of the quantity, but found a line break",
                at: (1, 4),
                offending: "\n",
                quoted: "12个",
            },
        ),
        (
            "date",
            date,
            "今天",
            row(S, "expected a year, but found '今'", (1, 1), "今", "今天"),
        ),
        (
            "time",
            time,
            "十点x",
            row(
                S,
                "expected the end of the text, but found 'x'",
                (1, 3),
                "x",
                "十点x",
            ),
        ),
        (
            "title",
            title,
            "关于加强社区养老服务的建议",
            row(
                S,
                "expected a reference to a proposal (…届…次会议第…号提案), but found '关'",
                (1, 1),
                "关",
                "关于加强社区养老服务的建议",
            ),
        ),
        (
            "title",
            title,
            "某区政协一届二次会议第12号提案的答复x",
            row(
                S,
                "expected the end of the text, but found 'x'",
                (1, 20),
                "x",
                "某区政协一届二次会议第12号提案的答复x",
            ),
        ),
        (
            "contact",
            contact,
            "此复。",
            row(
                S,
                "expected a contact block (a label such as 联系人 or 联系电话, a phone number or an e-mail address), but found '此'",
                (1, 1),
                "此",
                "此复。",
            ),
        ),
        (
            "phone",
            phone,
            "0571-1234",
            row(
                S,
                "expected a local number of 7 or 8 digits, but found '1'",
                (1, 6),
                "1",
                "0571-1234",
            ),
        ),
        (
            "doc_number",
            doc_number,
            "青交函〔2024〕19",
            row(
                S,
                "expected '号', but found the end of the text",
                (1, 12),
                "",
                "青交函〔2024〕19",
            ),
        ),
        (
            "category",
            category,
            "答复类别：E",
            row(
                S,
                "expected a category letter (A, B, C, D, 甲, 乙, 丙), but found 'E'",
                (1, 6),
                "E",
                "答复类别：E",
            ),
        ),
        (
            "addressee",
            addressee,
            "王芳",
            row(
                S,
                "expected a name followed by a role (委员, 代表) or an organisation, but found the end of the text",
                (1, 3),
                "",
                "王芳",
            ),
        ),
    ]);
}

#[test]
fn overflow() {
    use ErrorKind::Overflow as O;
    const TOO_BIG: &str = "expected a number that fits an exact decimal (about 7.9e28, at most 28 decimal places), but the number is too large or too long";
    let forty = "1".repeat(40);
    let cn = "一二三四五六七八九".repeat(4);
    let tiny = String::from("0.") + &"0".repeat(28) + "1";
    let amount = forty.clone() + "亿元";
    run(&[
        (
            "numeral",
            numeral,
            &forty,
            row(O, TOO_BIG, (1, 1), &forty, &forty),
        ),
        ("numeral", numeral, &cn, row(O, TOO_BIG, (1, 1), &cn, &cn)),
        (
            "numeral",
            numeral,
            &tiny,
            row(O, TOO_BIG, (1, 1), &tiny, &tiny),
        ),
        (
            "quantity",
            quantity,
            &amount,
            row(O, TOO_BIG, (1, 1), &amount, &amount),
        ),
    ]);
    // a million digits: the quote is cut to 48 characters
    let million = "9".repeat(1_000_000);
    let e = govreply::numeral::parse(&million).unwrap_err();
    assert_eq!(e.kind(), O);
    assert_eq!(e.message(), TOO_BIG);
    assert_eq!(e.quoted(), "9".repeat(48));
}

#[test]
fn invalid_date() {
    use ErrorKind::InvalidDate as D;
    run(&[
        (
            "date",
            date,
            "2023年2月30日",
            row(
                D,
                "day 30 does not exist in February 2023",
                (1, 8),
                "30",
                "2023年2月30日",
            ),
        ),
        (
            "date",
            date,
            "二〇二三年二月三十日",
            row(
                D,
                "day 30 does not exist in February 2023",
                (1, 8),
                "三十",
                "二〇二三年二月三十日",
            ),
        ),
        (
            "date",
            date,
            "2023-02-29",
            row(
                D,
                "day 29 does not exist in February 2023",
                (1, 9),
                "29",
                "2023-02-29",
            ),
        ),
        (
            "date",
            date,
            "2023年13月",
            row(D, "month 13 does not exist", (1, 6), "13", "2023年13月"),
        ),
        (
            "time",
            time,
            "25点",
            row(D, "hour 25 does not exist (0–23)", (1, 1), "25", "25点"),
        ),
    ]);
}

#[test]
fn unrecognised_in_strict_mode() {
    use ErrorKind::Unrecognised as U;
    let head = "这是一行很长的并非标题也不是页面元素的说明文字，放在称呼之前无法识别。";
    let doc = format!("{head}\n王芳委员：\n您提出的建议收悉，现答复如下：\n正文。");
    let marks = "青交函〔2024〕19号 说明 A类";
    let doc2 =
        format!("某区民政局文件\n{marks}\n王芳委员：\n您提出的建议收悉，现答复如下：\n正文。");
    run(&[
        (
            "strict",
            strict,
            &doc,
            Want {
                kind: U,
                message: "expected a title, a header field or the addressee, but found the line \"这是一行很长的并非标题也不是页面元素的说明文字，\"",
                at: (1, 1),
                offending: head,
                quoted: head,
            },
        ),
        (
            "strict",
            strict,
            &doc2,
            Want {
                kind: U,
                message: "expected a document number, signer or category mark, but found the line \"青交函〔2024〕19号 说明 A类\"",
                at: (2, 1),
                offending: marks,
                quoted: marks,
            },
        ),
    ]);
    // lenient mode keeps the same finding as a diagnostic
    let r = govreply::parse(&doc2).unwrap();
    assert_eq!(r.diagnostics.len(), 1);
    assert_eq!(r.diagnostics[0].text, marks);
}

#[test]
fn empty() {
    use ErrorKind::Empty as E;
    let blank = " \u{3000}\t";
    run(&[
        (
            "numeral",
            numeral,
            "",
            row(
                E,
                "expected a numeral, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "numeral",
            numeral,
            blank,
            row(
                E,
                "expected a numeral, but the text is empty",
                (1, 1),
                blank,
                blank,
            ),
        ),
        (
            "quantity",
            quantity,
            "",
            row(
                E,
                "expected a quantity, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "date",
            date,
            "",
            row(E, "expected a date, but the text is empty", (1, 1), "", ""),
        ),
        (
            "title",
            title,
            "",
            row(
                E,
                "expected a reply title, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "contact",
            contact,
            "",
            row(
                E,
                "expected a contact block, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "phone",
            phone,
            "",
            row(
                E,
                "expected a phone number, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "doc_number",
            doc_number,
            "",
            row(
                E,
                "expected a document number, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "category",
            category,
            "",
            row(
                E,
                "expected a category mark, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "addressee",
            addressee,
            "",
            row(
                E,
                "expected an addressee, but the text is empty",
                (1, 1),
                "",
                "",
            ),
        ),
        (
            "strict",
            strict,
            "",
            row(
                E,
                "expected the body of a reply, but found no paragraph of running text",
                (1, 1),
                "",
                "",
            ),
        ),
        // a signature with no body: empty, quoting the first line
        (
            "strict",
            strict,
            "某区民政局\n2024年5月8日",
            Want {
                kind: E,
                message: "expected the body of a reply, but found no paragraph of running text",
                at: (1, 1),
                offending: "",
                quoted: "某区民政局",
            },
        ),
    ]);
}

/// The kinds' own names (`ErrorKind` is non-exhaustive, so a new variant
/// cannot fail this match: add its test above when one comes).
#[test]
fn kinds_display_their_names() {
    for kind in [
        ErrorKind::InvalidUtf8,
        ErrorKind::Syntax,
        ErrorKind::Overflow,
        ErrorKind::InvalidDate,
        ErrorKind::Unrecognised,
        ErrorKind::Empty,
    ] {
        let name = match kind {
            ErrorKind::InvalidUtf8 => "invalid UTF-8",
            ErrorKind::Syntax => "syntax error",
            ErrorKind::Overflow => "number out of range",
            ErrorKind::InvalidDate => "invalid date",
            ErrorKind::Unrecognised => "unrecognised text",
            ErrorKind::Empty => "empty input",
            _ => unreachable!(),
        };
        assert_eq!(kind.to_string(), name);
    }
}
