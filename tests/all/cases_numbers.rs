//! Sections 3.1–3.5 of `shared/corpus/cases.md` — integers, mixed forms,
//! percents and fractions, things that must not become numbers, money — one
//! table per section, each row naming its case, through the public API
//! (`numeral::parse`, `quantity::parse`/`scan`, `metric::scan`). Where
//! govreply answers differently from cases.md the row is an exception with
//! its reason, asserting what the library does (README, "Choices").
//!
//! Then the quantity forms replies use, unit group by unit group: money,
//! counts, area, length, mass, energy, volume, time spans, percents and
//! multiples, multipliers scaled exactly, qualifiers and ranges.

use std::str::FromStr;

use govreply::model::{Bound, MetricKind, NumeralForm, Quantity};
use govreply::{metric, numeral, quantity};
use rust_decimal::Decimal;

use MetricKind::PercentagePoint as PP;
use MetricKind::{Amount as A, Count as C, Measure as M, Multiple as X, Percent as P};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn check(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A quantity in the notation of the tables: value (`3..5` for a range),
/// unit, scaled (`26000 元`, or `12000000` without a base unit, or ``),
/// kind, qualifier (`约 about`, `以上 at_least`, ` about` for a bound
/// without a word, or ``).
fn describe(q: &Quantity<'_>) -> (String, String, String, MetricKind, String) {
    let value = match q.upper {
        Some(u) => format!("{}..{u}", q.value),
        None => q.value.to_string(),
    };
    let scaled = match (q.scaled, q.base_unit.as_deref()) {
        (Some(s), Some(b)) => format!("{s} {b}"),
        (Some(s), None) => s.to_string(),
        (None, _) => String::new(),
    };
    let bound = match q.bound {
        Some(Bound::About) => "about",
        Some(Bound::AtLeast) => "at_least",
        Some(Bound::AtMost) => "at_most",
        _ => "",
    };
    let qualifier = match (q.approx.as_deref(), bound) {
        (None, "") => String::new(),
        (w, b) => format!("{} {b}", w.unwrap_or("")),
    };
    (value, q.unit.to_string(), scaled, q.kind, qualifier)
}

/// (case, input, value, unit, scaled, kind, qualifier) in the notation of
/// [`describe`]; `quantity::parse` must read the whole input.
type QRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    MetricKind,
    &'static str,
);

fn check_parse(rows: &[QRow]) {
    let mut failures = Vec::new();
    for (case, input, value, unit, scaled, kind, qual) in rows {
        let want = (
            value.to_string(),
            unit.to_string(),
            scaled.to_string(),
            *kind,
            qual.to_string(),
        );
        match quantity::parse(input) {
            Ok(q) => {
                let got = describe(&q);
                if got != want {
                    failures.push(format!("{case} {input}: want {want:?}\n   got {got:?}"));
                }
            }
            Err(e) => failures.push(format!("{case} {input}: {e}")),
        }
    }
    check(failures);
}

/// (case, input, value, upper, form) through `numeral::parse`.
type NRow = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    NumeralForm,
);

fn check_numerals(rows: &[NRow]) {
    let mut failures = Vec::new();
    for (case, input, value, upper, form) in rows {
        match numeral::parse(input) {
            Ok(n) => {
                let got = (n.value, n.upper, n.form);
                let want = (d(value), upper.map(d), *form);
                if got != want {
                    failures.push(format!("{case} {input}: want {want:?}, got {got:?}"));
                }
            }
            Err(e) => failures.push(format!("{case} {input}: {e}")),
        }
    }
    check(failures);
}

/// The quantities `quantity::scan` finds, as (text, value, unit, scaled).
fn scanned(text: &str) -> Vec<(String, String, String, String)> {
    quantity::scan(text)
        .iter()
        .map(|q| {
            let (value, unit, scaled, _, _) = describe(q);
            (q.text.to_string(), value, unit, scaled)
        })
        .collect()
}

use NumeralForm::{Decimal as Dec, Integer as Int, Percent as Pct};

#[test]
fn integers_3_1() {
    let rows: &[NRow] = &[
        ("#1", "一万零四十", "10040", None, Int),
        ("#3", "二百零三", "203", None, Int),
        ("#3", "貳佰零參", "203", None, Int),
        ("#5", "千一", "1100", None, Int),
        ("#7", "一百九十万零三千九百七十一", "1903971", None, Int),
        ("#9", "一万零百一十一", "10111", None, Int),
        // #11: there is no strict mode that refuses 两; 两 is always 2
        ("#11", "两百", "200", None, Int),
        ("#13", "两千六", "2600", None, Int),
        ("#13", "兩千六", "2600", None, Int),
        ("#15", "十万零一千", "101000", None, Int),
        ("#17", "一万五千亿", "1500000000000", None, Int),
        ("#19", "三万亿", "3000000000000", None, Int),
        ("#19", "三千万亿", "3000000000000000", None, Int),
        ("#21", "廿二", "22", None, Int),
    ];
    check_numerals(rows);
    // #21 `廿二日`: 22 with its unit 日; inside a date it is no quantity
    let q = quantity::parse("廿二日").unwrap();
    assert_eq!((q.value, q.unit.as_ref(), q.kind), (d("22"), "日", M));
    assert!(metric::scan("6月廿二日召开推进会。").is_empty());
}

#[test]
fn mixed_and_decimals_3_2() {
    let rows: &[NRow] = &[
        ("#23", "13万2", "132000", None, Int),
        ("#25", "1百01", "101", None, Int),
        ("#27", "7千3百", "7300", None, Int),
        ("#29", "16.4亿", "1640000000", None, Int),
        ("#31", "百分之一点五七", "1.57", None, Pct),
        ("#33", "100000万", "1000000000", None, Int),
        (
            "#35",
            "零点零零零零零零零零零零零零零零一",
            "0.000000000000001",
            None,
            Dec,
        ),
        ("#37", "一点五", "1.5", None, Dec),
        ("#37a", "两百点两", "200.2", None, Dec),
        ("#37a", "一点两", "1.2", None, Dec),
    ];
    check_numerals(rows);
    check_parse(&[
        ("#29", "16.4亿", "16.4", "亿", "1640000000", C, ""),
        (
            "#33",
            "100000万美元",
            "100000",
            "万美元",
            "1000000000 美元",
            A,
            "",
        ),
        ("#37", "一点五倍", "1.5", "倍", "", X, ""),
        ("#37a", "一点两小时", "1.2", "小时", "", M, ""),
    ]);
    // #35: exact, no float on the way
    assert_eq!(
        numeral::parse("零点零零零零零零零零零零零零零零一")
            .unwrap()
            .value,
        Decimal::new(1, 15)
    );
    // #37: a multiple that is a change
    let m = metric::scan("新能源汽车产量增长一点五倍");
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].value, m[0].kind), (d("1.5"), X));
    assert_eq!(m[0].change, Some(govreply::model::Direction::Increase));
    // #37a: the quantity in running text
    assert_eq!(
        scanned("一点两小时的会议"),
        [(
            "一点两小时".into(),
            "1.2".into(),
            "小时".into(),
            String::new()
        )]
    );
    // #39: 2.2 and 2.3 are heading numbers before 本, not quantities
    let text = "2.2本计划投资3541.07万元2.3本项目";
    assert_eq!(
        scanned(text),
        [(
            "3541.07万元".into(),
            "3541.07".into(),
            "万元".into(),
            "35410700 元".into()
        )]
    );
    let m = metric::scan(text);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].label.as_deref(), Some("本计划投资"));
}

#[test]
fn percents_fractions_negatives_3_3() {
    let rows: &[NRow] = &[
        ("#43", "百分之二三十", "20", Some("30"), Pct),
        ("#45", "负百分之点二八", "-0.28", None, Pct),
        (
            "#47",
            "五百分之2.2",
            "0.0044",
            None,
            NumeralForm::Fraction {
                whole: None,
                numerator: d("2.2"),
                denominator: d("500"),
            },
        ),
        (
            "#49",
            "一又十分一",
            "1.1",
            None,
            NumeralForm::Fraction {
                whole: Some(d("1")),
                numerator: d("1"),
                denominator: d("10"),
            },
        ),
        ("#51", "负一百二十万", "-1200000", None, Int),
        ("#51", "負壹佰貳拾萬", "-1200000", None, Int),
        ("#53", "九成", "90", None, Pct),
        ("#53", "七成六", "76", None, Pct),
        ("#53", "三成半", "35", None, Pct),
    ];
    check_numerals(rows);
    check_parse(&[
        // #41: percentage points, never a percent
        ("#41", "六个百分点", "6", "个百分点", "", PP, ""),
        // #43: an approximate range of percents
        ("#43", "百分之二三十", "20..30", "百分之", "", P, " about"),
        ("#45", "负百分之点二八", "-0.28", "百分之", "", P, ""),
        // #53: 成 keeps the written tenths; scaled is the percent
        ("#53", "九成", "9", "成", "90 %", P, ""),
        (
            "#51",
            "负一百二十万元",
            "-120",
            "万元",
            "-1200000 元",
            A,
            "",
        ),
    ]);
    let m = metric::scan("一般公共预算收入占比下降了六个百分点");
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].value, m[0].kind), (d("6"), PP));
    // #47: a fraction is not a percent, and a numeral alone is no quantity
    assert!(quantity::parse("五百分之2.2").is_err());
}

#[test]
fn not_numbers_3_4() {
    // (case, text, quantities found: (text, value, unit, scaled), metric texts)
    let rows: &[(&str, &str, &[(&str, &str, &str, &str)], &[&str])] = &[
        ("#55", "卖到几十块钱", &[], &[]),
        // #57: the range 1–2, about; never 12
        (
            "#57",
            "让他一两个人头",
            &[("一两个", "1..2", "个", "")],
            &["一两个"],
        ),
        ("#59", "全国两会", &[], &[]),
        ("#59", "年过半百", &[], &[]),
        ("#61", "我想打电话我要陆兆显", &[], &[]),
        ("#63", "万三", &[], &[]),
        ("#63", "千四五", &[], &[]),
        ("#63", "收取万三、千四五的佣金", &[], &[]),
        // #65: a count of 100, not money
        (
            "#65",
            "有至少100个人",
            &[("至少100个", "100", "个", "")],
            &["至少100个"],
        ),
        // #67 EXCEPTION: a rate "per day" is not modelled; the amount and the
        // span come out as two quantities (never 31000天)
        (
            "#67",
            "三万一天的利息",
            &[("三万", "3", "万", "30000"), ("一天", "1", "天", "")],
            &["三万", "一天"],
        ),
        ("#69", "五四运动", &[], &[]),
        ("#69", "九三学社", &[], &[]),
        ("#69", "一律", &[], &[]),
        ("#69", "一方面", &[], &[]),
    ];
    let mut failures = Vec::new();
    for (case, text, want_q, want_m) in rows {
        let got = scanned(text);
        let want: Vec<(String, String, String, String)> = want_q
            .iter()
            .map(|(t, v, u, s)| (t.to_string(), v.to_string(), u.to_string(), s.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{case} {text}: want {want:?}\n   got {got:?}"));
        }
        let got_m: Vec<String> = metric::scan(text)
            .iter()
            .map(|m| m.text.to_string())
            .collect();
        if got_m != *want_m {
            failures.push(format!("{case} {text}: metrics {got_m:?}, want {want_m:?}"));
        }
    }
    check(failures);
    let q = quantity::parse("一两个").unwrap();
    assert_eq!((q.bound, q.kind), (Some(Bound::About), C));
    let q = &quantity::scan("有至少100个人")[0];
    assert_eq!((q.bound, q.kind), (Some(Bound::AtLeast), C));
}

#[test]
fn money_3_5() {
    check_parse(&[
        (
            "#71",
            "3502.38亿元",
            "3502.38",
            "亿元",
            "350238000000 元",
            A,
            "",
        ),
        // #73: 整 ("exactly") closes the amount
        ("#73", "肆佰叁拾萬圆整", "430", "萬圆", "4300000 圆", A, ""),
        (
            "#75",
            "近700万元",
            "700",
            "万元",
            "7000000 元",
            A,
            "近 at_most",
        ),
        (
            "#79",
            "50万元（含）以上",
            "50",
            "万元",
            "500000 元",
            A,
            "以上 at_least",
        ),
        // #81 EXCEPTION: `scaled` is the lower value in the base unit; the
        // upper in 港元 is upper × the unit's 万 (30000)
        ("#81", "两到三万港元", "2..3", "万港元", "20000 港元", A, ""),
        ("#85", "5.6到5.78元", "5.6..5.78", "元", "", A, ""),
    ]);
    let q = quantity::parse("肆佰叁拾萬圆整").unwrap();
    assert_eq!(q.text, "肆佰叁拾萬圆整");
    // 整 that starts a word stays outside
    assert_eq!(scanned("投入5万元整治河道")[0].0, "5万元");
    // #77 EXCEPTION: 数十 / 几十 are indefinite; nothing is reported rather
    // than a wrong number (never 十亿元)
    assert!(quantity::scan("人民币数十亿元").is_empty());
    assert!(metric::scan("人民币数十亿元").is_empty());
    // #83 EXCEPTION: the implied 元 is not guessed; a bare multiplier is a
    // count with its exact scaled value and no base unit
    assert_eq!(
        scanned("本年度付息金额4120亿"),
        [(
            "4120亿".into(),
            "4120".into(),
            "亿".into(),
            "412000000000".into()
        )]
    );
    let m = metric::scan("本年度付息金额4120亿");
    assert_eq!(m[0].label.as_deref(), Some("本年度付息金额"));
    // #85 EXCEPTION: 块 is a count word in replies (20.82亿块 chips, 3块牌子),
    // not colloquial money; `三块零四` is not read as 3.04 元
    assert_eq!(
        scanned("至少三块零四"),
        [("至少三块".into(), "3".into(), "块".into(), String::new())]
    );
}

/// The quantity forms of replies, unit group by unit group, in the notation
/// of [`describe`]. The case column names the group.
const FORMS: &[QRow] = &[
    // money: 元 美元 港元, multipliers 万 亿 千万 百万 万亿 scaled exactly
    ("元", "1250元", "1250", "元", "", A, ""),
    ("元", "2.6万元", "2.6", "万元", "26000 元", A, ""),
    ("元", "38.5亿元", "38.5", "亿元", "3850000000 元", A, ""),
    ("元", "2千万元", "2", "千万元", "20000000 元", A, ""),
    ("元", "3百万元", "3", "百万元", "3000000 元", A, ""),
    (
        "元",
        "1.2万亿元",
        "1.2",
        "万亿元",
        "1200000000000 元",
        A,
        "",
    ),
    ("元", "五十万元", "50", "万元", "500000 元", A, ""),
    ("元", "一千二百万元", "1200", "万元", "12000000 元", A, ""),
    ("元", "壹万贰仟元", "12000", "元", "", A, ""),
    ("元", "2000元/年", "2000", "元/年", "", A, ""),
    ("元", "600元/亩", "600", "元/亩", "", A, ""),
    ("元", "1.5万元/亩", "1.5", "万元/亩", "15000 元/亩", A, ""),
    ("美元", "120万美元", "120", "万美元", "1200000 美元", A, ""),
    (
        "美元",
        "3.2亿美元",
        "3.2",
        "亿美元",
        "320000000 美元",
        A,
        "",
    ),
    ("港元", "800万港元", "800", "万港元", "8000000 港元", A, ""),
    ("港元", "45港元", "45", "港元", "", A, ""),
    // bare multipliers: a count with its scaled value
    ("万", "1200万", "1200", "万", "12000000", C, ""),
    ("亿", "3亿", "3", "亿", "300000000", C, ""),
    ("万亿", "1.5万亿", "1.5", "万亿", "1500000000000", C, ""),
    ("千万", "3千万", "3", "千万", "30000000", C, ""),
    ("百万", "5百万", "5", "百万", "5000000", C, ""),
    // counts
    ("个", "12个", "12", "个", "", C, ""),
    ("个", "1.2万个", "1.2", "万个", "12000 个", C, ""),
    ("家", "326家", "326", "家", "", C, ""),
    ("项", "18项", "18", "项", "", C, ""),
    ("件", "1340件", "1340", "件", "", C, ""),
    ("人", "2560人", "2560", "人", "", C, ""),
    ("人", "1.8万人", "1.8", "万人", "18000 人", C, ""),
    ("户", "460户", "460", "户", "", C, ""),
    ("户", "3.6万户", "3.6", "万户", "36000 户", C, ""),
    ("所", "14所", "14", "所", "", C, ""),
    ("批", "3批", "3", "批", "", C, ""),
    ("条", "25条", "25", "条", "", C, ""),
    ("次", "46次", "46", "次", "", C, ""),
    ("台", "120台", "120", "台", "", C, ""),
    ("台", "519.39万台", "519.39", "万台", "5193900 台", C, ""),
    ("辆", "86辆", "86", "辆", "", C, ""),
    ("套", "1200套", "1200", "套", "", C, ""),
    ("座", "9座", "9", "座", "", C, ""),
    ("栋", "32栋", "32", "栋", "", C, ""),
    ("名", "75名", "75", "名", "", C, ""),
    ("位", "12位", "12", "位", "", C, ""),
    ("场", "40场", "40", "场", "", C, ""),
    ("处", "15处", "15", "处", "", C, ""),
    ("家次", "230家次", "230", "家次", "", C, ""),
    ("人次", "4.2万人次", "4.2", "万人次", "42000 人次", C, ""),
    // area
    ("平方米", "8600平方米", "8600", "平方米", "", M, ""),
    (
        "平方米",
        "12.5万平方米",
        "12.5",
        "万平方米",
        "125000 平方米",
        M,
        "",
    ),
    ("亩", "3200亩", "3200", "亩", "", M, ""),
    ("亩", "1.8万亩", "1.8", "万亩", "18000 亩", M, ""),
    ("公顷", "450公顷", "450", "公顷", "", M, ""),
    ("平方公里", "76.5平方公里", "76.5", "平方公里", "", M, ""),
    // length, mass
    ("公里", "12公里", "12", "公里", "", M, ""),
    ("米", "800米", "800", "米", "", M, ""),
    ("千米", "3千米", "3", "千米", "", M, ""),
    ("吨", "2.4万吨", "2.4", "万吨", "24000 吨", M, ""),
    ("公斤", "350公斤", "350", "公斤", "", M, ""),
    // energy, volume
    (
        "千瓦时",
        "1.2亿千瓦时",
        "1.2",
        "亿千瓦时",
        "120000000 千瓦时",
        M,
        "",
    ),
    ("千瓦", "45万千瓦", "45", "万千瓦", "450000 千瓦", M, ""),
    (
        "立方米",
        "3.5万立方米",
        "3.5",
        "万立方米",
        "35000 立方米",
        M,
        "",
    ),
    // time spans
    ("年", "3年", "3", "年", "", M, ""),
    ("年", "两年", "2", "年", "", M, ""),
    ("月", "6个月", "6", "个月", "", M, ""),
    ("天", "15天", "15", "天", "", M, ""),
    ("小时", "24小时", "24", "小时", "", M, ""),
    ("个工作日", "5个工作日", "5", "个工作日", "", M, ""),
    ("个工作日", "十个工作日", "10", "个工作日", "", M, ""),
    // percent, per mille, points, multiples
    ("%", "12.5%", "12.5", "%", "", P, ""),
    ("％", "８.６％", "8.6", "％", "", P, ""),
    ("百分之", "百分之三十", "30", "百分之", "", P, ""),
    ("百分之", "百分之八十五点五", "85.5", "百分之", "", P, ""),
    ("‰", "3.5‰", "3.5", "‰", "", P, ""),
    ("千分之", "千分之五", "5", "千分之", "", P, ""),
    ("个百分点", "1.2个百分点", "1.2", "个百分点", "", PP, ""),
    ("个百分点", "两个百分点", "2", "个百分点", "", PP, ""),
    ("倍", "2倍", "2", "倍", "", X, ""),
    ("倍", "三倍", "3", "倍", "", X, ""),
    ("倍", "1.8倍", "1.8", "倍", "", X, ""),
    // qualifiers before the number
    ("约", "约3000人", "3000", "人", "", C, "约 about"),
    (
        "约",
        "约1.5亿元",
        "1.5",
        "亿元",
        "150000000 元",
        A,
        "约 about",
    ),
    (
        "约为",
        "约为1.2万元",
        "1.2",
        "万元",
        "12000 元",
        A,
        "约为 about",
    ),
    ("近", "近5000户", "5000", "户", "", C, "近 at_most"),
    ("近", "近3成", "3", "成", "30 %", P, "近 at_most"),
    ("将近", "将近200名", "200", "名", "", C, "将近 at_most"),
    ("超", "超100家", "100", "家", "", C, "超 at_least"),
    (
        "超过",
        "超过2万人",
        "2",
        "万人",
        "20000 人",
        C,
        "超过 at_least",
    ),
    ("逾", "逾300件", "300", "件", "", C, "逾 at_least"),
    ("不足", "不足10%", "10", "%", "", P, "不足 at_most"),
    ("达", "达95%", "95", "%", "", P, "达 at_least"),
    ("高达", "高达98.5%", "98.5", "%", "", P, "高达 at_least"),
    ("不少于", "不少于30天", "30", "天", "", M, "不少于 at_least"),
    (
        "不超过",
        "不超过5万元",
        "5",
        "万元",
        "50000 元",
        A,
        "不超过 at_most",
    ),
    ("最多", "最多3次", "3", "次", "", C, "最多 at_most"),
    (
        "最高",
        "最高50万元",
        "50",
        "万元",
        "500000 元",
        A,
        "最高 at_most",
    ),
    ("至少", "至少2名", "2", "名", "", C, "至少 at_least"),
    ("不到", "不到1%", "1", "%", "", P, "不到 at_most"),
    // qualifiers after the number
    ("余", "200余家", "200", "家", "", C, "余 at_least"),
    ("多", "3000多人", "3000", "人", "", C, "多 at_least"),
    ("以上", "50家以上", "50", "家", "", C, "以上 at_least"),
    ("以下", "10人以下", "10", "人", "", C, "以下 at_most"),
    ("左右", "20天左右", "20", "天", "", M, "左右 about"),
    (
        "左右",
        "1500万元左右",
        "1500",
        "万元",
        "15000000 元",
        A,
        "左右 about",
    ),
    (
        "以内",
        "15万元以内",
        "15",
        "万元",
        "150000 元",
        A,
        "以内 at_most",
    ),
    ("内", "5年内", "5", "年", "", M, "内 at_most"),
    (
        "以上",
        "60万元（含）以上",
        "60",
        "万元",
        "600000 元",
        A,
        "以上 at_least",
    ),
    // ranges
    ("range", "3-5年", "3..5", "年", "", M, ""),
    ("range", "3至5家", "3..5", "家", "", C, ""),
    ("range", "10%—15%", "10..15", "%", "", P, ""),
    ("range", "5～10天", "5..10", "天", "", M, ""),
    ("range", "2到3年", "2..3", "年", "", M, ""),
    ("range", "20%-30%", "20..30", "%", "", P, ""),
    ("range", "1000-2000元", "1000..2000", "元", "", A, ""),
    ("range", "3000~5000元", "3000..5000", "元", "", A, ""),
    (
        "range",
        "50至100万元",
        "50..100",
        "万元",
        "500000 元",
        A,
        "",
    ),
    ("range", "5万至10万元", "5..10", "万元", "50000 元", A, ""),
    ("range", "1万-2万元", "1..2", "万元", "10000 元", A, ""),
    ("range", "两三个", "2..3", "个", "", C, " about"),
    ("range", "两三年", "2..3", "年", "", M, " about"),
    ("range", "七八家", "7..8", "家", "", C, " about"),
    ("range", "二三十家", "20..30", "家", "", C, " about"),
    ("range", "五六十个", "50..60", "个", "", C, " about"),
    ("range", "三五天", "3..5", "天", "", M, " about"),
    ("range", "三四万元", "3..4", "万元", "30000 元", A, " about"),
];

#[test]
fn quantity_forms() {
    assert!(FORMS.len() >= 80, "{}", FORMS.len());
    check_parse(FORMS);
}

#[test]
fn quantity_forms_in_text() {
    // the same forms found in running text, with their spans
    let text = "新建学校14所，投资2.6万元；约3000人参加，3-5年内完成，占12.5%。";
    let got: Vec<&str> = quantity::scan(text)
        .into_iter()
        .map(|q| &text[q.span.start..q.span.end])
        .collect();
    assert_eq!(got, ["14所", "2.6万元", "约3000人", "3-5年内", "12.5%"]);
    // an indefinite 几 and an idiom are no quantities
    for text in ["十几家", "三五成群", "三天两头", "一年四季"] {
        assert!(quantity::scan(text).is_empty(), "{text}");
    }
    let err = quantity::parse("十几家").unwrap_err();
    assert!(err.to_string().contains("'几'"), "{err}");
}
