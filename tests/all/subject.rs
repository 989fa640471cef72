//! Where a reply's subject comes from: the opening, else the title.

/// A reply around `title` and `opening`.
fn reply(title: &str, opening: &str) -> String {
    format!("{title}\n刘芳代表：\n{opening}\n一、基本情况\n我局已完成改造项目18个。\n市住房和城乡建设局\n2023年6月15日\n")
}

#[test]
fn the_title_gives_the_subject_the_opening_lacks() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        // the opening quotes it: the opening's
        (
            "关于加快老旧小区改造的建议的答复",
            "您提出的《关于推进老旧小区加装电梯的建议》收悉，现答复如下：",
            Some("关于推进老旧小区加装电梯的建议"),
        ),
        // the opening does not: the title's
        (
            "关于加快老旧小区改造的建议的答复",
            "您在市十六届人大二次会议上提出的第215号建议收悉，现答复如下：",
            Some("关于加快老旧小区改造的建议"),
        ),
        // a title that only describes the proposal names none
        (
            "关于市人大代表刘芳同志所提建议的答复",
            "您提出的建议收悉，现答复如下：",
            None,
        ),
    ];
    for (title, opening, want) in rows {
        let text = reply(title, opening);
        let r = govreply::parse(&text).unwrap();
        assert_eq!(r.subject.as_deref(), *want, "{title} / {opening}");
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    }
}
