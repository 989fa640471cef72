//! What a metric counts: the words before the number in its clause, with
//! verbs, periods and change words taken off; or, when nothing is left
//! (`组织4家企业入选`), the noun right after the unit.

use crate::text;

/// Words stripped from the start of a label, longest first where one is a
/// prefix of another. They are verbs and adverbs of the reporting sentence,
/// not part of what is counted.
/// [`LEAD`], indexed by first character.
static LEAD_WORDS: text::Words = text::Words::new(LEAD);

const LEAD: &[&str] = &[
    "全区共有",
    "全市共有",
    "全县共有",
    "全省共有",
    "全镇共有",
    "全区共",
    "全市共",
    "全县共",
    "全省共",
    "我们",
    "我局",
    "我委",
    "我办",
    "我厅",
    "我县",
    "我市",
    "我区",
    "我省",
    "其中",
    "全年",
    "今年",
    "去年",
    "当年",
    "剩余",
    "保障",
    "每学期",
    "每天",
    "每年",
    "每月",
    "每周",
    "年底前",
    "年底",
    "年内",
    "共计",
    "共有",
    "共",
    "合计",
    "总计",
    "累计",
    "实现了",
    "实现",
    "完成了",
    "完成",
    "达到",
    "达",
    "新培育",
    "新认定",
    "新增",
    "新改建",
    "新建",
    "建设",
    "改扩建",
    "改建",
    "扩建",
    "培育",
    "认定",
    "入选",
    "入库",
    "组织",
    "实施",
    "配备",
    "配齐",
    "招聘",
    "招录",
    "设立",
    "组建",
    "创建",
    "打造",
    "聘请",
    "开设",
    "推动",
    "申报",
    "出台",
    "建成后",
    "建成",
    "投入",
    "争取到",
    "争取",
    "获得",
    "引进",
    "收到",
    "拨付",
    "筹集",
    "发放",
    "落实",
    "改造",
    "已经",
    "已",
    "将",
    "投产后",
    "达产后",
    "预计",
    "力争",
    "目前",
    "现有",
    "拥有",
    "总量",
    "成功",
    "先后",
    "连续",
    "分别",
    "同时",
    "另外",
    "此外",
    "还",
    "并",
    "有",
    "为",
    "是",
    "约",
    "安排",
    "下达",
    "支持",
    "补助",
    "帮助",
    "带动",
    "申请",
    "吸纳",
    "提供",
    "开展",
    "举办",
    "召开",
    "印发",
    "制定",
    "修订",
    "办理",
    "办结",
    "答复",
    "涉及",
    "交由",
    "立案",
    "提出",
];

/// Words stripped from the end of a label.
const TRAIL: &[&str] = &[
    "控制在",
    "保持在",
    "稳定在",
    "维持在",
    "提高到",
    "提升到",
    "提高至",
    "提升至",
    "达到",
    "实现",
    "完成",
    "达到",
    "达",
    "为",
    "是",
    "有",
    "共",
    "计",
    "约",
    "近",
    "超过",
    "超",
    "逾",
    "累计",
    "总计",
    "合计",
    "共计",
    "突破",
    "首次",
    "一次性",
    "各",
    "仅",
    "只",
    "将于",
    "计划于",
    "计划在",
    "力争在",
    "预计于",
    "保持",
    "维持",
    "年平均",
    "年均",
    "平均",
    "最高",
    "最低",
    "最多",
    "有望",
    "预计",
    "可以",
    "可",
    "将",
    "分别",
    "分別",
    "增至",
    "增长至",
    "降至",
    "达到了",
    "的",
    "了",
    "总数",
    "总量",
    "由",
    "增加到",
    "增加至",
    "增长到",
    "扩大到",
    "扩大至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "减少至",
    "缩短到",
    "缩短至",
    "缩小到",
    "缩小至",
    "压缩到",
    "压缩至",
    // a rate's base stays out of the label (`每人每月200元`)
    "每人",
    "每户",
    "每家",
    "每月",
    "每年",
    "每天",
    "每日",
    "每亩",
    "每次",
];

/// Strips `words` from the start of `s` as long as one matches.
fn strip_lead<'a>(mut s: &'a str, words: &'static text::Words) -> &'a str {
    loop {
        let before = s.len();
        if let Some((i, len)) = words.matches(s).next() {
            let rest = s.get(len..).unwrap_or("");
            if !lead_starts_word(LEAD.get(i).copied().unwrap_or(""), rest) {
                s = rest;
            }
        }
        s = s.trim_start_matches(|c: char| text::is_space(c) || matches!(c, '，' | ',' | '、'));
        if s.len() == before {
            return s;
        }
    }
}

/// Whether lead word `w` is the start of a longer word with what follows
/// it (`rest`): 有效发明专利, 有关部门, 建成区, 办结率, 完成率, 招聘会.
fn lead_starts_word(w: &str, rest: &str) -> bool {
    match rest.chars().next().map(text::fold) {
        Some('率') => true,
        Some(c) if w == "有" => "效关机色限序力益偿线意".contains(c),
        // 建成区 (the built-up area), but 建成区域性…
        Some('区') => w == "建成" && !rest.starts_with("区域"),
        // 招聘会, 招聘岗位
        Some('会' | '岗') if w == "招聘" => true,
        // 建设用地, 建设项目, 建设资金, 建设规模 … are nouns
        Some(c) if w == "建设" => "用项资规任工周单面投进标成内".contains(c),
        _ => false,
    }
}

/// The last characters of [`TRAIL`].
static TRAIL_LAST: crate::charset::CharSet =
    crate::charset::CharSet::word_ends(TRAIL, crate::charset::End::Last);

/// Strips [`TRAIL`] words from the end of `s` as long as one matches.
fn strip_trail(mut s: &str) -> &str {
    loop {
        let before = s.len();
        let Some(&last) = s.as_bytes().last() else {
            return s;
        };
        // most labels end in a noun that no trail word ends with
        let may_end = s
            .chars()
            .next_back()
            .is_some_and(|c| TRAIL_LAST.contains(c));
        for w in TRAIL.iter().filter(|_| may_end) {
            // the last byte tells most words apart before comparing them
            if w.as_bytes().last() != Some(&last) {
                continue;
            }
            if let Some(rest) = s.strip_suffix(w) {
                // 行为, 作为, 认为 are words, not 为 "is"
                if *w == "为" && rest.ends_with(['行', '作', '认', '成', '因', '视', '称'])
                {
                    continue;
                }
                s = rest;
                break;
            }
        }
        s = s.trim_end_matches(|c: char| text::is_space(c));
        if s.len() == before {
            return s;
        }
    }
}

/// The label from the words before a number (already cut at the clause
/// start, the period, the change and the share phrase).
pub(crate) fn from_before(before: &str) -> Option<&str> {
    // a list of titles before the number (`《…》、《…》等11个`) is not the label
    let before = match before.rfind('》') {
        Some(p) => before.get(p + '》'.len_utf8()..).unwrap_or(""),
        None => before,
    };
    // a time before the words (`会议期间共收到提案`, `三年以来累计投入`) is
    // not part of the label
    let before = time_words_end(before)
        .and_then(|p| before.get(p..))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(before);
    let s = strip_lead(
        strip_scope(skip_clause_marker(skip_heading_number(text::trim(before)))),
        &LEAD_WORDS,
    );
    let have = after_have(s);
    let s = if have.len() < s.len() {
        strip_lead(have, &LEAD_WORDS)
    } else {
        s
    };
    let s = strip_trail(s);
    let s = strip_lead(s, &LEAD_WORDS);
    let s = s.trim_matches(|c: char| {
        text::is_space(c) || matches!(c, '，' | ',' | '、' | '：' | ':' | '（' | '(')
    });
    let s = strip_note(s);
    // 给予50万元的一次性奖励: what is given is named after the figure; a
    // bare 增幅 names no indicator (the rate qualifies the figure before it)
    if s.ends_with("给予") || s.ends_with("予以") || only_scope(s) || RATE_WORDS.contains(&s) {
        return None;
    }
    ((s.chars().count() >= 2 && s.chars().any(text::is_han)) || is_acronym(s)).then_some(s)
}

/// What follows 共有 or 现有 inside `s`, when words name a place or a group
/// before it (`城区共有停车泊位` → `停车泊位`); a rate's base stays
/// (`每万人拥有…` is not cut).
fn after_have(s: &str) -> &str {
    if s.starts_with('每') {
        return s;
    }
    // one search for 有 (no substring searcher set up per label)
    let mut from = 0;
    while let Some(p) = s.get(from..).and_then(|r| r.find('有')) {
        let at = from + p;
        let head = s.get(..at).unwrap_or("");
        let rest = s.get(at + '有'.len_utf8()..).unwrap_or("");
        let have = head.ends_with(['共', '现']) && head.chars().count() >= 2;
        if have && rest.chars().count() >= 2 {
            return rest;
        }
        from = at + '有'.len_utf8();
    }
    s
}

/// Words for "the rate of change" that name no indicator by themselves.
const RATE_WORDS: [&str; 5] = ["增幅", "增速", "涨幅", "降幅", "增长率"];

/// `s` without a closing note in brackets (`A类（所提问题已经解决或基本
/// 解决）` → `A类`); a short bracket inside a name stays (`执业（助理）医师`).
fn strip_note(s: &str) -> &str {
    match text::split_end_note(s) {
        Some((head, note)) if note.chars().count() >= 5 => head,
        _ => s,
    }
}

/// An indicator named by its Latin abbreviation: `GDP`, `CPI`, `PM2.5`.
fn is_acronym(s: &str) -> bool {
    let upper = s.chars().filter(char::is_ascii_uppercase).count();
    (2..=8).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && upper >= 2
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
}

/// The end of the last `期间` or `以来` in `s`, found by the last bytes of
/// 间 and 来 (one byte search, no substring searcher set up per label).
fn time_words_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    // 间 is E9 97 B4, 来 is E6 9D A5: their last bytes
    while let Some(i) = memchr::memrchr2(0xB4, 0xA5, bytes.get(..end)?) {
        let start = i.saturating_sub(2);
        let head = s.get(..start).unwrap_or("");
        let found = match s.get(start..=i) {
            Some("间") => head.ends_with('期'),
            Some("来") => head.ends_with('以'),
            _ => false,
        };
        if found {
            return Some(i + 1);
        }
        end = i;
    }
    None
}

/// Where a figure holds, written before the verb that reports it (each is
/// 全 and one more character: [`strip_scope`] relies on it, a test checks
/// it).
const SCOPES: &[&str] = &[
    "全市", "全区", "全县", "全省", "全镇", "全乡", "全州", "全旗", "全盟", "全国",
];

/// Whether `s` names only where the figure holds, perhaps after a
/// preposition (`对全市120所中小学校`, `在全县`, `我市`): the thing counted is
/// named after the figure.
fn only_scope(s: &str) -> bool {
    let s = s.trim_start_matches(['对', '向', '在', '为', '给', '於', '對', '為']);
    let n = s.chars().count();
    n == 2
        && (s.starts_with('全') || s.starts_with('我'))
        && SCOPES.iter().any(|w| w.chars().nth(1) == s.chars().nth(1))
}

/// `s` without a scope that a reporting verb follows (`全区实现地区生产总值`
/// → `实现地区生产总值`); a scope before a noun stays (`全市森林覆盖率`).
fn strip_scope(s: &str) -> &str {
    // every scope starts with 全, which no other character folds to
    let Some(after) = s.strip_prefix('全') else {
        return s;
    };
    // the second character of a scope, compared folded (全縣 is 全县)
    let Some(second) = after.chars().next() else {
        return s;
    };
    let f = text::fold(second);
    if !SCOPES.iter().any(|w| w.chars().nth(1) == Some(f)) {
        return s;
    }
    let rest = after.get(second.len_utf8()..).unwrap_or("");
    if LEAD_WORDS.matches(rest).next().is_some() {
        rest
    } else {
        s
    }
}

/// `s` without the marker of an enumerated clause (`一是`, `二是`, `十二是`).
fn skip_clause_marker(s: &str) -> &str {
    let rest = s.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    if rest.len() < s.len() {
        if let Some(after) = rest.strip_prefix('是') {
            return after;
        }
    }
    s
}

/// `s` without a heading number glued to its first word (`2.2本计划投资` →
/// `本计划投资`): digits with at least one point, then a Han character.
fn skip_heading_number(s: &str) -> &str {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let number = s.get(..s.len() - rest.len()).unwrap_or("");
    let heading = number.contains('.')
        && number.starts_with(|c: char| c.is_ascii_digit())
        && rest.chars().next().is_some_and(text::is_han);
    if heading {
        rest
    } else {
        s
    }
}

/// Characters that end a noun right after a unit.
fn ends_noun(c: char) -> bool {
    !text::is_han(c)
        || matches!(
            c,
            '的' | '解'
                | '发'
                | '在'
                | '被'
                | '将'
                | '已'
                | '获'
                | '参'
                | '入'
                | '进'
                | '和'
                | '与'
                | '及'
                | '等'
                | '共'
                | '分'
                | '为'
                | '是'
                | '中'
                | '成'
                | '通'
                | '纳'
                | '列'
                | '申'
                | '开'
                | '完'
                | '实'
                | '达'
                | '均'
                | '全'
                | '先'
                | '正'
                | '陆'
                | '尚'
        )
}

/// Whether 中 followed by `rest` starts a word rather than closing a
/// noun: a Han character other than 有/的/共/就 follows.
fn opens_word_with_zhong(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| text::is_han(c) && !matches!(c, '有' | '的' | '共' | '就' | '，'))
}

/// The noun right after a unit (`4家企业入选` → `企业`, `1000余家“专精特新”
/// 企业` → `“专精特新”企业`): Han characters and quoted names, at most twelve
/// characters, up to a verb-like character.
pub(crate) fn from_after(after: &str) -> Option<&str> {
    // 三年来, 五年以来: a time span that opens a sentence, no noun follows
    if after.starts_with('来') || after.starts_with("以来") {
        return None;
    }
    // 50万元的一次性奖励
    let after = after.strip_prefix('的').unwrap_or(after);
    let mut end = 0;
    let mut quoted = false;
    for (i, c) in after.char_indices().take(12) {
        match c {
            '“' if !quoted => quoted = true,
            '”' if quoted => quoted = false,
            _ if quoted => {}
            // 中 opens a word (`中小学校`, `中心`) unless it closes the noun
            // (`5家企业中有`)
            '中' if opens_word_with_zhong(after.get(i + c.len_utf8()..).unwrap_or("")) => {}
            c if ends_noun(c) => break,
            _ => {}
        }
        if !quoted {
            end = i + c.len_utf8();
        }
    }
    let noun = after.get(..end)?;
    (noun.chars().filter(|c| text::is_han(*c)).count() >= 2).then_some(noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_start_with_quan() {
        for w in SCOPES {
            assert!(w.starts_with('全') && w.chars().count() == 2, "{w}");
        }
        assert_eq!(strip_scope("全縣完成投资"), "完成投资");
        assert_eq!(strip_scope("全面完成"), "全面完成");
        assert_eq!(strip_scope("全"), "全");
        assert!("全".chars().all(|c| text::fold(c) == c));
        assert_eq!(strip_scope("全区实现地区生产总值"), "实现地区生产总值");
        assert_eq!(strip_scope("全市森林覆盖率"), "全市森林覆盖率");
    }

    #[test]
    fn labels_before() {
        let cases: &[(&str, Option<&str>)] = &[
            ("实现规上工业总产值", Some("规上工业总产值")),
            (
                "认定省级智能工厂/数字化车间",
                Some("省级智能工厂/数字化车间"),
            ),
            (
                "入库杭州市第一批数字化改造攻关项目",
                Some("杭州市第一批数字化改造攻关项目"),
            ),
            ("其中链主工厂", Some("链主工厂")),
            ("新建改建农村公路", Some("农村公路")),
            ("城市低保标准由每人每月", Some("城市低保标准")),
            ("一是新建改建村卫生室", Some("村卫生室")),
            ("十二是培育龙头企业", Some("龙头企业")),
            ("三是", None),
            ("十是", None),
            ("对符合条件的企业给予每人每月", None),
            ("每千人口床位数", Some("每千人口床位数")),
            ("改扩建学校", Some("学校")),
            ("全市配备专职心理教师", Some("专职心理教师")),
            ("招聘教师", Some("教师")),
            ("对全市", None),
            ("在全县", None),
            ("全市森林覆盖率", Some("全市森林覆盖率")),
            ("五大主导产业产值实现", Some("五大主导产业产值")),
            ("成功组织", None),
            ("查处违法行为", Some("查处违法行为")),
            ("城镇居民人均可支配收入为", Some("城镇居民人均可支配收入")),
            ("实现", None),
            ("立案", None),
            ("全市共有规上企业", Some("规上企业")),
            ("已完成投资", Some("投资")),
            ("城镇登记失业率控制在", Some("城镇登记失业率")),
            ("建成农村公路", Some("农村公路")),
            ("有效发明专利拥有量突破", Some("有效发明专利拥有量")),
            ("建成区绿化覆盖率", Some("建成区绿化覆盖率")),
            ("办结率", Some("办结率")),
            ("2.2本计划投资", Some("本计划投资")),
            ("建成5G基站", Some("5G基站")),
            ("森林蓄积量增加到", Some("森林蓄积量")),
            ("人均住房面积由", Some("人均住房面积")),
            ("城区共有停车泊位", Some("停车泊位")),
            ("全县义务教育阶段学校共有在校生", Some("在校生")),
            ("每万人拥有律师数", Some("每万人拥有律师数")),
            ("建成区域性养老服务中心", Some("区域性养老服务中心")),
            ("今年新建", None),
            ("将继续予以一次性", None),
            ("种植大户仅", Some("种植大户")),
            ("每学期开展", None),
            ("每年新增就业", Some("就业")),
            ("今年将新建农村幸福院", Some("农村幸福院")),
            ("完成剩余", None),
            ("惠及农户", Some("惠及农户")),
            ("申请中央预算内资金", Some("中央预算内资金")),
            (
                "县级以上集中式饮用水水源地水质达标率保持",
                Some("县级以上集中式饮用水水源地水质达标率"),
            ),
            ("对年销售收入首次突破", Some("对年销售收入")),
            ("增幅", None),
            ("建设高标准农田", Some("高标准农田")),
            ("新增建设用地", Some("建设用地")),
            ("建设项目", Some("建设项目")),
            ("我局将于", None),
            ("计划在", None),
            ("收入增幅", Some("收入增幅")),
        ];
        for (before, want) in cases {
            assert_eq!(from_before(before), *want, "{before}");
        }
    }

    #[test]
    fn labels_after() {
        let cases: &[(&str, Option<&str>)] = &[
            ("企业入选省级目录", Some("企业")),
            ("政策，出台", Some("政策")),
            ("农村居民解决了饮水安全问题", Some("农村居民")),
            ("“专精特新”小巨人企业发展", Some("“专精特新”小巨人企业")),
            ("中小学校食堂进行提升改造", Some("中小学校食堂")),
            ("企业中有3家", Some("企业")),
            ("企业中，", Some("企业")),
            ("企业尚未参与", Some("企业")),
            ("“未完", None),
            ("来累计投入资金", None),
            ("，", None),
            ("", None),
        ];
        for (after, want) in cases {
            assert_eq!(from_after(after), *want, "{after}");
        }
    }
}
