//! A deterministic generator of realistic replies to proposals and
//! suggestions, for the benches, the `gen_corpus` and `batch` examples and
//! the `generated` integration test.
//!
//! Every name, place, number and sentence is invented here from small word
//! lists and a splitmix64 generator with a fixed seed: the same seed gives
//! the same documents on every machine. The shapes follow real replies:
//! titles of every form (`…第123号提案的答复`, `对市…建议的答复`,
//! `关于《…》提案的答复函`, an issuing office before the title, a title over
//! two lines), category marks and document numbers, web headers, addressee
//! lines, openings, 1–6 sections nested over up to four levels, `一是/二是`
//! clauses, paragraphs dense with quantities and dates, closing, signature,
//! contact, cc and page footers; some documents in traditional characters,
//! some with CRLF line ends, some with blank lines and U+3000 indents.
//!
//! Include it with `#[path = "…/benches/support/corpus_gen.rs"] mod corpus_gen;`.

#![allow(dead_code, clippy::indexing_slicing, clippy::string_slice)]

use std::collections::HashMap;
use std::sync::OnceLock;

// the test binary includes both generators, each with this module
#[allow(clippy::duplicate_mod)]
#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

/// What the generator wrote into a document, to check a parse against.
/// Texts are as written (in traditional characters where the document is).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expected {
    /// The title, its lines joined.
    pub title: String,
    /// The office named at the head of the title, if any.
    pub issuer: Option<String>,
    /// `"cppcc"` or `"npc"`.
    pub assembly: &'static str,
    /// `"proposal"` or `"suggestion"`.
    pub kind: &'static str,
    /// 届 and 次会议, where the title gives them.
    pub term: Option<u32>,
    /// The session.
    pub session: Option<u32>,
    /// The proposal number as written, where the title gives one.
    pub number: Option<String>,
    /// The document number as written.
    pub doc_number: Option<String>,
    /// The category letter.
    pub category: Option<char>,
    /// The `发布日期` of the web header (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`).
    pub published: Option<String>,
    /// The addressees' names.
    pub addressees: Vec<String>,
    /// The subject quoted in the opening.
    pub subject: Option<String>,
    /// Number of top-level sections.
    pub sections: usize,
    /// Number of `一是…` clauses written.
    pub clauses: usize,
    /// The signing organisation.
    pub signature_org: String,
    /// The signature date, `YYYY-MM-DD`.
    pub date: String,
    /// The contact person.
    pub contact_name: Option<String>,
    /// The contact phone as written.
    pub phone: Option<String>,
    /// The cc list.
    pub cc: Vec<String>,
    /// Written in traditional characters.
    pub traditional: bool,
    /// Lines end in CRLF.
    pub crlf: bool,
    /// Has a web header and footer.
    pub web: bool,
}

/// One generated reply and what it holds.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Its position in the sequence for its seed.
    pub index: usize,
    /// The text.
    pub text: String,
    /// What the generator wrote.
    pub expected: Expected,
}

/// The documents `0..n` for `seed`.
pub fn generate(seed: u64, n: usize) -> impl Iterator<Item = Doc> {
    (0..n).map(move |i| document(seed, i))
}

/// An endless stream of document texts for `seed`.
pub fn texts(seed: u64) -> impl Iterator<Item = String> {
    (0..).map(move |i| document(seed, i).text)
}

/// Whole documents from `seed` until their total size reaches `bytes`
/// (at least one document).
pub fn texts_of_size(seed: u64, bytes: usize) -> Vec<String> {
    let mut total = 0;
    let mut out = Vec::new();
    for t in texts(seed) {
        total += t.len();
        out.push(t);
        if total >= bytes {
            break;
        }
    }
    out
}

/// Generated replies joined by a blank line and cut at the last line end
/// at or before `bytes` (at a character boundary where one document's first
/// line is longer): one input of about `bytes` bytes for scaling runs.
pub fn corpus_of_size(seed: u64, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    for t in texts(seed) {
        out.push_str(&t);
        out.push('\n');
        if out.len() >= bytes {
            break;
        }
    }
    let mut limit = bytes.min(out.len());
    while !out.is_char_boundary(limit) {
        limit -= 1;
    }
    let cut = match out[..limit].rfind('\n') {
        Some(i) => i + 1,
        None => limit,
    };
    out.truncate(cut);
    out
}

/// Document `index` of the sequence for `seed`; independent of the others.
pub fn document(seed: u64, index: usize) -> Doc {
    let mut mix = Rng::new(seed ^ (index as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93));
    let rng = Rng::new(mix.next_u64());
    let mut g = Gen {
        rng,
        out: Vec::new(),
        exp: Expected::default(),
    };
    g.reply();
    let Gen { out, mut exp, .. } = g;
    let mut text = out.join("\n");
    text.push('\n');
    if exp.traditional {
        text = to_traditional(&text);
        exp = exp.traditional_copy();
    }
    if exp.crlf {
        text = text.replace('\n', "\r\n");
    }
    Doc {
        index,
        text,
        expected: exp,
    }
}

impl Expected {
    fn traditional_copy(self) -> Expected {
        let t = |s: String| to_traditional(&s);
        Expected {
            title: t(self.title),
            issuer: self.issuer.map(t),
            number: self.number,
            doc_number: self.doc_number.map(t),
            addressees: self.addressees.into_iter().map(t).collect(),
            subject: self.subject.map(t),
            signature_org: t(self.signature_org),
            contact_name: self.contact_name.map(t),
            cc: self.cc.into_iter().map(t).collect(),
            ..self
        }
    }
}

// ---------------------------------------------------------------------------
// Traditional characters: the inverse of the parser's own folding table, so
// that every character written folds back to the simplified one.

/// Simplified characters with several traditional forms: the usual one.
const PREFERRED: &[(char, char)] = &[
    ('发', '發'),
    ('复', '覆'),
    ('于', '於'),
    ('干', '幹'),
    ('后', '後'),
    ('台', '臺'),
    ('范', '範'),
    ('历', '歷'),
    ('余', '餘'),
    ('云', '雲'),
    ('获', '獲'),
    ('汇', '匯'),
    ('尽', '盡'),
    ('团', '團'),
    ('并', '並'),
    ('冲', '衝'),
    ('征', '徵'),
    ('钟', '鐘'),
    ('划', '劃'),
    ('准', '準'),
    ('几', '幾'),
    ('采', '採'),
    ('面', '面'),
    ('只', '只'),
    ('系', '系'),
    ('制', '制'),
    ('志', '志'),
    ('表', '表'),
    ('游', '遊'),
    ('松', '松'),
    ('才', '才'),
    ('周', '周'),
    ('谷', '谷'),
    ('苏', '蘇'),
    ('脏', '髒'),
    ('坛', '壇'),
    ('借', '借'),
    ('卷', '卷'),
    ('出', '出'),
    ('了', '了'),
    ('致', '致'),
    ('丰', '豐'),
    ('当', '當'),
    ('着', '著'),
    ('板', '板'),
    ('家', '家'),
    ('向', '向'),
    ('尸', '屍'),
    ('斗', '鬥'),
    ('蒙', '蒙'),
    ('困', '困'),
    ('术', '術'),
    ('合', '合'),
    ('占', '佔'),
    ('沈', '沈'),
    ('千', '千'),
    ('万', '萬'),
    ('党', '黨'),
    ('叶', '葉'),
    ('姜', '姜'),
    ('郁', '鬱'),
    ('伙', '夥'),
    ('适', '適'),
    ('杰', '傑'),
    ('凶', '兇'),
    ('局', '局'),
    ('咸', '鹹'),
    ('价', '價'),
    ('克', '克'),
    ('奖', '獎'),
    ('御', '禦'),
    ('秋', '秋'),
    ('症', '症'),
    ('线', '線'),
    ('么', '麼'),
    ('吁', '籲'),
    ('朴', '樸'),
    ('仆', '僕'),
    ('卜', '卜'),
    ('刮', '刮'),
    ('胡', '胡'),
    ('须', '須'),
    ('蜡', '蠟'),
    ('舍', '舍'),
    ('折', '折'),
    ('喂', '餵'),
    ('帘', '簾'),
    ('鉴', '鑒'),
    ('个', '個'),
    ('众', '眾'),
    ('同', '同'),
    ('俊', '俊'),
    ('峰', '峰'),
    ('教', '教'),
    ('既', '既'),
    ('朱', '朱'),
    ('查', '查'),
    ('核', '核'),
    ('梁', '梁'),
    ('污', '污'),
    ('真', '真'),
    ('累', '累'),
    ('群', '群'),
    ('里', '里'),
    ('布', '布'),
    ('启', '啟'),
    ('温', '溫'),
    ('为', '為'),
    ('网', '網'),
    ('户', '戶'),
    ('检', '檢'),
    ('监', '監'),
];

fn trad_map() -> &'static HashMap<char, char> {
    static MAP: OnceLock<HashMap<char, char>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut all: HashMap<char, Vec<char>> = HashMap::new();
        for cp in 0x3400u32..=0x9FFF {
            let Some(t) = char::from_u32(cp) else {
                continue;
            };
            let s = govreply::text::simplified(t);
            if s != t {
                all.entry(s).or_default().push(t);
            }
        }
        let mut map = HashMap::new();
        for (s, ts) in all {
            if let Some((_, t)) = PREFERRED.iter().find(|(p, _)| *p == s) {
                if govreply::text::simplified(*t) == s || *t == s {
                    map.insert(s, *t);
                }
            } else if ts.len() == 1 {
                map.insert(s, ts[0]);
            }
        }
        map
    })
}

/// The text with every simplified character that has one usual
/// traditional form written in it.
pub fn to_traditional(s: &str) -> String {
    let m = trad_map();
    s.chars().map(|c| *m.get(&c).unwrap_or(&c)).collect()
}

// ---------------------------------------------------------------------------
// Word lists (all invented or generic).

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董", "程", "曹", "袁", "邓",
    "许", "傅", "沈", "曾", "彭", "吕", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘",
    "杜", "戴", "夏", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "陆",
    "郝", "孔", "崔", "康", "毛", "邱", "秦", "史", "顾", "侯", "邵", "孟", "段", "雷", "钱", "尹",
    "黎", "易", "乔", "贺", "赖", "龚", "欧阳", "司马",
];

const GIVEN: &[&str] = &[
    "立", "春", "梅", "晓", "明", "远", "海", "涛", "雯", "若", "溪", "帆", "志", "强", "丽", "芳",
    "建", "伟", "静", "敏", "军", "磊", "洋", "勇", "艳", "杰", "娟", "超", "秀", "霞", "辉", "鹏",
    "红", "玲", "桂", "英", "婷", "宇", "浩", "凯", "欣", "怡", "佳", "琳", "思", "雨", "子", "涵",
    "俊", "峰", "斌", "鑫", "鸿", "嘉", "泽", "瑞", "博", "彬", "荣", "丹", "亮", "刚", "振", "扬",
    "颖", "雪", "燕", "慧", "倩", "蕾", "薇", "晨", "阳", "哲", "航", "琦", "璐", "翔", "毅", "楠",
];

const PLACE_A: &[&str] = &[
    "临", "青", "云", "白", "清", "嘉", "永", "宁", "丰", "桐", "梅", "松", "柳", "枫", "湘", "滨",
    "榆", "杉", "槐", "岚", "澄", "汀", "溧", "沅", "淳", "鹤", "凤", "乐", "景", "瑞", "泽", "望",
];
const PLACE_B: &[&str] = &[
    "江", "溪", "川", "源", "山", "河", "湖", "水", "州", "林", "岭", "泉", "原", "屏", "浦", "塘",
    "阳", "丘", "峰", "湾", "桥", "亭", "坪", "陵",
];

/// (name, short name in cc/handling lists, doc-number code, domain, topics)
struct Dept {
    name: &'static str,
    short: &'static str,
    code: &'static str,
    domain: &'static str,
    topics: &'static [&'static str],
}

const DEPTS: &[Dept] = &[
    Dept {
        name: "发展和改革局",
        short: "发改局",
        code: "发改",
        domain: "经济发展",
        topics: &[
            "促进先进制造业和现代服务业融合发展",
            "加快重大项目建设进度",
            "优化营商环境建设",
        ],
    },
    Dept {
        name: "经济和信息化局",
        short: "经信局",
        code: "经信",
        domain: "数字经济发展",
        topics: &[
            "推动数字经济与实体经济深度融合",
            "支持中小企业专精特新发展",
            "加快传统产业数字化改造",
        ],
    },
    Dept {
        name: "教育局",
        short: "教育局",
        code: "教",
        domain: "教育",
        topics: &[
            "加强乡村学校师资配备",
            "推进课后延时服务提质扩面",
            "改善农村学校办学条件",
        ],
    },
    Dept {
        name: "科学技术局",
        short: "科技局",
        code: "科",
        domain: "科技创新",
        topics: &[
            "强化企业科技创新主体地位",
            "加快科技成果转化",
            "建设高能级创新平台",
        ],
    },
    Dept {
        name: "民政局",
        short: "民政局",
        code: "民",
        domain: "民政",
        topics: &[
            "加强社区养老服务",
            "完善困难群众救助体系",
            "推进居家养老服务中心建设",
        ],
    },
    Dept {
        name: "财政局",
        short: "财政局",
        code: "财",
        domain: "财政",
        topics: &["加大基层公共服务财政投入", "规范专项资金使用管理"],
    },
    Dept {
        name: "人力资源和社会保障局",
        short: "人力社保局",
        code: "人社",
        domain: "就业和社会保障",
        topics: &[
            "促进高校毕业生就业创业",
            "加强技能人才队伍建设",
            "完善灵活就业人员社保政策",
        ],
    },
    Dept {
        name: "自然资源和规划局",
        short: "自然资源和规划局",
        code: "资规",
        domain: "自然资源",
        topics: &["盘活存量低效用地", "加快编制乡镇国土空间规划"],
    },
    Dept {
        name: "生态环境局",
        short: "生态环境局",
        code: "环",
        domain: "生态环境保护",
        topics: &[
            "加强城区河道水质监测",
            "推进农村生活污水治理",
            "加强工业园区废气治理",
        ],
    },
    Dept {
        name: "住房和城乡建设局",
        short: "住建局",
        code: "建",
        domain: "城乡建设",
        topics: &[
            "加快老旧小区改造",
            "推进既有住宅加装电梯",
            "完善保障性租赁住房供给",
        ],
    },
    Dept {
        name: "交通运输局",
        short: "交通运输局",
        code: "交",
        domain: "交通运输",
        topics: &[
            "加快改造普通国省道",
            "优化城乡公交线路",
            "推进四好农村路建设",
        ],
    },
    Dept {
        name: "水利局",
        short: "水利局",
        code: "水",
        domain: "水利",
        topics: &["加强小型水库除险加固", "推进农村供水提质工程"],
    },
    Dept {
        name: "农业农村局",
        short: "农业农村局",
        code: "农",
        domain: "农业农村",
        topics: &[
            "发展林下中药材种植",
            "推进高标准农田建设",
            "培育新型农业经营主体",
        ],
    },
    Dept {
        name: "商务局",
        short: "商务局",
        code: "商",
        domain: "商贸流通",
        topics: &[
            "提振夜间消费活力",
            "完善县域商业体系",
            "推动外贸企业开拓市场",
        ],
    },
    Dept {
        name: "文化广电旅游体育局",
        short: "文广旅体局",
        code: "文旅",
        domain: "文化旅游",
        topics: &[
            "推动全域旅游高质量发展",
            "加强历史文化街区保护利用",
            "建设全民健身设施",
        ],
    },
    Dept {
        name: "卫生健康局",
        short: "卫健局",
        code: "卫健",
        domain: "卫生健康",
        topics: &[
            "提升基层医疗服务能力",
            "加强儿童青少年近视防控",
            "推进紧密型医共体建设",
        ],
    },
    Dept {
        name: "应急管理局",
        short: "应急管理局",
        code: "应急",
        domain: "安全生产",
        topics: &["加强小微企业安全生产监管", "提升基层应急救援能力"],
    },
    Dept {
        name: "市场监督管理局",
        short: "市场监管局",
        code: "市监",
        domain: "市场监管",
        topics: &["加强校园食品安全监管", "规范预付式消费市场秩序"],
    },
    Dept {
        name: "医疗保障局",
        short: "医保局",
        code: "医保",
        domain: "医疗保障",
        topics: &["完善门诊共济保障机制", "扩大长期护理保险试点"],
    },
];

const INDICATORS: &[&str] = &[
    "规上工业总产值",
    "规上工业增加值",
    "数字经济核心产业增加值",
    "社会消费品零售总额",
    "固定资产投资",
    "高新技术产业增加值",
    "服务业增加值",
    "外贸进出口总额",
    "一般公共预算收入",
    "农村居民人均可支配收入",
    "旅游总收入",
];

const WHOLES: &[&str] = &["地区生产总值", "规上工业增加值", "全部投资", "财政总支出"];

const THINGS: &[(&str, &str)] = &[
    ("5G基站", "个"),
    ("社区养老服务站", "个"),
    ("城乡公交站点", "个"),
    ("乡村卫生室", "所"),
    ("口袋公园", "个"),
    ("充电桩", "个"),
    ("水质自动监测站", "个"),
    ("农村文化礼堂", "家"),
    ("标准化考场", "个"),
    ("智慧停车泊位", "个"),
    ("高标准农田", "万亩"),
    ("污水管网", "公里"),
    ("绿道", "公里"),
];

const BRANDS: &[&str] = &[
    "未来工厂",
    "链主",
    "专精特新",
    "数智赋能",
    "千村示范",
    "放心消费",
    "智造焕新",
    "共富工坊",
];

const ACTIONS: &[&str] = &[
    "强化政策支撑",
    "加大资金投入",
    "完善服务体系",
    "优化工作机制",
    "加强宣传引导",
    "强化要素保障",
    "推进试点示范",
    "加强部门协同",
    "提升服务质量",
    "扩大覆盖范围",
    "加强人才培育",
    "健全考核评价",
];

const TOP_HEADINGS: &[&str] = &[
    "基本情况",
    "发展现状",
    "已开展的工作",
    "主要做法和成效",
    "存在的困难和问题",
    "针对建议开展的相关工作",
    "下一步工作打算",
    "下一步工作措施",
    "关于资金保障的问题",
    "关于人才引进的问题",
];

const FIELDS: &[&str] = &[
    "规划编制",
    "平台建设",
    "要素保障",
    "政策落实",
    "项目推进",
    "人才引育",
    "资金扶持",
    "监督管理",
];

const VERBS: &[&str] = &[
    "统筹谋划",
    "持续发力",
    "精准服务",
    "提前布局",
    "狠抓落实",
    "加大力度",
];

const GENERIC: &[&str] = &[
    "我们将认真研究您的建议，结合实际进一步完善工作机制。",
    "下一步，我们将会同相关部门加强沟通协调，形成工作合力。",
    "对您提出的意见，我们高度重视，专题召开会议进行研究。",
    "该项工作涉及面广，需要多个部门共同推进，我们将积极争取上级支持。",
    "目前，相关工作已纳入年度重点任务清单，实行清单化管理、项目化推进。",
    "我们将继续加强跟踪问效，确保各项措施落到实处。",
];

const AREA_CODES: &[&str] = &[
    "0571", "0573", "0574", "0523", "0736", "0851", "0912", "0375", "0717", "0431", "0427",
];

// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    County,
    District,
    City,
}

impl Level {
    fn suffix(self) -> &'static str {
        match self {
            Level::County => "县",
            Level::District => "区",
            Level::City => "市",
        }
    }
}

struct Gen {
    rng: Rng,
    out: Vec<String>,
    exp: Expected,
}

fn cn_digit(d: u32) -> &'static str {
    ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"][d as usize % 10]
}

/// 1..=99 in Chinese numerals: 十, 十三, 二十, 三十一.
fn cn_small(n: u32) -> String {
    match n {
        0..=9 => cn_digit(n).to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", cn_digit(n - 10)),
        _ if n.is_multiple_of(10) => format!("{}十", cn_digit(n / 10)),
        _ => format!("{}十{}", cn_digit(n / 10), cn_digit(n % 10)),
    }
}

fn cn_year(y: i32) -> String {
    y.to_string()
        .chars()
        .map(|c| cn_digit(c.to_digit(10).unwrap_or(0)))
        .collect()
}

fn days_in(m: u32, y: i32) -> u32 {
    match m {
        2 if y.rem_euclid(4) == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Gen {
    fn line(&mut self, s: impl Into<String>) {
        self.out.push(s.into());
    }

    fn name(&mut self) -> String {
        let mut n = self.rng.pick(SURNAMES).to_string();
        n.push_str(self.rng.pick(GIVEN));
        if self.rng.chance(70) {
            n.push_str(self.rng.pick(GIVEN));
        }
        n
    }

    fn place(&mut self) -> String {
        format!("{}{}", self.rng.pick(PLACE_A), self.rng.pick(PLACE_B))
    }

    fn money(&mut self) -> String {
        match self.rng.range(0, 3) {
            0 => format!(
                "{}.{:02}亿元",
                self.rng.range(1, 4000),
                self.rng.range(1, 99)
            ),
            1 => format!("{}.{}亿元", self.rng.range(1, 99), self.rng.range(1, 9)),
            2 => format!("{}万元", self.rng.range(20, 9800)),
            _ => format!("{}.{}万元", self.rng.range(1, 999), self.rng.range(1, 9)),
        }
    }

    fn pct(&mut self) -> String {
        if self.rng.chance(60) {
            format!("{}.{}%", self.rng.range(0, 40), self.rng.range(1, 9))
        } else {
            format!("{}%", self.rng.range(1, 95))
        }
    }

    fn int(&mut self, lo: u64, hi: u64) -> u64 {
        self.rng.range(lo, hi)
    }

    fn sentence(&mut self, lv: &str, year: i32, dept: &Dept) -> String {
        let r = self.rng.range(0, 13);
        match r {
            0 => {
                let ind = self.rng.pick(INDICATORS);
                let m = self.money();
                let p = self.pct();
                let w = self.rng.pick(WHOLES);
                let q = self.int(5, 80);
                format!("{year}年，全{lv}实现{ind}{m}，同比增长{p}，占{w}的{q}%。")
            }
            1 => {
                let (t, unit) = self.rng.pick(THINGS);
                let n = self.int(3, 4000);
                let pt = format!("{}.{}", self.int(0, 12), self.int(1, 9));
                format!(
                    "截至{year}年底，累计建成{t}{n}{unit}，覆盖率较{}年提高{pt}个百分点。",
                    year - 1
                )
            }
            2 => {
                let m = self.money();
                let n = self.int(5, 300);
                let m2 = self.money();
                format!("全年安排专项资金{m}，支持企业实施改造项目{n}个，带动有效投资约{m2}。")
            }
            3 => {
                let b = self.rng.pick(BRANDS);
                let b2 = self.rng.pick(BRANDS);
                let n = self.int(1, 12);
                let n2 = self.int(2, 40);
                format!("新增省级“{b}”企业{n}家，培育市级“{b2}”企业{n2}家。")
            }
            4 => {
                let b = self.rng.pick(BRANDS);
                let n = self.int(3, 60);
                let n2 = self.int(100, 2000);
                format!("组织开展“{b}”专场对接活动{n}场，服务企业超过{n2}家次。")
            }
            5 => {
                let m = self.int(1, 12) as u32;
                let d = self.int(1, days_in(m, year) as u64);
                format!(
                    "{year}年{m}月{d}日，我局召开{}工作推进会，对全年重点任务进行部署。",
                    dept.domain
                )
            }
            6 => {
                let (t, unit) = self.rng.pick(THINGS);
                let n = self.int(10, 900);
                let p = format!("{}.{}", self.int(1, 60), self.int(1, 9));
                format!("目前全{lv}共有{t}{n}{unit}，惠及群众{p}万人。")
            }
            7 => {
                let n = self.int(5, 200);
                let inv = self.int(2, 120);
                format!(
                    "力争{}年底前完成建设项目{n}个以上，总投资不少于{inv}亿元。",
                    year + 1
                )
            }
            8 => {
                let n = self.int(100, 1500);
                let h = self.int(200, 9000);
                format!("对符合条件的对象每人每月补助{n}元，惠及{h}户。")
            }
            9 => {
                let a = format!("{}.{}", self.int(1, 30), self.int(1, 9));
                let h = self.int(300, 9000);
                format!("全{lv}种植面积达{a}万亩，带动农户{h}户增收。")
            }
            10 => {
                let km = format!("{}.{}", self.int(2, 90), self.int(1, 9));
                let inv = format!("{}.{}", self.int(1, 40), self.int(1, 9));
                let m = self.int(1, 12);
                format!(
                    "项目全长{km}公里，总投资约{inv}亿元，计划于{}年{m}月建成通车。",
                    year + 2
                )
            }
            11 => {
                let p = self.pct();
                let pt = self.int(1, 9);
                format!(
                    "全{lv}{}覆盖率达到{p}，较上年提高{pt}个百分点。",
                    dept.domain
                )
            }
            12 => {
                let p = self.pct();
                let n = self.int(10, 500);
                format!("投诉举报量同比下降{p}，全年办结群众诉求{n}件。")
            }
            _ => self.rng.pick(GENERIC).to_string(),
        }
    }

    fn paragraph(&mut self, lv: &str, year: i32, dept: &Dept) -> String {
        let n = self.rng.range(1, 4);
        let mut p = String::new();
        for _ in 0..n {
            let s = self.sentence(lv, year, dept);
            p.push_str(&s);
        }
        if self.exp.traditional && self.rng.chance(30) {
            // mirror sites inject pinyin after some characters
            p = p.replace("个百分点", "个(gè)百分点(diǎn)");
        }
        if self.rng.chance(20) {
            p.push_str(self.rng.pick(GENERIC));
        }
        p
    }

    /// A paragraph of `一是…二是…` clauses (or 首先/其次/最后).
    fn clauses(&mut self, lv: &str, year: i32, dept: &Dept) -> String {
        let n = self.rng.range(2, 5) as u32;
        self.exp.clauses += n as usize;
        let mut p = String::new();
        if self.rng.chance(20) && n <= 3 {
            let marks = ["首先", "其次", "最后"];
            for i in 0..n {
                let mark = if i + 1 == n {
                    "最后"
                } else {
                    marks[i as usize]
                };
                let a = self.rng.pick(ACTIONS);
                let s = self.sentence(lv, year, dept);
                let s = s.trim_end_matches('。');
                p.push_str(&format!("{mark}，{a}，{s}"));
                p.push_str(if i + 1 == n { "。" } else { "；" });
            }
            return p;
        }
        for i in 1..=n {
            let a = self.rng.pick(ACTIONS);
            p.push_str(&format!("{}是{a}。", cn_digit(i)));
            if self.rng.chance(70) {
                let s = self.sentence(lv, year, dept);
                p.push_str(&s);
            }
        }
        p
    }

    fn body_paragraph(&mut self, lv: &str, year: i32, dept: &Dept) -> String {
        if self.rng.chance(25) {
            self.clauses(lv, year, dept)
        } else {
            self.paragraph(lv, year, dept)
        }
    }

    fn push_paragraph(&mut self, indent: bool, text: String) {
        if indent {
            self.line(format!("\u{3000}\u{3000}{text}"));
        } else {
            self.line(text);
        }
    }

    /// Sections of `level` (1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`).
    fn sections(&mut self, level: u8, count: u32, depth_left: u8, ctx: (&str, i32, &Dept, bool)) {
        let (lv, year, dept, indent) = ctx;
        for i in 1..=count {
            let marker = match level {
                1 => format!("{}、", cn_small(i)),
                2 => format!("（{}）", cn_small(i)),
                3 => {
                    if self.rng.chance(80) {
                        format!("{i}.")
                    } else {
                        format!("{i}、")
                    }
                }
                _ => format!("（{i}）"),
            };
            let nest = depth_left > 0 && self.rng.chance(if level == 1 { 45 } else { 25 });
            if level >= 3 && self.rng.chance(60) {
                // heading that runs on into its body: 1.在平台建设上持续发力。…
                let f = self.rng.pick(FIELDS);
                let v = self.rng.pick(VERBS);
                let body = self.paragraph(lv, year, dept);
                self.push_paragraph(indent, format!("{marker}在{f}上{v}。{body}"));
            } else {
                let h = if level == 1 {
                    self.rng.pick(TOP_HEADINGS).to_string()
                } else {
                    self.rng.pick(ACTIONS).to_string()
                };
                self.push_paragraph(indent, format!("{marker}{h}"));
                if !nest || self.rng.chance(40) {
                    let n = self.rng.range(1, 3);
                    for _ in 0..n {
                        let p = self.body_paragraph(lv, year, dept);
                        self.push_paragraph(indent, p);
                    }
                }
            }
            if nest {
                let sub = self.rng.range(2, 4) as u32;
                let next = if level == 1 && self.rng.chance(40) {
                    3
                } else {
                    level + 1
                };
                self.sections(next, sub, depth_left - 1, ctx);
            }
        }
    }

    fn reply(&mut self) {
        let r = &mut self.rng;
        let traditional = r.chance(8);
        let crlf = r.chance(10);
        let web = r.chance(35);
        let blank = web && r.chance(50);
        let indent = r.chance(25);
        let cppcc = r.chance(60);
        let level = r.pick(&[Level::County, Level::District, Level::City]);
        let year = r.range(2016, 2025) as i32;
        let dept = r.pick_ref(DEPTS);
        self.exp.traditional = traditional;
        self.exp.crlf = crlf;
        self.exp.web = web;

        let place = self.place();
        let region = format!("{place}{}", level.suffix());
        let lv = level.suffix();
        let org = format!("{region}{}", dept.name);
        let term = self.rng.range(1, 19) as u32;
        let session = self.rng.range(1, 7) as u32;
        let (assembly, kind_word, role) = if cppcc {
            ("cppcc", "提案", "委员")
        } else {
            ("npc", "建议", "代表")
        };
        self.exp.assembly = assembly;
        self.exp.kind = if cppcc { "proposal" } else { "suggestion" };
        let number = match self.rng.range(0, 9) {
            0 => format!("{:04}", self.rng.range(1, 999)),
            1 => format!("{year}{:04}", self.rng.range(1, 800)),
            2 => format!("{}", self.rng.range(10000, 30000)),
            3 if self.rng.chance(30) => format!(
                "{year}{}{:03}",
                self.rng.pick(&['A', 'B', 'D']),
                self.rng.range(1, 300)
            ),
            _ => format!("{}", self.rng.range(1, 420)),
        };
        let assembly_ref = |short: bool, place_first: bool| -> String {
            let reg = if short {
                lv.to_string()
            } else {
                region.clone()
            };
            let t = cn_small(term);
            let s = cn_small(session);
            match (cppcc, place_first) {
                (true, true) => format!("{reg}政协{t}届{s}次会议"),
                (true, false) => format!("政协{region}{t}届{s}次会议"),
                (false, true) => format!("{reg}{t}届人大{s}次会议"),
                (false, false) => format!("{reg}第{t}届人大{s}次会议"),
            }
        };
        let subject_core = self.rng.pick(dept.topics).to_string();
        let subject = format!("关于{subject_core}的建议");

        // ---- head
        let category = if self.rng.chance(30) {
            Some(self.rng.pick(&['A', 'B', 'C']))
        } else {
            None
        };
        let doc_number = if self.rng.chance(35) {
            Some(format!(
                "{}{}{}函〔{}〕{}号",
                place.chars().next().map(String::from).unwrap_or_default(),
                lv,
                dept.code,
                year,
                self.rng.range(1, 260)
            ))
        } else {
            None
        };
        self.exp.category = category;
        self.exp.doc_number = doc_number.clone();

        if web {
            let nav = self.rng.pick(&["政协提案", "人大代表建议", "建议提案办理"]);
            self.line(format!("当前位置：首页 > 政务公开 > 建议提案办理 > {nav}"));
        }
        let mut cat_after_doc = false;
        if let Some(c) = category {
            if doc_number.is_some() && self.rng.chance(50) {
                cat_after_doc = true;
            } else {
                self.line(format!("{c}类"));
            }
        }
        if doc_number.is_some() && !web && self.rng.chance(40) {
            let s = self.name();
            self.line(format!("签发人：{s}"));
        }

        // title
        let shape = self.rng.range(0, 9);
        let form = if self.rng.chance(30) {
            "答复函"
        } else {
            "答复"
        };
        let num_text = if self.rng.chance(8) {
            format!("第 {number} 号")
        } else {
            format!("第{number}号")
        };
        let mut two_line = None;
        let (title, issuer, has_ref) = match shape {
            0 => (
                format!("{}{num_text}{kind_word}的{form}", assembly_ref(false, true)),
                None,
                true,
            ),
            1 => (
                format!(
                    "关于{}{num_text}{kind_word}的{form}",
                    assembly_ref(true, true)
                ),
                None,
                true,
            ),
            2 => (
                format!(
                    "对{}{num_text}{kind_word}的{form}",
                    assembly_ref(true, true)
                ),
                None,
                true,
            ),
            3 => (
                format!(
                    "{org}关于{}{num_text}{kind_word}的{form}",
                    assembly_ref(true, cppcc)
                ),
                Some(org.clone()),
                true,
            ),
            4 => (
                format!(
                    "{org}对{}{num_text}{kind_word}的{form}",
                    assembly_ref(true, true)
                ),
                Some(org.clone()),
                true,
            ),
            5 => {
                let rest = format!(
                    "关于对{}{num_text}{kind_word}的{form}",
                    assembly_ref(true, true)
                );
                two_line = Some((org.clone(), rest.clone()));
                (format!("{org}{rest}"), Some(org.clone()), true)
            }
            6 if cppcc => (format!("关于《{subject}》提案的答复函"), None, false),
            6 => (
                format!("关于{}{num_text}建议的{form}", assembly_ref(true, false)),
                None,
                true,
            ),
            7 => (
                format!(
                    "对{}{num_text}{kind_word}的{form}",
                    assembly_ref(false, false)
                ),
                None,
                true,
            ),
            _ => {
                let head = format!("关于{}{num_text}", assembly_ref(false, true));
                let tail = format!("{kind_word}的{form}");
                if self.rng.chance(40) {
                    // a title wrapped over two lines
                    two_line = Some((head.clone(), tail.clone()));
                }
                (format!("{head}{tail}"), None, true)
            }
        };
        self.exp.title = title.clone();
        self.exp.issuer = issuer;
        if has_ref {
            self.exp.number = Some(number.clone());
            self.exp.term = Some(term);
            self.exp.session = Some(session);
        }
        match two_line {
            Some((a, b)) => {
                self.line(a);
                self.line(b);
            }
            None => self.line(title),
        }
        if let Some(d) = &doc_number {
            if cat_after_doc {
                let c = category.unwrap_or('A');
                self.line(format!("{d}    {c}类"));
            } else {
                self.line(d.clone());
            }
        }
        if web {
            let m = self.rng.range(1, 12) as u32;
            let d = self.rng.range(1, days_in(m, year) as u64) as u32;
            let hh = self.rng.range(8, 18);
            let mm = self.rng.range(0, 59);
            let src = format!("{lv}{}", dept.short);
            match self.rng.range(0, 2) {
                0 => {
                    self.line(format!(
                        "发布日期:{year}-{m:02}-{d:02} {hh:02}:{mm:02} 信息来源:{src}"
                    ));
                    self.exp.published = Some(format!("{year}-{m:02}-{d:02}T{hh:02}:{mm:02}"));
                }
                1 => {
                    let views = self.rng.range(3, 9000);
                    self.line(format!(
                        "发布时间：{year}-{m:02}-{d:02}  来源：{src}  浏览次数：{views}"
                    ));
                    self.exp.published = Some(format!("{year}-{m:02}-{d:02}"));
                }
                _ => {
                    self.line(format!("来源：{src} 更新时间：{year}/{m:02}/{d:02}"));
                    self.exp.published = Some(format!("{year}-{m:02}-{d:02}"));
                }
            }
        }

        // addressee
        let you = if !cppcc && self.rng.chance(15) {
            let a = self.name();
            let b = self.name();
            self.line(format!("{a}、{b}{role}："));
            self.exp.addressees = vec![a, b];
            "你们"
        } else {
            let a = self.name();
            if self.rng.chance(20) {
                self.line(format!("尊敬的{a}{role}："));
            } else {
                self.line(format!("{a}{role}："));
            }
            self.exp.addressees = vec![a];
            "您"
        };

        // opening
        let assist = format!("{lv}{}", self.rng.pick_ref(DEPTS).short);
        let variant = self.rng.range(0, 4);
        if variant == 1 && self.exp.term.is_none() {
            // the opening names the session where the title does not
            self.exp.term = Some(term);
            self.exp.session = Some(session);
        }
        let opening = match variant {
            0 => format!(
                "{you}提出的《{subject}》{kind_word}收悉。经我局主办，{assist}会办，现将办理情况答复如下："
            ),
            1 => format!(
                "{you}在{}上提出的《{subject}》的{kind_word}收悉。现将办理情况答复如下：",
                assembly_ref(false, true)
            ),
            2 => format!("{you}提出的“{subject}”，已交我局研究办理，现答复如下："),
            3 => format!("{you}提出的《{subject}》收悉，现答复如下："),
            _ => format!(
                "{you}提出的《{subject}》已收悉。我局高度重视，会同{assist}认真研究办理，现答复如下："
            ),
        };
        self.exp.subject = Some(subject.clone());
        self.push_paragraph(indent, opening);

        // body
        let top = self.rng.range(1, 6) as u32;
        self.exp.sections = top as usize;
        let ctx = (lv, year, dept, indent);
        if self.rng.chance(20) {
            // one preamble paragraph before the first heading
            let p = self.paragraph(lv, year, dept);
            self.push_paragraph(indent, p);
        }
        let top_level = if self.rng.chance(15) { 2 } else { 1 };
        self.sections(top_level, top, 2, ctx);

        // closing
        let closing = match self.rng.range(0, 4) {
            0 => format!("感谢您对{}工作的关心和支持。", dept.domain),
            1 => format!(
                "感谢{you}对我{lv}{}工作的关心和支持，欢迎继续提出宝贵意见和建议。",
                dept.domain
            ),
            2 => "特此答复。".to_string(),
            3 => "此复。".to_string(),
            _ => format!("感谢您对{}工作的关心和支持！", dept.domain),
        };
        self.push_paragraph(indent, closing);

        // signature
        let m = self.rng.range(3, 10) as u32;
        let d = self.rng.range(1, days_in(m, year) as u64) as u32;
        self.line(org.clone());
        if self.rng.chance(15) {
            self.line(format!(
                "{}年{}月{}日",
                cn_year(year),
                cn_small(m),
                cn_small(d)
            ));
        } else {
            self.line(format!("{year}年{m}月{d}日"));
        }
        self.exp.signature_org = org.clone();
        self.exp.date = format!("{year}-{m:02}-{d:02}");

        // contact
        if self.rng.chance(85) {
            let name = self.name();
            let phone = if self.rng.chance(75) {
                let ac = self.rng.pick(AREA_CODES);
                let first = self.rng.pick(&[8u64, 6, 5]);
                format!("{ac}-{first}{:07}", self.rng.range(0, 9_999_999))
            } else {
                let p = self.rng.pick(&[139u64, 138, 137, 135, 158, 186, 189]);
                format!("{p}{:08}", self.rng.range(0, 99_999_999))
            };
            let line = match self.rng.range(0, 3) {
                0 => format!("（联系人：{name} 联系电话：{phone}）"),
                1 => format!("联系人：{name}    电话：{phone}"),
                2 => format!("联系人及电话：{name}，{phone}"),
                _ => format!("联系人：{name}，联系电话：{phone}"),
            };
            self.line(line);
            self.exp.contact_name = Some(name);
            self.exp.phone = Some(phone);
        }

        // cc
        if self.rng.chance(60) {
            let gov = format!("{lv}政府办");
            let a = if cppcc {
                format!("{lv}政协提案委")
            } else {
                format!("{lv}人大常委会选联工委")
            };
            let cc = if self.rng.chance(50) {
                vec![gov, a]
            } else {
                vec![a, gov, format!("{lv}政府督查室")]
            };
            if self.rng.chance(50) {
                self.line(format!("抄送：{}", cc.join("、")));
            } else {
                self.line(format!("抄送：{}。", cc.join("，")));
            }
            self.exp.cc = cc;
        }

        if web {
            let e = self.name();
            self.line(format!("责任编辑：{e}"));
            if self.rng.chance(40) {
                let (k, a, b) = (kind_word, self.rng.range(1, 400), self.rng.range(1, 400));
                let r = assembly_ref(true, true);
                self.line(format!("上一篇：{org}关于{r}第{a}号{k}的答复"));
                self.line(format!("下一篇：{org}关于{r}第{b}号{k}的答复"));
            }
            if self.rng.chance(50) {
                self.line("打印");
                self.line("关闭");
            }
        }

        if blank {
            let lines = std::mem::take(&mut self.out);
            self.out = lines.into_iter().flat_map(|l| [l, String::new()]).collect();
        }
    }
}
