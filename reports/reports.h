// The reports: findings and claims in, bytes out. One file per format.
//
// This is the stage's one public header. It knows the extractor's and the checker's
// types; neither of them knows it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck {

/// One input as read and checked: what every report renders.
struct DocumentResult {
  std::string path;                          // exactly as given on the command line ("-" for stdin)
  std::optional<std::string> error;          // why it could not be read
  std::shared_ptr<const std::string> bytes;  // the original bytes; claims point into them
  // Markdown and HTML: the text as a reader sees it, which the claims were read from; the
  // figures' text and the claims' phrases are views into it.
  std::shared_ptr<const std::string> visible;
  Claims claims;
  std::vector<Finding> findings;
  std::vector<bool> suppressed;  // per finding: silenced by a comment in the article; empty: none
};

/// One window of a long document (check_windows) as a document of its own, for the writers'
/// part(): `head`'s path, bytes and visible text, and the window's claims and findings, moved out.
DocumentResult window_part(const DocumentResult& head, CheckedWindow& window);

/// Whether the article silences finding `i` with a factcheck-disable comment.
inline bool silenced(const DocumentResult& doc, std::size_t i) {
  return i < doc.suppressed.size() && doc.suppressed[i];
}

/// The counts every report shows, defined once here and nowhere else. Two sums hold:
/// claims = checked + unchecked, where a claim is checked when a finding names it; and
/// findings = errors + warnings + notes + passed, one finding counted once however many claims it
/// names. A claim's mark in the HTML text is its most serious finding; counts are of findings.
/// A finding the article silences counts as suppressed, under no severity, and still checks its
/// claims.
struct Counts {
  std::size_t claims = 0;
  std::size_t checked = 0;    // claims named by at least one finding
  std::size_t unchecked = 0;  // claims no finding names
  std::size_t errors = 0;     // findings by severity
  std::size_t warnings = 0;
  std::size_t notes = 0;
  std::size_t passed = 0;
  std::size_t suppressed = 0;  // findings silenced by a comment in the article

  std::size_t findings() const { return errors + warnings + notes + passed + suppressed; }
  Counts& operator+=(const Counts& o);
};

/// The counts of one document; all zero for one that could not be read.
Counts count(const DocumentResult& doc);

struct TextOptions {
  bool color = false;
  bool show_pass = false;
  std::optional<Severity> only = std::nullopt;  // list only findings at or above this (--only)
  bool context = false;     // under each finding, its sentence with a caret under the figure
  bool names_only = false;  // only the path of a document with a finding listed (-q)
};

/// Compiler-style lines "path:line:col: severity: message [check-id]" in text order.
std::string render_text(const std::vector<DocumentResult>& docs, const TextOptions& options);
/// The one summary line: claims found, checked, passed, errors, warnings, notes.
std::string render_summary(const std::vector<DocumentResult>& docs);
/// The "factcheck/1" JSON document.
std::string render_json(const std::vector<DocumentResult>& docs);
/// SARIF 2.1.0.
std::string render_sarif(const std::vector<DocumentResult>& docs);
/// What the HTML report shows beyond the documents.
struct HtmlOptions {
  std::string run_date;  // "2026-05-03 14:02 UTC", shown in the header and title; empty: none
};

/// One self-contained HTML5 report holding every document.
std::string render_html(const std::vector<DocumentResult>& docs);
std::string render_html(const std::vector<DocumentResult>& docs, const HtmlOptions& options);

/// A check's documentation as Markdown, its examples' verdicts worked out by running them:
/// what `factcheck --explain` prints, docs/checks/ holds and SARIF's help carries.
std::string explain(const Check& check);

/// A fingerprint of a finding that survives edits elsewhere in the article.
std::string fingerprint(const DocumentResult& doc, const Finding& finding);

}  // namespace factcheck
