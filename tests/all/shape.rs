//! The labelled shape of a reply (the field names of SPEC §3, text values
//! as strings) and a comparison that reports every difference at once.

use govreply::Reply;
use serde_json::{json, Value};

/// The reply in the shape the labels use.
pub fn actual(r: &Reply<'_>) -> Value {
    json!({
        "title": r.title,
        "issuer": r.issuer,
        "form": r.form,
        "proposal": r.proposal.as_ref().map(|p| json!({
            "region": p.region,
            "assembly": p.assembly,
            "term": p.term,
            "session": p.session,
            "number": p.number,
            "kind": p.kind,
        })),
        "published": r.published.map(|d| d.to_string()),
        "source": r.source,
        "doc_number": r.doc_number.as_ref().map(|d| d.text.to_string()),
        "signer": r.signer,
        "category": r.category.map(|c| c.as_str()),
        "subject": r.subject,
        "addressees": r.addressees.iter().map(|a| json!({"name": a.name, "role": a.role})).collect::<Vec<_>>(),
        "handling": {"lead": r.handling.lead, "assisting": r.handling.assisting},
        "sections": r.sections.iter().map(|s| json!({
            "ordinal": s.ordinal, "heading": s.heading, "marker": s.marker, "level": s.level,
            "subsections": s.subsections.iter().map(|t| json!({"ordinal": t.ordinal, "heading": t.heading, "marker": t.marker, "level": t.level})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "signature": {"org": r.signature.org, "date": r.signature.date.map(|d| d.to_string())},
        "contact": r.contact.as_ref().map(|c| json!({
            "name": c.name,
            "phones": c.phones.iter().map(|p| p.text.to_string()).collect::<Vec<_>>(),
            "fax": c.fax.as_ref().map(|p| p.text.to_string()),
            "email": c.email,
            "address": c.address,
            "postcode": c.postcode,
            "responsible": c.responsible,
        })),
        "cc": r.cc,
        "notes": r.notes.iter().map(|n| n.value.to_string()).collect::<Vec<_>>(),
        "attachments": r.attachments.iter().map(|a| a.name.to_string()).collect::<Vec<_>>(),
        "chrome": r.chrome.iter().map(|c| json!({"kind": c.kind, "linked_title": c.linked_title})).collect::<Vec<_>>(),
        "closing_starts": r.closing.as_ref().map(|c| c.text.chars().take(8).collect::<String>()),
        "measures": r.measures().iter().map(|m| m.summary.to_string()).collect::<Vec<_>>(),
        "metrics": r.metrics().iter().map(|m| format!("{} {}{}", m.label.as_deref().unwrap_or("-"), m.value, m.unit)).collect::<Vec<_>>(),
        "diagnostics": r.diagnostics.iter().filter(|d| d.severity == govreply::Severity::Error).map(|d| d.text.to_string()).collect::<Vec<_>>(),
    })
}

/// Keys of a label file that are not parse results.
const IGNORED: &[&str] = &["note", "source_url"];

/// Compares the labelled fields of `want` with `got`; appends one line per
/// difference to `out`, prefixed with `name`.
pub fn compare(name: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    let Some(want) = want.as_object() else { return };
    for (key, w) in want {
        if IGNORED.contains(&key.as_str()) {
            continue;
        }
        // a null subject means "not labelled" (labels give only 《》 subjects)
        if key == "subject" && w.is_null() {
            continue;
        }
        let g = got.get(key).unwrap_or(&Value::Null);
        diff(&format!("{name}: {key}"), w, g, out);
    }
}

fn diff(path: &str, w: &Value, g: &Value, out: &mut Vec<String>) {
    match (w, g) {
        (Value::Object(wo), Value::Object(_)) => {
            for (k, wv) in wo {
                diff(
                    &format!("{path}.{k}"),
                    wv,
                    g.get(k).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(wa), Value::Array(ga)) => {
            if wa.len() != ga.len() {
                out.push(format!(
                    "{path}: expected {} items {w}, got {} {g}",
                    wa.len(),
                    ga.len()
                ));
                return;
            }
            for (i, (wv, gv)) in wa.iter().zip(ga).enumerate() {
                diff(&format!("{path}[{i}]"), wv, gv, out);
            }
        }
        _ if w == g => {}
        _ => out.push(format!("{path}: expected {w}, got {g}")),
    }
}
