//! Page chrome around and inside a reply is listed in reading order: the
//! head's, then the body's (page numbers between paragraphs), then the
//! tail's, whichever part of the document is read first.

use govreply::model::ChromeKind;

const PAGE: &str = "首页 > 政务公开 > 建议提案办理\n\
关于市政协十三届二次会议第58号提案的答复\n\
张伟委员：\n\
您提出的《关于加快发展数字经济的提案》收悉，现答复如下：\n\
一、发展现状\n\
2023年全市数字经济核心产业增加值达到215.6亿元，同比增长9.8%。\n\
- 2 -\n\
累计培育省级数字化车间32家。\n\
二、下一步工作\n\
一是完善政策体系。二是加强人才引进，力争新增专业人才500人。\n\
感谢您对我市经济工作的关心和支持。\n\
某市经济和信息化局\n\
2023年6月1日\n\
联系人：李明，联系电话：0571-88886666\n\
上一篇：关于市政协十三届二次会议第57号提案的答复\n\
打印本页\n";

#[test]
fn chrome_is_listed_in_reading_order() {
    let r = govreply::parse(PAGE).unwrap();
    let kinds: Vec<ChromeKind> = r.chrome.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ChromeKind::Navigation,
            ChromeKind::PageNumber,
            ChromeKind::Previous,
            ChromeKind::Toolbar
        ]
    );
    let starts: Vec<usize> = r.chrome.iter().map(|c| c.span.start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
    assert_eq!(r.chrome[1].text, "- 2 -");
    // the page number between two paragraphs of a section is passed over
    let first = &r.sections[0];
    let texts: Vec<&str> = first.paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        texts,
        vec![
            "2023年全市数字经济核心产业增加值达到215.6亿元，同比增长9.8%。",
            "累计培育省级数字化车间32家。"
        ]
    );
    assert_eq!(r.metrics().len(), 4);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

/// Web header lines as portals write them: bracketed fields, bars between
/// fields, page buttons after the last value, a key glued to the value
/// before it. Each gives the publication date and the source, and loses
/// nothing.
#[test]
fn header_line_shapes() {
    let lines = [
        "【发布时间：2023-07-14】【来源：市教育局】【字体：大 中 小】",
        "时间：2023年07月14日 来源：市教育局 点击：",
        "信息来源：市教育局 | 发布日期：2023-07-14 | 阅读次数：123",
        "发布日期：2023-07-14　　信息来源：市教育局　　【打印】【关闭】",
        "来源：市教育局发布时间：2023-07-14",
    ];
    for header in lines {
        let doc = format!(
            "关于市政协十三届二次会议第12号提案的答复\n{header}\n王强委员：\n\
             您提出的提案收悉，现答复如下：\n我市有医院12家。\n感谢您的关心。\n\
             市卫健委\n2023年6月1日\n"
        );
        let r = govreply::parse(&doc).unwrap();
        super::invariants::check(&doc, &r);
        assert_eq!(
            r.published.map(|d| d.to_string()).as_deref(),
            Some("2023-07-14"),
            "{header}"
        );
        assert_eq!(r.source.as_deref(), Some("市教育局"), "{header}");
        assert!(r.diagnostics.is_empty(), "{header}: {:?}", r.diagnostics);
    }
}

/// A labelled line below the signature that no rule knows is a note, and
/// the closing, signature and contact above it are still read; with no
/// tail above it, the same line stays body text.
#[test]
fn unread_labelled_lines_at_the_end() {
    let head = "关于市十五届人大三次会议第12号建议的答复\n王强代表：\n\
                您提出的建议收悉，现答复如下：\n我市有水厂12座。\n";
    let tail = "感谢您的关心。\n市水利局\n2023年6月1日\n联系人：周敏，电话：0571-88881234\n";
    for (last, key) in [
        ("备注：以上数据截至2023年5月底，来源于市统计局", "备注"),
        (
            "反馈意见表回寄地址：云溪市民主路12号市水利局办公室",
            "反馈意见表回寄地址",
        ),
        ("（本件已经局长办公会议审议通过并同意公开发布）", "附注"),
    ] {
        let doc = format!("{head}{tail}{last}\n");
        let r = govreply::parse(&doc).unwrap();
        super::invariants::check(&doc, &r);
        assert_eq!(r.signature.org.as_deref(), Some("市水利局"), "{last}");
        assert!(r.closing.is_some(), "{last}");
        assert_eq!(
            r.contact.as_ref().and_then(|c| c.name.as_deref()),
            Some("周敏")
        );
        let notes: Vec<&str> = r.notes.iter().map(|n| n.key.as_ref()).collect();
        assert_eq!(notes, [key], "{last}");
        assert!(r.diagnostics.is_empty(), "{last}: {:?}", r.diagnostics);
        // no signature above: the line is the last paragraph (a bracketed
        // note on publication is a note wherever it stands)
        if key == "附注" {
            continue;
        }
        let doc = format!("{head}{last}\n");
        let r = govreply::parse(&doc).unwrap();
        super::invariants::check(&doc, &r);
        assert!(r.notes.is_empty(), "{last}");
        assert_eq!(r.preamble.len(), 2, "{last}");
    }
}

/// Lines between the signature and the contact that name no known field
/// (`经办科室：…`, `此件主动公开`, `附：…`) no longer end the tail walk: the
/// closing, signature and contact are read around them.
#[test]
fn unread_lines_inside_the_tail() {
    for (mid, note, attachment) in [
        ("经办科室：规划科", Some("经办科室"), None),
        ("此件主动公开", Some("附注"), None),
        ("（公开属性：主动公开）", Some("公开属性"), None),
        ("签发领导：王刚", Some("签发领导"), None),
        ("附：办理情况征询意见表", None, Some("办理情况征询意见表")),
    ] {
        let doc = format!(
            "关于市十五届人大三次会议第12号建议的答复\n王强代表：\n\
             您提出的建议收悉，现答复如下：\n我市有水厂12座。\n感谢您的关心。\n\
             市水利局\n2023年6月1日\n{mid}\n联系人：周敏，电话：0571-88881234\n"
        );
        let r = govreply::parse(&doc).unwrap();
        super::invariants::check(&doc, &r);
        assert_eq!(r.signature.org.as_deref(), Some("市水利局"), "{mid}");
        assert_eq!(r.preamble.len(), 1, "{mid}");
        assert_eq!(
            r.contact.as_ref().and_then(|c| c.name.as_deref()),
            Some("周敏"),
            "{mid}"
        );
        let keys: Vec<&str> = r.notes.iter().map(|n| n.key.as_ref()).collect();
        assert_eq!(keys, note.into_iter().collect::<Vec<_>>(), "{mid}");
        let names: Vec<&str> = r.attachments.iter().map(|a| a.name.as_ref()).collect();
        assert_eq!(names, attachment.into_iter().collect::<Vec<_>>(), "{mid}");
    }
}

/// The office's name on a line of its own above or below the title is the
/// issuer, with its span, and no page chrome (right above the title it is
/// the title's first line); header fields on one line apart by spaces are
/// read one by one.
#[test]
fn letterhead_line_is_the_issuer() {
    let tail = "王强委员：\n您提出的提案收悉，现答复如下：\n我市有医院12家。\n\
                感谢您的关心。\n市卫生健康委员会\n2023年6月1日\n";
    let title = "关于市政协十三届二次会议第12号提案的答复";
    for head in [
        format!("市卫生健康委员会\n卫函〔2023〕12号\n{title}\n"),
        format!("{title}\n市卫生健康委员会\n"),
        format!("{title}\n市卫生健康委员会\n公开属性：主动公开          办理类别：A类\n"),
    ] {
        let doc = format!("{head}{tail}");
        let r = govreply::parse(&doc).unwrap();
        super::invariants::check(&doc, &r);
        assert_eq!(r.issuer.as_deref(), Some("市卫生健康委员会"), "{head}");
        let Some(span) = r.spans.issuer else {
            panic!("{head}: no span for the issuer");
        };
        assert_eq!(&doc[span.start..span.end], "市卫生健康委员会");
        assert!(r.chrome.is_empty(), "{head}: {:?}", r.chrome);
        assert!(r.diagnostics.is_empty(), "{head}: {:?}", r.diagnostics);
        if head.contains("公开属性") {
            let fields: Vec<(&str, &str)> = r
                .header
                .iter()
                .map(|f| (f.key.as_ref(), f.value.as_ref()))
                .collect();
            assert_eq!(fields, [("公开属性", "主动公开"), ("办理类别", "A类")]);
        }
    }
    // a short line that is no office's name stays page chrome
    let doc = format!("欢迎访问本站\n{title}\n{tail}");
    let r = govreply::parse(&doc).unwrap();
    assert_eq!(r.issuer, None);
    assert_eq!(r.spans.issuer, None);
    assert_eq!(r.chrome.len(), 1);
}
