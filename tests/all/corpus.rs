//! The real replies of `../shared/corpus/dev/replies/` parse to the fields
//! their labels give. Skipped (with a message) where `../shared` is absent.

use std::path::Path;

use super::shape::{actual, compare};

const DIR: &str = "../shared/corpus/dev/replies";

#[test]
fn real_replies_match_their_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut names: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no replies in {}", dir.display());
    let mut failures = Vec::new();
    for txt in &names {
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let input = std::fs::read_to_string(txt).unwrap();
        let label: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(txt.with_extension("json")).unwrap())
                .unwrap();
        let reply = govreply::parse(&input).unwrap();
        super::invariants::check(&input, &reply);
        compare(&name, &label, &actual(&reply), &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The expectations of the foundation issue on the seed document.
#[test]
fn qiantang_sample_in_detail() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(DIR)
        .join("qiantang-23058.txt");
    let Ok(input) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let r = govreply::parse(&input).unwrap();
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);

    // sections and their numbered subsections
    let top: Vec<(u32, &str)> = r
        .sections
        .iter()
        .map(|s| (s.ordinal, s.heading.as_deref().unwrap()))
        .collect();
    assert_eq!(
        top,
        [
            (1, "发展现状"),
            (2, "针对提案开展的相关工作"),
            (3, "下一步工作建议")
        ]
    );
    assert_eq!(r.sections[1].subsections.len(), 3);
    assert_eq!(r.sections[2].subsections.len(), 3);
    assert_eq!(
        r.sections[1].subsections[0].heading.as_deref(),
        Some("在顶层设计上提前谋划")
    );
    assert!(r.sections[1].subsections[0].paragraphs[0]
        .text
        .starts_with("新区成立以来"));
    assert_eq!(
        r.sections[2].subsections[0].heading.as_deref(),
        Some("聚焦重点领域,探索两业融合发展新业态新模式")
    );

    // the 一是…四是 clauses of 3.1
    let m: Vec<&str> = r.sections[2].subsections[0]
        .measures()
        .map(|m| m.summary.as_ref())
        .collect();
    assert_eq!(
        m,
        [
            "探索汽车制造和服务全链条融合",
            "探索生命健康制造和服务有机融合",
            "探索装备制造和服务集成化融合",
            "探索研发设计和制造业嵌入式融合"
        ]
    );
    assert_eq!(
        r.sections[2].subsections[0]
            .measures()
            .nth(3)
            .map(|m| m.marker.as_ref()),
        Some("四是")
    );
    // Reply::measures: the leaf subsections of 二、 then the clauses of 三、
    let all = r.measures();
    assert_eq!(all.len(), 13);
    assert_eq!(all[0].summary, "在顶层设计上提前谋划");

    // metrics
    let metrics = r.metrics();
    assert!(
        (25..=32).contains(&metrics.len()),
        "{} metrics",
        metrics.len()
    );
    let find = |text: &str| {
        metrics
            .iter()
            .find(|m| m.text == text)
            .unwrap_or_else(|| panic!("no metric {text}"))
    };
    let gross = find("3502.38亿元");
    assert_eq!(gross.label.as_deref(), Some("规上工业总产值"));
    assert_eq!(gross.value.to_string(), "3502.38");
    assert_eq!(gross.scaled.unwrap().to_string(), "350238000000");
    assert_eq!(gross.base_unit.as_deref(), Some("元"));
    assert_eq!(gross.period.unwrap().to_string(), "2022");
    let share = find("59%");
    assert_eq!(share.share_of.as_deref(), Some("地区生产总值"));
    assert_eq!(share.kind, govreply::model::MetricKind::Percent);
    let growth = find("12.3%");
    assert_eq!(growth.change, Some(govreply::model::Direction::Increase));
    assert_eq!(growth.basis.as_deref(), Some("同比"));
    let base = &metrics[metrics
        .iter()
        .position(|m| m.text == "2989.11亿元")
        .unwrap()];
    assert_eq!(base.label.as_deref(), Some("五大主导产业产值"));
    assert_eq!(growth.label, base.label);
    assert_eq!(find("74.5%").share_of.as_deref(), Some("规上工业增加值"));
    assert_eq!(find("64个").value.to_string(), "64");
    let fifteen = find("15家");
    assert!(fifteen.cumulative);
    assert_eq!(fifteen.label.as_deref(), Some("省级智能工厂/数字化车间"));
    assert_eq!(find("11个").label.as_deref(), Some("政策"));
    // none inside names, quotations, 《》, years, phones or the proposal number
    for m in &metrics {
        let t = m.text.as_ref();
        assert!(
            !["515", "4", "24", "2022", "2021", "23058", "89535412"]
                .contains(&m.value.to_string().as_str())
                || t == "4家",
            "unexpected metric {t}"
        );
        assert!(
            m.unit != "条" && m.unit != "届" && m.unit != "批",
            "unexpected metric {t}"
        );
    }

    // the end of the reply
    assert!(r
        .closing
        .as_ref()
        .unwrap()
        .text
        .starts_with("感谢您对钱塘经济发展"));
    assert_eq!(r.signature.org.as_deref(), Some("杭州市钱塘区发展和改革局"));
    let c = r.contact.as_ref().unwrap();
    assert_eq!(c.name.as_deref(), Some("陆颖"));
    assert_eq!(c.phones[0].area_code.as_deref(), Some("0571"));
    assert_eq!(c.phones[0].number, "89535412");
}

/// Every labelled quantity of `numbers.jsonl` (other than years and
/// ordinals) comes out of `metric::scan` with its value, unit and scaled
/// value (成 is compared without `scaled`: the labels keep 七成 as 7 成).
#[test]
fn numbers_jsonl_through_metric_scan() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/numbers.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let metrics = govreply::metric::scan(text);
        let mut used = vec![false; metrics.len()];
        for q in v["quantities"].as_array().unwrap() {
            let kind = q["kind"].as_str().unwrap();
            if kind == "year" || kind == "ordinal" {
                continue;
            }
            checked += 1;
            let surface = q["surface"].as_str().unwrap();
            let found = metrics.iter().enumerate().find(|(i, m)| {
                !used[*i]
                    && m.text.contains(surface.trim_start_matches(['约', '近']))
                    && m.value.to_string() == q["value"].as_str().unwrap()
                    && m.unit == q["unit"].as_str().unwrap()
                    && (m.unit == "成"
                        || m.scaled.map(|s| s.to_string()).as_deref() == q["scaled"].as_str())
            });
            match found {
                Some((i, _)) => used[i] = true,
                None => failures.push(format!("{surface} in {text}")),
            }
        }
    }
    assert!(checked > 150);
    assert!(
        failures.is_empty(),
        "{} of {checked} missed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
