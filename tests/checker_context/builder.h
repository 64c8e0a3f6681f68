// Builds a document's claims by hand for the context checks' tests, and runs one check on them.
//
// The text is segmented by the extractor (sentences and paragraphs); claims and citations are
// then placed on the text by quoting the bytes they cover, so a test states exactly the claim
// model a check reads, whatever the extractor's kinds find today.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"
#include "extractor/internal.h"
#include "extractor/lexicon.h"

namespace factcheck::testing {

class Doc {
 public:
  explicit Doc(std::string text) : text_(std::move(text)) {
    claims_ = extract(text_);
    claims_.claims.clear();
    claims_.citations.clear();
  }
  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;

  /// Where the nth occurrence of needle is; throws when it is not there (a typo in a test).
  ByteSpan span(std::string_view needle, int nth = 0) const {
    std::size_t at = text_.find(needle);
    for (int i = 0; i < nth && at != std::string::npos; ++i) at = text_.find(needle, at + 1);
    if (at == std::string::npos) throw std::runtime_error("not in text: " + std::string(needle));
    return {at, at + needle.size()};
  }

  /// A figure written as `needle`, standing for [low, high].
  Quantity q(std::string_view needle, double value, double low, double high, std::string unit,
             int nth = 0) const {
    Quantity out;
    out.span = span(needle, nth);
    out.text = std::string_view(text_).substr(out.span.begin, out.span.size());
    out.value = value;
    out.low = low;
    out.high = high;
    out.unit = std::move(unit);
    return out;
  }
  /// A figure at its written precision: value ± half a unit of its last digit.
  Quantity q(std::string_view needle, double value, double half_step, std::string unit,
             int nth = 0) const {
    return q(needle, value, value - half_step, value + half_step, std::move(unit), nth);
  }

  /// What the words after a claim's figure say of its time (Claim::per, Claim::figure), as the
  /// extractor reads them: "quarter" for "a quarter", "user month" for "per user per month",
  /// "each", "6 year" for "over six years".
  static void per(Claim& c, std::string_view words) {
    double periods = 1;
    std::size_t at = 0;
    while (at < words.size()) {
      std::size_t end = words.find(' ', at);
      if (end == std::string_view::npos) end = words.size();
      const std::string_view w = words.substr(at, end - at);
      at = end + 1;
      if (!w.empty() && w.find_first_not_of("0123456789") == std::string_view::npos) {
        periods = std::stod(std::string(w));
      } else if (const lexicon::Entry* e = lexicon::find("rate-period", w)) {
        if (!c.figure) c.figure = FigurePeriod{};
        c.figure->period = e->word;
        c.figure->periods = periods;
        if (periods == 1) c.per.emplace_back(w);
      } else {
        c.per.emplace_back(w);
      }
    }
  }

  /// A claim of `kind` covering `needle`; its sentence is the one holding it.
  Claim& add(ClaimKind kind, std::string_view needle, int nth = 0) {
    Claim c;
    c.kind = kind;
    c.span = span(needle, nth);
    for (std::size_t i = 0; i < claims_.sentences.size(); ++i) {
      if (claims_.sentences[i].span.contains(c.span)) c.sentence = i;
    }
    claims_.claims.push_back(std::move(c));
    return claims_.claims.back();
  }

  /// A date claim: year, month, day as stated (zero when not).
  Claim& date(std::string_view needle, int year, int month, int day, int nth = 0) {
    Claim& c = add(ClaimKind::kDate, needle, nth);
    c.year = year, c.month = month, c.day = day;
    return c;
  }

  /// A citation over `needle` with its ISO date; returns its index for Claim::citation.
  std::size_t cite(std::string_view needle, std::string source, std::string iso) {
    Citation k;
    k.span = span(needle);
    k.source = std::move(source);
    k.date = std::move(iso);
    claims_.citations.push_back(std::move(k));
    return claims_.citations.size() - 1;
  }

  /// The claims in text order with ids c1, c2, ...; citations k1, k2, ...; with the fields the
  /// extractor reads from the words around figures (Claim::lead, Claim::counted) filled as it does.
  const Claims& claims() {
    std::stable_sort(claims_.claims.begin(), claims_.claims.end(),
                     [](const Claim& a, const Claim& b) { return a.span.begin < b.span.begin; });
    detail::find_leads(text_, claims_.sentences, claims_.claims);
    for (std::size_t i = 0; i < claims_.claims.size(); ++i) {
      claims_.claims[i].id = "c" + std::to_string(i + 1);
    }
    for (std::size_t i = 0; i < claims_.citations.size(); ++i) {
      claims_.citations[i].id = "k" + std::to_string(i + 1);
    }
    return claims_;
  }

  const std::string& text() const { return text_; }

 private:
  std::string text_;
  Claims claims_;
};

/// Findings of the one check `id` on the claims.
inline std::vector<Finding> run_check(std::string_view id, const Claims& claims) {
  FindingSink sink;
  for (const auto& c : registry()) {
    if (c->id() == id) c->run(claims, sink);
  }
  return sink.findings();
}

/// Findings of `id` on the text as the extractor reads it.
inline std::vector<Finding> run_on_text(std::string_view id, std::string_view text) {
  return run_check(id, extract(text));
}

inline int count(const std::vector<Finding>& fs, Severity s) {
  return static_cast<int>(
      std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.severity == s; }));
}

/// The most serious severity among findings, kPass when there are none... or none at all.
inline std::string worst(const std::vector<Finding>& fs) {
  if (fs.empty()) return "none";
  Severity w = Severity::kPass;
  for (const Finding& f : fs) w = std::max(w, f.severity);
  return std::string(to_string(w));
}

/// Every finding obeys the house rules: a check id, claims, a span inside the text, a message
/// in lower case with no final period, and an explanation.
inline void check_shape(const std::vector<Finding>& fs, std::string_view check_id,
                        const Claims& claims) {
  for (const Finding& f : fs) {
    CAPTURE(f.message);
    CHECK(f.check == check_id);
    CHECK(!f.claims.empty());
    CHECK(!f.message.empty());
    CHECK(!f.explanation.empty());
    CHECK(f.message.back() != '.');
    CHECK(f.message.find('\n') == std::string::npos);
    CHECK(!(f.message[0] >= 'A' && f.message[0] <= 'Z'));
    CHECK(f.span.end <= claims.text.size());
    bool inside_sentence = false;
    for (const Sentence& s : claims.sentences) inside_sentence |= s.span.contains(f.span);
    CHECK(inside_sentence);
  }
}

/// A text and the worst severity one check should give it ("none" for no finding).
struct TextCase {
  std::string_view text;
  std::string_view expected;
};

/// Runs `check` on each text as the extractor reads it. Findings of statements set out over
/// lines span those lines, so the one-sentence shape test is for one-line texts only.
inline void run_text_cases(std::string_view check, const std::vector<TextCase>& cases) {
  for (const TextCase& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const auto fs = run_check(check, claims);
    CHECK(worst(fs) == c.expected);
    if (c.text.find('\n') == std::string_view::npos) check_shape(fs, check, claims);
  }
}

}  // namespace factcheck::testing
