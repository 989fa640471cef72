//! Sections 3.6–3.8 of `shared/corpus/cases.md`: inputs other tools get
//! wrong, as tests through the public API. Exceptions are documented at
//! their row.

use govreply::model::{Period, Precision};
use govreply::{contact, date, doc_number, title};

fn period(text: &str) -> String {
    date::parse_period(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .to_string()
}

#[test]
fn dates_3_6() {
    // (case, input, ISO)
    let rows = [
        (87, "二零一五年三月三號", "2015-03-03"),
        (89, "二○一一年十二月五日", "2011-12-05"),
        (89, "二O一一年", "2011"),
        (89, "二0一一年", "2011"),
        (91, "07年第三季度", "2007-Q3"),
        (93, "1993年上半年", "1993-H1"),
        (95, "19年底", "2019"),
        (97, "“十四五”期间", "2021/2025"),
        (99, "自2020-05-26起至2020-05-29止", "2020-05-26/2020-05-29"),
        (105, "2022 11 23", "2022-11-23"),
    ];
    let mut failures = Vec::new();
    for (case, input, want) in rows {
        let got = date::parse_period(input).map(|p| p.to_string());
        if got.as_deref() != Ok(want) {
            failures.push(format!("#{case} {input}: want {want}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // #89: the Latin O and Arabic 0 parse, and the mention says the style is irregular
    for input in ["二O一一年", "二0一一年"] {
        assert!(
            date::parse_mention(input).unwrap().style.is_irregular(),
            "{input}"
        );
    }
    assert!(!date::parse_mention("二〇一一年")
        .unwrap()
        .style
        .is_irregular());
    // #101: a point, not a span to now
    let found = date::scan("2024年3月31日事件多少起");
    assert_eq!(found.len(), 1);
    assert!(matches!(found[0].period, Period::Date(d) if d.precision() == Precision::Day));
    assert_eq!(found[0].period.to_string(), "2024-03-31");
    // #103: the document reference and the date-time both come out
    let text = "(20)湛仲字第2号时间：2025年3月20日上午九点";
    let doc = doc_number::parse("(20)湛仲字第2号").unwrap();
    assert_eq!((doc.year, doc.serial), (Some(2020), Some(2)));
    assert_eq!(date::scan(text)[0].period.to_string(), "2025-03-20T09:00");
    // #107
    assert_eq!(date::parse_time("十点半").unwrap().to_string(), "10:30:00");
    assert_eq!(date::parse_time("十一点").unwrap().to_string(), "11:00:00");
    // #95 `年底前` and #109 `此刻`/`当前`/`这个月` need a reference date the
    // model cannot hold without a year: documented exception, nothing found.
    for input in ["年底前", "此刻", "当前", "这个月"] {
        assert!(date::scan(input).is_empty(), "{input}");
    }
    assert_eq!(period("2023年6月"), "2023-06");
    // a date without a year takes the document's year when the caller has one
    let found = date::scan_in_year("6月1日至6月30日开展专项检查，12月20日至1月10日复查", 2023);
    let got: Vec<String> = found.iter().map(|m| m.period.to_string()).collect();
    assert_eq!(got, ["2023-06-01/2023-06-30", "2023-12-20/2024-01-10"]);
    assert_eq!(date::scan("6月1日")[0].period.to_string(), "--06-01");
}

#[test]
fn contacts_3_7() {
    let c = contact::parse("（联系人：陆颖 联系电话：0571-89535412）").unwrap();
    assert_eq!(c.name.as_deref(), Some("陆颖"));
    assert_eq!(
        (
            c.phones[0].area_code.as_deref(),
            c.phones[0].number.as_ref()
        ),
        (Some("0571"), "89535412")
    );

    let p = contact::parse_phone("+86 20 61302222-8866").unwrap();
    assert_eq!(
        (
            p.country.as_deref(),
            p.area_code.as_deref(),
            p.number.as_ref(),
            p.extension.as_deref()
        ),
        (Some("86"), Some("020"), "61302222", Some("8866"))
    );

    let two = contact::scan_phones("021-68812753,021-68808888");
    let two: Vec<&str> = two.iter().map(|p| p.number.as_ref()).collect();
    assert_eq!(two, ["68812753", "68808888"]);

    let m = contact::parse_phone("13512345678-9100").unwrap();
    assert_eq!(
        (m.number.as_ref(), m.extension.as_deref()),
        ("13512345678", Some("9100"))
    );

    let c = contact::parse("邮政编码是200120传真是021-68804868").unwrap();
    assert_eq!(c.postcode.as_deref(), Some("200120"));
    assert_eq!(
        c.fax.as_ref().map(|f| f.text.as_ref()),
        Some("021-68804868")
    );
}

#[test]
fn official_elements_3_8() {
    // #121
    let (doc, warnings) = doc_number::parse_with_warnings("X市财发〔1992〕字第36号").unwrap();
    assert_eq!((doc.year, doc.serial), (Some(1992), Some(36)));
    assert!(
        warnings.iter().any(|w| w.message.contains('字')),
        "{warnings:?}"
    );
    // #123
    let t = title::parse("钱塘区政协一届三次会议第23058号提案的答复").unwrap();
    let p = t.proposal.unwrap();
    assert_eq!(
        (p.region.as_deref(), p.term, p.session, p.number.as_deref()),
        (Some("钱塘区"), Some(1), Some(3), Some("23058"))
    );
    // #125 and #127, inside a reply
    let reply = govreply::parse(
        "某委员：\n您提出的建议收悉。经我局主办,区经信科技局会办,现将办理情况答复如下:\n1.在顶层设计上提前谋划。新区成立以来，开展了规划编制。\n某区发展和改革局\n2023年6月1日",
    )
    .unwrap();
    assert_eq!(reply.handling.lead, ["某区发展和改革局"]);
    assert_eq!(reply.handling.assisting, ["区经信科技局"]);
    let s = &reply.sections[0];
    assert_eq!(
        (s.level, s.heading.as_deref()),
        (3, Some("在顶层设计上提前谋划"))
    );
    assert_eq!(s.paragraphs[0].text, "新区成立以来，开展了规划编制。");
    // #129: injected pinyin is passed over by every grammar
    assert!(govreply::text::match_folded("市(shi)政府各委、办(ban)、局", "市政府各委").is_some());
    let t = title::parse("區(qū)政協一屆三次會議第12號提案的答覆").unwrap();
    assert_eq!(t.proposal.unwrap().number.as_deref(), Some("12"));
}
