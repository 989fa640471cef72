//! Quantities and the metrics built from them.

use std::borrow::Cow;

use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{own, own_opt, Period};
use crate::span::Span;

/// What kind of thing a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MetricKind {
    /// Money: 元, 万元, 亿元, 美元, 元/人.
    Amount,
    /// Things counted: 个, 家, 项, 件, 人, 万人, 台, 批.
    Count,
    /// A percentage: `59%`, `百分之五十九`, `七成` (as 70 %), `‰`.
    Percent,
    /// Percentage points: `2.1个百分点`.
    PercentagePoint,
    /// A physical measure or a duration: 平方米, 亩, 公里, 吨, 千瓦时, 天, 年.
    Measure,
    /// A multiple: `1.5倍`.
    Multiple,
}

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Direction {
    /// 增长, 增加, 提高, 上升.
    Increase,
    /// 下降, 减少, 降低.
    Decrease,
}

/// How an approximate or bounded figure relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Bound {
    /// Roughly this much: 约, 左右, 大约.
    About,
    /// At least, or more than: 超, 超过, 逾, 余, 多, 以上, 至少, 达.
    AtLeast,
    /// At most, or less than: 近, 不足, 以下, 不到, 最多.
    AtMost,
}

/// A number with its unit: `3502.38亿元`, `59%`, `15家`, `约80件`.
///
/// `value` is exact, as written; where the unit carries a multiplier
/// (万, 亿, 千万 …) `scaled` is the exact value in `base_unit`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Quantity<'a> {
    /// The number as written, exactly (trailing zeros kept: `917.20`).
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal"))]
    pub value: Decimal,
    /// For a range (`3-5年`, `两到三万港元`), the upper value.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal::option"))]
    pub upper: Option<Decimal>,
    /// The unit as written, multiplier included: `亿元`, `家`, `%`, `个百分点`.
    pub unit: Cow<'a, str>,
    /// The value in the base unit when the unit carries a multiplier:
    /// 3502.38亿元 → 350238000000.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal::option"))]
    pub scaled: Option<Decimal>,
    /// The unit of `scaled`: 元 for 亿元.
    pub base_unit: Option<Cow<'a, str>>,
    /// What it measures.
    pub kind: MetricKind,
    /// The approximation or bound word as written: 约, 近, 超, 余, 多, 以上,
    /// 左右, 至少.
    pub approx: Option<Cow<'a, str>>,
    /// What `approx` means for the value.
    pub bound: Option<Bound>,
    /// The text of the quantity, qualifiers included.
    pub text: Cow<'a, str>,
    /// Where it stands in the input.
    pub span: Span,
}

impl Quantity<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Quantity<'static> {
        Quantity {
            value: self.value,
            upper: self.upper,
            unit: own(self.unit),
            scaled: self.scaled,
            base_unit: own_opt(self.base_unit),
            kind: self.kind,
            approx: own_opt(self.approx),
            bound: self.bound,
            text: own(self.text),
            span: self.span,
        }
    }
}

/// One quantity with its meaning, found in running text.
///
/// From `2022年实现规上工业总产值3502.38亿元`: label `规上工业总产值`, value
/// 3502.38, unit 亿元, scaled 350238000000 元, kind amount, period 2022.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Metric<'a> {
    /// What is counted or measured, from the words before the number.
    pub label: Option<Cow<'a, str>>,
    /// The number as written, exactly.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal"))]
    pub value: Decimal,
    /// For a range, the upper value.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal::option"))]
    pub upper: Option<Decimal>,
    /// The unit as written.
    pub unit: Cow<'a, str>,
    /// The exact value in `base_unit`, where the unit carries 万/亿.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal::option"))]
    pub scaled: Option<Decimal>,
    /// The unit of `scaled`.
    pub base_unit: Option<Cow<'a, str>>,
    /// What the number measures.
    pub kind: MetricKind,
    /// Increase or decrease, for a change (`同比增加12.3%`).
    pub change: Option<Direction>,
    /// What a change is measured against: 同比, 环比, 较2021年, 比上年.
    pub basis: Option<Cow<'a, str>>,
    /// For a share (`占地区生产总值的59%`), the whole it is a share of.
    pub share_of: Option<Cow<'a, str>>,
    /// The year or period the figure refers to, carried from the sentence.
    pub period: Option<Period>,
    /// The approximation word as written (约, 近, 超, 余, 以上, 左右 …).
    pub approx: Option<Cow<'a, str>>,
    /// What `approx` means for the value.
    pub bound: Option<Bound>,
    /// Whether the figure is cumulative (累计).
    pub cumulative: bool,
    /// For a rate that qualifies an earlier figure (`…2989.11亿元，同比增加
    /// 12.3%`), the index of that metric among the metrics of the same
    /// paragraph.
    pub refers_to: Option<usize>,
    /// The quantity's text as written.
    pub text: Cow<'a, str>,
    /// Where the quantity stands in the input.
    pub span: Span,
}

impl Metric<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Metric<'static> {
        Metric {
            label: own_opt(self.label),
            value: self.value,
            upper: self.upper,
            unit: own(self.unit),
            scaled: self.scaled,
            base_unit: own_opt(self.base_unit),
            kind: self.kind,
            change: self.change,
            basis: own_opt(self.basis),
            share_of: own_opt(self.share_of),
            period: self.period,
            approx: own_opt(self.approx),
            bound: self.bound,
            cumulative: self.cumulative,
            refers_to: self.refers_to,
            text: own(self.text),
            span: self.span,
        }
    }
}
