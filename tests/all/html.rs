//! Web pages in the shapes government sites use (`tests/fixtures/html/`,
//! written for these tests), read by `html::article_text` and `parse_html`:
//! the article's lines come out, the page around it does not, and the reply
//! parses with its title, addressees, sections and signature.
#![cfg(feature = "html")]

use std::path::Path;

use govreply::{Parser, Severity};

fn page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// What a page must give.
struct Want {
    page: &'static str,
    title: &'static str,
    addressees: &'static [&'static str],
    headings: &'static [&'static str],
    org: &'static str,
    date: &'static str,
    /// Whole lines of the extracted text, in this order.
    lines: &'static [&'static str],
    /// Text of the page that must not be in the extracted text.
    absent: &'static [&'static str],
}

/// Page furniture every page has some of.
const FURNITURE: &[&str] = &[
    "索引号",
    "发布机构：",
    "网站标识码",
    "ICP备",
    "首页",
    "主办单位",
    "版权所有",
    "<",
    "&nbsp;",
    "&ldquo;",
    "var ",
    "function",
    "{",
];

const PAGES: &[Want] = &[
    Want {
        page: "trs-editor.html",
        title: "关于区政协一届二次会议第12号提案的答复",
        addressees: &["林秀云"],
        headings: &["基本情况", "下一步工作"],
        org: "松溪区民政局",
        date: "2024-05-08",
        lines: &[
            "关于区政协一届二次会议第12号提案的答复",
            "林秀云委员：",
            "您提出的“关于加强社区居家养老服务的建议”收悉，现答复如下：",
            "一、基本情况",
            // a source line break between two Chinese characters is no space
            "2023年全区新建社区居家养老服务站18个，同比增长20%，累计服务老年人3.6万人次。",
            "一是扩大服务覆盖面。二是提升服务质量&水平。三是加强人才队伍建设。",
            "松溪区民政局",
            "2024年5月8日",
            "（联系人：陈立新，联系电话：0591-88123456）",
        ],
        absent: &[
            "松溪区人民政府",
            "主题分类",
            "松民函",
            "浏览次数",
            "分享到",
            "打印本页",
            "关闭窗口",
            "政务服务",
            "无障碍",
            "当前位置",
            "打印版本",
        ],
    },
    Want {
        page: "custom-unionstyle-table.html",
        title: "石岭市交通运输局关于市十五届人大四次会议第206号建议的答复",
        addressees: &["周建华"],
        headings: &["建设进展", "下一步打算"],
        org: "石岭市交通运输局",
        date: "2024-06-12",
        lines: &[
            "石岭市交通运输局关于市十五届人大四次会议第206号建议的答复",
            "周建华代表：",
            "一、建设进展",
            // table cells, each on its own line
            "县（市、区）",
            "完成里程（公里）",
            "投资（亿元）",
            "东源县",
            "420",
            "5.6",
            "西岭县",
            "385",
            "4.9",
            "二、下一步打算",
            "特此答复。",
            "联系人：何晓明　　联系电话：0762-3312345",
            "抄送：市人大常委会代表工委，市政府督查室",
        ],
        absent: &["上一篇", "下一篇", "栏目导航", "信息公开", "第205号", "粤ICP"],
    },
    Want {
        page: "zoom-br-table-layout.html",
        title: "对县政协十届三次会议第58号提案的答复",
        addressees: &["吴志诚"],
        headings: &["保护现状", "存在问题", "下一步措施"],
        org: "县文化和旅游局",
        date: "2023-09-12",
        lines: &[
            "对县政协十届三次会议第58号提案的答复",
            "吴志诚委员：",
            "您提出的关于保护利用传统村落的提案收悉，现答复如下：",
            "（一）保护现状",
            "全县现有中国传统村落6个、省级传统村落14个，2022年投入保护资金860万元。",
            "（三）下一步措施",
            "感谢您对全县文化旅游工作的关心。",
            "县文化和旅游局",
            "2023年9月12日",
        ],
        absent: &["您现在的位置", "县情概况", "办事指南", "字号", "【打印】", "【关闭】", "doZoom"],
    },
    Want {
        page: "density-fallback.html",
        title: "青禾县教育局关于县政协九届三次会议第31号提案的答复",
        addressees: &["县政协民进支部"],
        headings: &["主要做法", "下一步工作"],
        org: "青禾县教育局",
        date: "2024-06-28",
        lines: &[
            "青禾县教育局关于县政协九届三次会议第31号提案的答复",
            "县政协民进支部：",
            "贵支部提出的《关于推进城乡义务教育优质均衡发展的提案》收悉，现答复如下：",
            "2023年全县新建、改扩建中小学校7所，新增学位3150个，城乡学校结对帮扶实现全覆盖。",
            "首先，优化学校布局。其次，加强教师交流轮岗。最后，推进教育信息化建设。",
            "2024年6月28日",
        ],
        absent: &["热点信息", "安全生产", "欢迎访问", "友情链接", "日期：", "政协提案办理", "line-height"],
    },
    Want {
        page: "pages-content-npc.html",
        title: "宁川市住房和城乡建设局关于市十六届人大二次会议第1035号建议的答复函",
        addressees: &["孙立明", "郑晓红"],
        headings: &["工作进展", "下一步工作"],
        org: "宁川市住房和城乡建设局",
        date: "2024-06-20",
        lines: &[
            "宁川市住房和城乡建设局关于市十六届人大二次会议第1035号建议的答复函",
            "宁建函〔2024〕77号",
            "孙立明、郑晓红代表：",
            "你们提出的“关于加快老旧小区加装电梯的建议”收悉。经商市财政局、市市场监管局，现答复如下：",
            "截至2023年底，全市累计完成既有住宅加装电梯812台，惠及居民2.1万户——较2022年增长35%。",
            // list items, each on its own line
            "简化审批流程，推行“一件事”联办；",
            "落实财政补助，每台补助最高20万元。",
            "（联系人：钱文斌，联系电话：0574-87651234）",
        ],
        absent: &["成文日期", "政务公开", "不应出现", "分享", "主办"],
    },
    Want {
        page: "html5-article.html",
        title: "澄江区科学技术局对区政协二届四次会议第2024077号提案的会办意见",
        addressees: &["民建澄江区基层委员会"],
        headings: &["强化政策支持", "搭建创新平台"],
        org: "澄江区科学技术局",
        date: "2024-04-10",
        lines: &[
            "澄江区科学技术局对区政协二届四次会议第2024077号提案的会办意见",
            "发布日期：2024-04-18 · 信息来源：区科学技术局",
            "民建澄江区基层委员会：",
            "1.强化政策支持。2023年兑现研发费用补助资金2860万元，惠及企业415家。",
            "2.搭建创新平台。新增省级企业研发机构23家。",
            "澄江区科学技术局",
            "2024年4月10日",
        ],
        absent: &["隐藏", "请开启", "相关阅读", "第2024078号", "政民互动", "正文开始", "text-indent"],
    },
];

#[test]
fn pages_give_their_article_lines() {
    let mut failures = Vec::new();
    for w in PAGES {
        let text = govreply::html::article_text(&page(w.page));
        let lines: Vec<&str> = text.lines().collect();
        // the wanted lines, in order
        let mut at = 0;
        for want in w.lines {
            match lines.iter().skip(at).position(|l| l == want) {
                Some(k) => at += k + 1,
                None => failures.push(format!("{}: no line {want:?} (in order)", w.page)),
            }
        }
        assert_eq!(lines.first(), w.lines.first(), "{}: first line", w.page);
        for gone in w.absent.iter().chain(FURNITURE) {
            if text.contains(gone) {
                failures.push(format!("{}: {gone:?} should be left out", w.page));
            }
        }
        if lines.iter().any(|l| l.trim() != *l || l.is_empty()) {
            failures.push(format!("{}: lines are not trimmed or blank", w.page));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pages_parse_to_their_reply() {
    let mut failures = Vec::new();
    for w in PAGES {
        let html = page(w.page);
        let r = govreply::parse_html(&html).unwrap();
        let text = govreply::html::article_text(&html);
        let check = |what: &str, got: String, want: String, failures: &mut Vec<String>| {
            if got != want {
                failures.push(format!("{}: {what} {got:?}, want {want:?}", w.page));
            }
        };
        check(
            "title",
            format!("{:?}", r.title.as_deref()),
            format!("{:?}", Some(w.title)),
            &mut failures,
        );
        let names: Vec<&str> = r.addressees.iter().map(|a| a.name.as_ref()).collect();
        check(
            "addressees",
            format!("{names:?}"),
            format!("{:?}", w.addressees),
            &mut failures,
        );
        let headings: Vec<&str> = r
            .sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect();
        check(
            "sections",
            format!("{headings:?}"),
            format!("{:?}", w.headings),
            &mut failures,
        );
        check(
            "org",
            format!("{:?}", r.signature.org.as_deref()),
            format!("{:?}", Some(w.org)),
            &mut failures,
        );
        let date = r.signature.date.map(|d| d.to_string());
        check(
            "date",
            format!("{date:?}"),
            format!("{:?}", Some(w.date)),
            &mut failures,
        );
        let errors: Vec<&str> = r
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.text.as_ref())
            .collect();
        if !errors.is_empty() {
            failures.push(format!("{}: unrecognised {errors:?}", w.page));
        }
        // spans refer to the extracted text
        super::invariants::check(&text, &r);
        assert_eq!(
            r.spans.title.first().and_then(|s| s.slice(&text)),
            Some(w.title),
            "{}",
            w.page
        );
        // strict mode accepts every page
        if let Err(e) = govreply::html::parse_html_with(&Parser::new().strict(true), &html) {
            failures.push(format!("{}: strict: {e}", w.page));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn parts_of_pages() {
    let r = govreply::parse_html(&page("trs-editor.html")).unwrap();
    let p = r.proposal.as_ref().unwrap();
    assert_eq!(
        (p.term, p.session, p.number.as_deref()),
        (Some(1), Some(2), Some("12"))
    );
    assert_eq!(r.subject.as_deref(), Some("关于加强社区居家养老服务的建议"));
    assert_eq!(r.sections[1].measures().count(), 3);
    assert_eq!(
        r.contact.as_ref().and_then(|c| c.name.as_deref()),
        Some("陈立新")
    );

    let r = govreply::parse_html(&page("custom-unionstyle-table.html")).unwrap();
    assert_eq!(r.cc, vec!["市人大常委会代表工委", "市政府督查室"]);

    let r = govreply::parse_html(&page("pages-content-npc.html")).unwrap();
    assert_eq!(
        r.doc_number.as_ref().map(|d| d.text.as_ref()),
        Some("宁建函〔2024〕77号")
    );

    let r = govreply::parse_html(&page("html5-article.html")).unwrap();
    assert_eq!(
        r.published.map(|d| d.to_string()).as_deref(),
        Some("2024-04-18")
    );
    assert_eq!(r.form.as_deref(), Some("会办意见"));
}

#[test]
fn the_same_page_in_gbk_reads_the_same() {
    // pages arrive in GBK; decoding first gives the same article
    #[cfg(feature = "encoding")]
    {
        let html = page("zoom-br-table-layout.html");
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let decoded = govreply::decode(&bytes);
        assert_eq!(decoded.encoding, govreply::model::Encoding::Gb2312);
        assert_eq!(
            govreply::html::article_text(&decoded.text),
            govreply::html::article_text(&html)
        );
    }
}

#[test]
fn big_pages_are_linear() {
    let para = "<p>您提出的关于加强社区养老服务的建议收悉，现答复如下。</p>\n";
    let small = format!("<div class=TRS_Editor>{}</div>", para.repeat(2_000));
    let big = format!("<div class=TRS_Editor>{}</div>", para.repeat(20_000));
    let t = std::time::Instant::now();
    assert_eq!(govreply::html::article_text(&small).lines().count(), 2_000);
    let t_small = t.elapsed();
    let t = std::time::Instant::now();
    assert_eq!(govreply::html::article_text(&big).lines().count(), 20_000);
    let t_big = t.elapsed();
    // ten times the page, well under a hundred times the time
    assert!(
        t_big < t_small * 40 + std::time::Duration::from_millis(50),
        "{t_small:?} {t_big:?}"
    );
}

mod props {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Tag soup made of the pieces real pages use never panics, and the
        /// reply parsed from it holds every invariant over the extracted text.
        #[test]
        fn tag_soup_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
            "<p>", "</p>", "<div class=TRS_Editor>", "<div class=nav>", "</div>", "<br>", "<td>",
            "<tr>", "<table>", "</table>", "<script>", "</script>", "<!--", "-->", "&nbsp;", "&ldquo;",
            "&#12288;", "&", "<", ">", "王芳委员：", "一、基本情况", "索引号：", "网站标识码：",
            "某区民政局", "2024年5月8日", "您提出的建议收悉，现答复如下：", "\n", " ", "<h1>",
            "第12号提案的答复", "</h1>", "<title>", "</title>",
        ]), 0..60)) {
            let html: String = parts.concat();
            let text = govreply::html::article_text(&html);
            prop_assert!(!text.contains("\n\n"));
            let r = govreply::parse_html(&html).unwrap();
            super::super::invariants::check(&text, &r);
        }
    }
}
