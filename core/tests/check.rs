//! `check` on broken inputs: each diagnostic says where the problem is in
//! dataset.json and article.txt (line:col, a caret under the first character
//! at fault) and suggests the fix. The inputs are the shipped article and its
//! dataset migrated to quotes, broken one way each.

use explorer_core::author::check::check;
use explorer_core::author::diagnostics::Diagnostic;
use explorer_core::author::diagnostics::{render_all, Sources};
use explorer_core::author::quotes::{migrate, resolve_all, to_pretty};
use explorer_core::dataset::model::Dataset;
use serde_json::Value;

const ARTICLE: &str = include_str!("../../data/article.txt");
const DATASET: &str = include_str!("../../data/dataset.json");

/// The shipped dataset with its quotes resolved to `{start, end, text}`
/// offsets, the form written before quotes (and still accepted).
fn with_offsets() -> Value {
    let mut v: Value = serde_json::from_str(DATASET).unwrap();
    let errors = resolve_all(&mut v, ARTICLE);
    assert!(
        errors.is_empty(),
        "every shipped quote resolves: {errors:?}"
    );
    v
}

/// The shipped dataset with every span written as a quote: migrated from
/// its offsets, as a dataset written before quotes would be.
fn quoted() -> Value {
    let mut v = with_offsets();
    let (done, left) = migrate(&mut v, ARTICLE);
    assert!(left.is_empty(), "every shipped span migrates: {left:?}");
    assert!(done > 100, "{done} spans migrated");
    v
}

/// Checks a broken dataset source; returns its diagnostics and how they print.
fn diagnose(json: &str) -> (Vec<Diagnostic>, String) {
    let Err(ds) = check(ARTICLE.as_bytes(), json) else {
        panic!("the broken dataset must fail")
    };
    let src = Sources {
        dataset_name: "dataset.json",
        dataset: json,
        article_name: "article.txt",
        article: ARTICLE,
    };
    let printed = render_all(&ds, &src);
    eprintln!("{printed}");
    (ds, printed)
}

fn line_col(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap();
    let (l, c) = explorer_core::author::source::line_col(text, at);
    format!("{l}:{c}")
}

#[test]
fn migrating_the_shipped_dataset_resolves_to_the_same_dataset() {
    let original: Dataset = serde_json::from_value(with_offsets()).unwrap();
    let json = to_pretty(&quoted());
    assert!(
        json.contains(r#"{"quote": "Kabul", "prefix": "#),
        "{}",
        &json[..2000]
    );
    assert!(!json.contains("\"start\""), "no offsets left");
    let (_, resolved) = check(ARTICLE.as_bytes(), &json).expect("the migrated dataset is valid");
    assert_eq!(resolved, original);
}

#[test]
fn a_missing_quote_points_at_the_first_character_that_differs() {
    let json = to_pretty(&quoted()).replacen(
        "Our cup of patience has overflowed",
        "Our cup of patiense has overflowed",
        1,
    );
    let (ds, printed) = diagnose(&json);
    assert_eq!(ds.len(), 1);
    assert!(
        ds[0].reason.contains("is not in the article"),
        "{}",
        ds[0].reason
    );
    let differ = ARTICLE.find("patience").unwrap() + "patien".len();
    assert_eq!(ds[0].article_at, Some(differ));
    assert!(ds[0].help[0].contains("the article has \"c\" where the quote has \"s\""));
    assert!(printed.contains(&format!(
        "dataset.json:{}",
        line_col(&json, "\"“Our cup of patiense")
    )));
    assert!(printed.contains(&format!(
        "article.txt:{}",
        line_col(ARTICLE, "ce has overflowed")
    )));
    let caret_line = printed
        .lines()
        .find(|l| l.trim_end().ends_with('^'))
        .unwrap();
    let text_line = printed
        .lines()
        .find(|l| l.contains("patience has"))
        .unwrap();
    let col = caret_line.chars().position(|c| c == '^').unwrap();
    assert_eq!(text_line.chars().nth(col), Some('c'), "caret under the c");
}

#[test]
fn a_quote_with_typographic_differences_gets_a_did_you_mean() {
    let json = to_pretty(&quoted()).replacen("Now it’s an open war", "Now it's an open war", 1);
    let (ds, _) = diagnose(&json);
    assert!(
        ds[0].help[0].starts_with("did you mean"),
        "{:?}",
        ds[0].help
    );
    assert!(ds[0].help[0].contains("it’s an open war"));
}

#[test]
fn an_ambiguous_quote_lists_its_candidates() {
    let mut v = quoted();
    v["places"][0]["spans"][0] = serde_json::json!({"quote": "Kabul"});
    let (ds, printed) = diagnose(&to_pretty(&v));
    assert_eq!(ds.len(), 1);
    let kabuls = ARTICLE.matches("Kabul").count();
    assert!(
        ds[0].reason.contains(&format!("occurs {kabuls} times")),
        "{}",
        ds[0].reason
    );
    assert!(
        ds[0].item.starts_with("places[0].spans[0]"),
        "{}",
        ds[0].item
    );
    assert_eq!(ds[0].help.len(), kabuls);
    assert!(ds[0].help[0].starts_with(&format!(
        "line {}",
        line_col(ARTICLE, "Kabul").replace(':', ", col ")
    )));
    assert!(printed.contains(r#"line 1, col 86: {"quote": "Kabul", "suffix": " after"}"#));
}

#[test]
fn a_json_syntax_error_is_named_so_with_its_line_and_column() {
    let good = to_pretty(&quoted());
    let json = good.replacen(
        "\"title_editor_supplied\": true,",
        "\"title_editor_supplied\": true",
        1,
    );
    let (ds, printed) = diagnose(&json);
    assert_eq!(ds.len(), 1);
    assert!(
        ds[0].reason.starts_with("JSON syntax error"),
        "{}",
        ds[0].reason
    );
    assert!(!printed.contains("does not match the schema"));
    assert!(
        printed.contains(&format!("dataset.json:{}", line_col(&json, "\"summary\""))),
        "{printed}"
    );
    let end = good.trim_end().rfind(']').unwrap() + 1;
    let trailing = format!("{},{}", &good[..end], &good[end..]);
    let (ds, _) = diagnose(&trailing);
    assert!(ds[0].help[0].contains("trailing comma"), "{:?}", ds[0].help);
}

#[test]
fn a_schema_error_names_the_path_and_suggests_the_variant() {
    let json =
        to_pretty(&quoted()).replacen("\"kind\": \"government\"", "\"kind\": \"goverment\"", 1);
    let (ds, printed) = diagnose(&json);
    assert!(
        ds[0]
            .reason
            .contains("does not match the schema at parties["),
        "{}",
        ds[0].reason
    );
    assert_eq!(ds[0].help, vec!["did you mean `government`?".to_string()]);
    assert!(printed.contains(&format!(
        "dataset.json:{}",
        line_col(&json, "\"goverment\"")
    )));
}

#[test]
fn an_uncovered_number_word_suggests_a_non_claim() {
    let mut v = quoted();
    let non_claims = v["non_claims"].as_array_mut().unwrap();
    let i = non_claims
        .iter()
        .position(|n| n["span"]["quote"].as_str().unwrap().contains("one very"))
        .unwrap();
    non_claims.remove(i);
    let (ds, printed) = diagnose(&to_pretty(&v));
    assert_eq!(ds.len(), 1);
    assert!(ds[0].reason.contains("number \"one\""), "{}", ds[0].reason);
    assert_eq!(ds[0].article_at, ARTICLE.find("one very"));
    assert!(
        ds[0].help[0].contains(r#"{"span": {"quote": "one""#),
        "{:?}",
        ds[0].help
    );
    assert!(printed.contains(&format!("article.txt:{}", line_col(ARTICLE, "one very"))));
}

#[test]
fn a_todo_is_a_problem_naming_its_place() {
    let mut v = quoted();
    v["people"][0]["role"] = "TODO: the role as the text gives it".into();
    let id = v["people"][0]["id"].as_str().unwrap().to_string();
    let json = to_pretty(&v);
    let (ds, printed) = diagnose(&json);
    assert_eq!(ds.len(), 1);
    assert_eq!(ds[0].item, format!("people[0].role (\"{id}\")"));
    assert!(ds[0].reason.contains("still to do"));
    assert!(printed.contains(&format!(
        "dataset.json:{}",
        line_col(&json, "\"TODO: the role")
    )));
}

#[test]
fn a_misspelt_reference_and_a_drifted_offset_get_suggestions() {
    let mut v = with_offsets();
    let speaker = v["statements"][0]["speaker"].as_str().unwrap().to_string();
    v["statements"][0]["speaker"] = format!("{speaker}x").into();
    v["people"][0]["span"]["start"] =
        (v["people"][0]["span"]["start"].as_u64().unwrap() + 1).into();
    v["people"][0]["span"]["end"] = (v["people"][0]["span"]["end"].as_u64().unwrap() + 1).into();
    let (ds, _) = diagnose(&serde_json::to_string_pretty(&v).unwrap());
    let reference = ds.iter().find(|d| d.reason.contains("speaker")).unwrap();
    assert_eq!(reference.help, vec![format!("did you mean \"{speaker}\"?")]);
    let drift = ds
        .iter()
        .find(|d| d.reason.contains("differs from the article"))
        .unwrap();
    let name = v["people"][0]["span"]["text"].as_str().unwrap();
    let found = ARTICLE.find(name).unwrap();
    assert!(drift.help[0].starts_with(&format!(
        "found at line {}",
        line_col(ARTICLE, name).replace(':', ", col ")
    )));
    assert!(drift.article_at.is_some_and(|a| a > found));
}

#[test]
fn the_fictional_dataset_is_valid_and_written_in_quotes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/fictional");
    let article = std::fs::read(format!("{dir}/article.txt")).unwrap();
    let json = std::fs::read_to_string(format!("{dir}/dataset.json")).unwrap();
    assert!(!json.contains("\"start\""), "no offsets typed by hand");
    let (text, d) = match check(&article, &json) {
        Ok(ok) => ok,
        Err(ds) => panic!("{ds:#?}"),
    };
    let tavel = d.places.iter().find(|p| p.id == "place-tavel").unwrap();
    assert_eq!(
        &text[tavel.spans[1].start..tavel.spans[1].end + 1],
        "Tavel "
    );
}

/// The first figure with `subjects`, and the first statement, of the
/// quoted dataset, broken three ways at once: a misspelt field, an older
/// format's field, a misspelt enum value.
fn three_schema_problems() -> String {
    let mut v = quoted();
    let f = v["figures"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f.get("subjects").is_some())
        .unwrap()
        .as_object_mut()
        .unwrap();
    let subjects = f.shift_remove("subjects").unwrap();
    f.insert("subject".into(), subjects);
    let s = v["statements"][0].as_object_mut().unwrap();
    s.insert("contradicts".into(), serde_json::json!(["x"]));
    to_pretty(&v).replacen("\"kind\": \"government\"", "\"kind\": \"goverment\"", 1)
}

#[test]
fn an_unknown_field_is_an_error_with_did_you_mean_and_its_line() {
    let json = three_schema_problems();
    let (ds, printed) = diagnose(&json);
    let subject = ds
        .iter()
        .find(|d| d.reason.contains("unknown field `subject`"))
        .expect("the misspelt field is reported");
    assert_eq!(subject.help, vec!["did you mean `subjects`?".to_string()]);
    assert!(printed.contains(&format!("dataset.json:{}", line_col(&json, "\"subject\""))));
    let old = ds
        .iter()
        .find(|d| d.reason.contains("unknown field `contradicts`"))
        .expect("the older format's field is reported");
    assert!(old.reason.contains("statements[0]"), "{}", old.reason);
    assert!(old.help[0].contains("`relations`"), "{:?}", old.help);
}

#[test]
fn every_schema_error_is_reported_in_one_run() {
    let (ds, printed) = diagnose(&three_schema_problems());
    let schema: Vec<&Diagnostic> = ds
        .iter()
        .filter(|d| d.reason.contains("does not match the schema"))
        .collect();
    assert_eq!(schema.len(), 3, "{printed}");
    assert!(schema.iter().any(|d| d.reason.contains("`goverment`")));
    assert!(
        printed.ends_with("3 problems in dataset.json\n"),
        "{printed}"
    );
}

#[test]
fn a_misspelt_quote_key_is_one_schema_error() {
    let json = to_pretty(&quoted()).replacen("\"prefix\":", "\"prefx\":", 1);
    let (ds, _) = diagnose(&json);
    assert_eq!(ds.len(), 1, "{ds:?}");
    assert!(
        ds[0].reason.contains("unknown field `prefx`"),
        "{}",
        ds[0].reason
    );
    assert_eq!(ds[0].help, vec!["did you mean `prefix`?".to_string()]);
}

#[test]
fn the_schema_key_is_accepted_and_no_part_of_the_data() {
    let plain = to_pretty(&quoted());
    let named = plain.replacen(
        '{',
        "{\n  \"$schema\": \"../schema/dataset.schema.json\",",
        1,
    );
    let (_, a) = check(ARTICLE.as_bytes(), &plain).expect("valid");
    let (_, b) = check(ARTICLE.as_bytes(), &named).expect("valid with $schema");
    assert_eq!(a, b);
}

#[test]
fn a_group_of_figures_without_its_question_is_reported_at_one_of_its_relations() {
    let mut v: Value = serde_json::from_str(DATASET).unwrap();
    let relations = v["relations"].as_array_mut().unwrap();
    let asked = relations
        .iter()
        .filter(|r| r.get("question").is_some())
        .count();
    assert!(
        asked > 0,
        "the shipped data heads its groups with questions"
    );
    for r in relations.iter_mut() {
        r.as_object_mut().unwrap().shift_remove("question");
    }
    let json = to_pretty(&v);
    let (ds, _) = diagnose(&json);
    let missing: Vec<&Diagnostic> = ds
        .iter()
        .filter(|d| d.reason.contains("no headline"))
        .collect();
    assert_eq!(missing.len(), asked, "one problem per group");
    for d in missing {
        let at = d.dataset_at.expect("placed in dataset.json");
        let object = &json[at..at + json[at..].find('}').unwrap()];
        let from = d.item.split('"').nth(1).unwrap();
        assert!(
            object.contains(&format!("\"from\": \"{from}\"")),
            "{object}"
        );
    }
}
