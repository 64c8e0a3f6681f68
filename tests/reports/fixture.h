// A fixed article with hand-made claims and findings, so the report tests do not move when
// the extractor or the checker changes. The figures are our own.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "reports/reports.h"

namespace factcheck::testing {

// Line 2 has a curly apostrophe (three bytes, one column) before every finding on it.
inline constexpr std::string_view kArticle =
    "Acme Widgets third quarter\n"
    "Acme\u2019s revenue fell 45% to $120 million from $219 million. Operating profit rose 30% "
    "to $52 million from $40 million.\n"
    "\n"
    "The board met on Tuesday, 3 March 2026 (Acme filing, 4 March 2026). Net income dropped 50% "
    "to $8 million from $12 million.\n";

/// The span of the first occurrence of `needle` in `text` at or after `from`.
inline ByteSpan span_of(std::string_view text, std::string_view needle, std::size_t from = 0) {
  std::size_t at = text.find(needle, from);
  if (at == std::string_view::npos) throw std::logic_error("fixture text not found");
  return {at, at + needle.size()};
}

inline Finding make_finding(std::string id, std::string check, Severity severity, ByteSpan span,
                            std::string message, std::vector<std::string> claims = {}) {
  Finding f;
  f.id = std::move(id);
  f.check = std::move(check);
  f.severity = severity;
  f.span = span;
  f.message = std::move(message);
  f.claims = std::move(claims);
  f.explanation = "worked: " + f.message;
  return f;
}

/// A document of `text` with no claims or findings yet.
inline DocumentResult make_document(std::string path, std::string_view text) {
  DocumentResult doc;
  doc.path = std::move(path);
  doc.bytes = std::make_shared<const std::string>(text);
  doc.claims.text = *doc.bytes;
  return doc;
}

/// The fixed document: two claims, one citation, six findings of every severity.
inline DocumentResult fixed_document() {
  DocumentResult doc = make_document("acme.txt", kArticle);
  std::string_view t = *doc.bytes;

  Quantity q;
  q.span = span_of(t, "$120 million");
  q.text = "$120 million";
  q.value = 120e6;
  q.low = 119.5e6;
  q.high = 120.5e6;
  q.unit = "USD";
  Claim money;
  money.id = "c1";
  money.kind = ClaimKind::kMoney;
  money.span = q.span;
  money.quantities.push_back(q);
  Claim date;
  date.id = "c2";
  date.kind = ClaimKind::kDate;
  date.span = span_of(t, "Tuesday, 3 March 2026");
  date.date = "2026-03-03";
  date.weekday = "Tuesday";
  date.citation = 0;
  Citation k;
  k.id = "k1";
  k.span = span_of(t, "(Acme filing, 4 March 2026)");
  k.source = "Acme filing";
  k.date = "2026-03-04";
  doc.claims.claims = {money, date};
  doc.claims.citations = {k};

  doc.findings = {
      make_finding("f1", "percent-change", Severity::kPass,
                   span_of(t, "revenue fell 45% to $120 million from $219 million"),
                   "reported 45% decrease follows from $219 million to $120 million (-45.2%)",
                   {"c1"}),
      make_finding("f2", "repeated-figure", Severity::kWarning, span_of(t, "$120 million"),
                   "$120 million is given for revenue and for net revenue", {"c1"}),
      make_finding("f3", "citation", Severity::kNote,
                   span_of(t, "Operating profit rose 30% to $52 million from $40 million"),
                   "figure with no source"),
      make_finding("f4", "percent-change", Severity::kPass,
                   span_of(t, "Operating profit rose 30% to $52 million from $40 million"),
                   "reported 30% increase follows from $40 million to $52 million (+30.0%)"),
      make_finding("f5", "date-weekday", Severity::kPass, span_of(t, "Tuesday, 3 March 2026"),
                   "3 March 2026 is a Tuesday", {"c2"}),
      make_finding("f6", "percent-change", Severity::kError,
                   span_of(t, "Net income dropped 50% to $8 million from $12 million"),
                   "reported 50% decrease does not follow from $12 million to $8 million "
                   "(-33.3%)"),
  };
  doc.findings[5].slip = "change computed against the new value: (12 - 8) / 8 = 50%";
  return doc;
}

}  // namespace factcheck::testing
