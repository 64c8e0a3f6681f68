// Hand-made documents for the HTML report's tests: findings of every severity, a slip, claims
// that nest and cross, spans that start inside a multibyte character, a claimless finding, an
// unreadable input, an empty one, and article text full of markup that must stay text.
//
// The sentences are made up for the tests; the findings are written by hand, not by the checker.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "reports/reports.h"

namespace factcheck::testing {

/// The bytes of the first sample article. Lines: a headline, two paragraphs, a bullet, a table
/// and a line of markup.
inline constexpr std::string_view kSampleArticle =
    "Quarterly Results Fall Short\n"
    "Acme Widgets said revenue fell 45% to $120 million from $219 million "
    "(Acme Annual Report, 3 May 2026). Profit rose 12% to \u20AC5.6 million.\r\n"
    "Its five\u2011product line (Alpha, Beta, Gamma, Delta and Epsilon) shipped on Tuesday, "
    "4 May 2026.\n"
    "\n"
    "- Headcount grew to 1,200 staff.\n"
    "| Metric | 2025 | 2026 |\n"
    "|---|---|---|\n"
    "| Revenue | $219 million | $120 million |\n"
    "Analysts said <script>document.title='pwned'</script> & \"quotes\" 'single' "
    "</textarea><img src=x onerror=alert(1)> 3\u00D7.\n";

/// [begin, end) of the nth occurrence of `needle` in `text`.
inline ByteSpan span_of(std::string_view text, std::string_view needle, int nth = 0) {
  std::size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
  if (at == std::string_view::npos) throw std::logic_error("sample: no " + std::string(needle));
  return {at, at + needle.size()};
}

inline Quantity quantity(std::string_view text, std::string_view written, double value,
                         std::string unit, int nth = 0) {
  Quantity q;
  q.span = span_of(text, written, nth);
  q.text = text.substr(q.span.begin, q.span.size());
  q.value = q.low = q.high = value;
  q.unit = std::move(unit);
  return q;
}

inline Claim claim(std::string id, ClaimKind kind, ByteSpan span) {
  Claim c;
  c.id = std::move(id);
  c.kind = kind;
  c.span = span;
  return c;
}

inline Finding finding(std::string id, std::string check, Severity severity,
                       std::vector<std::string> claims, ByteSpan span, std::string message,
                       std::string explanation, std::string slip = {}) {
  Finding f;
  f.id = std::move(id);
  f.check = std::move(check);
  f.severity = severity;
  f.claims = std::move(claims);
  f.span = span;
  f.message = std::move(message);
  f.explanation = std::move(explanation);
  f.slip = std::move(slip);
  return f;
}

/// The first sample document. Claim verdicts: c1 error, c2 pass, c3 note (crosses c1's end),
/// c4 warning (its span starts inside the euro sign), c5 pass, c6 note, c7 error, c8 unchecked,
/// c9 note, c10 pass, c11 unchecked.
inline DocumentResult sample_article() {
  DocumentResult doc;
  doc.path = "newsroom/sample.txt";
  doc.bytes = std::make_shared<const std::string>(kSampleArticle);
  const std::string_view t = *doc.bytes;
  Claims& cs = doc.claims;
  cs.text = t;

  Citation k1;
  k1.id = "k1";
  k1.span = span_of(t, "(Acme Annual Report, 3 May 2026)");
  k1.source = "Acme Annual Report";
  k1.date = "2026-05-03";
  cs.citations.push_back(k1);

  Claim c1 = claim("c1", ClaimKind::kPercentChange, span_of(t, "revenue fell 45% to $120 million"));
  c1.old_value = quantity(t, "$219 million", 219e6, "USD");
  c1.new_value = quantity(t, "$120 million", 120e6, "USD");
  c1.changes.push_back(quantity(t, "45%", 45, "%"));
  c1.direction = Direction::kDecrease;
  c1.direction_word = "fell";
  c1.citation = 0;
  c1.quantities = {c1.changes[0], *c1.new_value, *c1.old_value};
  cs.claims.push_back(c1);

  Claim c2 = claim("c2", ClaimKind::kMoney, span_of(t, "$120 million"));  // inside c1
  c2.citation = 0;
  cs.claims.push_back(c2);

  // Starts inside c1 and ends after it: the two cross.
  Claim c3 = claim("c3", ClaimKind::kDifference, span_of(t, "$120 million from $219 million"));
  c3.citation = 0;
  cs.claims.push_back(c3);

  // Starts on the second byte of the euro sign and ends on a character's first byte.
  ByteSpan euro = span_of(t, "\u20AC5.6 million");
  Claim c4 = claim("c4", ClaimKind::kMoney, {euro.begin + 1, euro.end});
  cs.claims.push_back(c4);

  Claim c5 = claim("c5", ClaimKind::kPercentChange, span_of(t, "rose 12% to \u20AC5.6 million"));
  c5.new_value = quantity(t, "\u20AC5.6 million", 5.6e6, "EUR");
  c5.changes.push_back(quantity(t, "12%", 12, "%"));
  c5.direction = Direction::kIncrease;
  cs.claims.push_back(c5);

  Claim c6 = claim("c6", ClaimKind::kEnumeration,
                   span_of(t, "five\u2011product line (Alpha, Beta, Gamma, Delta and Epsilon)"));
  c6.count = 5;
  cs.claims.push_back(c6);

  Claim c7 = claim("c7", ClaimKind::kDate, span_of(t, "Tuesday, 4 May 2026"));
  c7.date = "2026-05-04";
  c7.weekday = "Tuesday";
  cs.claims.push_back(c7);

  cs.claims.push_back(claim("c8", ClaimKind::kCount, span_of(t, "1,200 staff")));
  cs.claims.push_back(claim("c9", ClaimKind::kMoney, span_of(t, "$219 million", 1)));
  cs.claims.push_back(claim("c10", ClaimKind::kMoney, span_of(t, "$120 million", 1)));
  cs.claims.push_back(claim("c11", ClaimKind::kMultiple, span_of(t, "3\u00D7")));

  std::vector<Finding>& fs = doc.findings;
  fs.push_back(finding("f1", "percent-change", Severity::kError, {"c1"}, c1.span,
                       "reported -45% does not follow from $219 million to $120 million "
                       "(-45.2% allowing for rounding) [sic: <b>]",
                       "(120 - 219) / 219 = -45.2%;\nstated 45% allows 44.5-45.5%: consistent",
                       "change computed against the new value instead of the old"));
  fs.push_back(finding("f2", "repeated-figure", Severity::kPass, {"c2", "c10"}, c2.span,
                       "$120 million is stated the same way twice", "120 = 120"));
  fs.push_back(finding("f3", "difference", Severity::kNote, {"c3", "c9"}, c3.span,
                       "a fall of $99 million is implied", "219 - 120 = 99"));
  fs.push_back(finding("f4", "part-whole", Severity::kWarning, {"c4"}, euro,
                       "\u20AC5.6 million profit & \"more\" than a part allows",
                       "5.6 > 5.0 'whole'"));
  fs.push_back(finding("f5", "change-direction", Severity::kPass, {"c5"}, c5.span,
                       "rose agrees with the change", ""));
  fs.push_back(finding("f6", "enumeration-count", Severity::kNote, {"c6"}, c6.span,
                       "five items are named for five", "5 = 5"));
  fs.push_back(finding("f7", "date-weekday", Severity::kError, {"c7"}, c7.span,
                       "4 May 2026 is a Monday, not a Tuesday", "2026-05-04 is a Monday",
                       "4 May 2027 is a Tuesday: the weekday of the same date a year later"));
  // A finding on the citation itself, naming no claim, and one naming a claim that does not
  // exist: both are shown at their own span.
  fs.push_back(finding("f8", "citation", Severity::kNote, {}, k1.span,
                       "the source is dated on the day of the event", ""));
  fs.push_back(finding("f9", "timeline", Severity::kWarning, {"c99"}, span_of(t, "shipped on"),
                       "a claim id the article does not have", ""));
  return doc;
}

/// Every sample document: the article, an unreadable input, an empty one, and a path and text
/// that are not valid HTML and not valid UTF-8.
inline std::vector<DocumentResult> sample_documents() {
  std::vector<DocumentResult> docs;
  docs.push_back(sample_article());

  DocumentResult missing;
  missing.path = "missing.txt";
  missing.error = "no such file";
  docs.push_back(std::move(missing));

  DocumentResult empty;
  empty.path = "empty.txt";
  empty.bytes = std::make_shared<const std::string>();
  docs.push_back(std::move(empty));

  DocumentResult odd;
  odd.path = "odd<b>&\"name\".txt";
  odd.bytes = std::make_shared<const std::string>(
      "a\x01"
      "b\xFF"
      "c \xC2\x85 \xEF\xBF\xBE end\n");
  odd.claims.text = *odd.bytes;
  docs.push_back(std::move(odd));
  return docs;
}

}  // namespace factcheck::testing
