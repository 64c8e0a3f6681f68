// Parenthetical citations: "(Hugging Face Blog, 3 May 2026)", "(IDC, H2 2025)".
//
// A citation is a source name, a comma, then a date with a year, inside one pair of
// parentheses: "(Morgan Stanley analyst Priya Desai, note 12 May 2026)" has a word ("note")
// between the comma and the date. The date is read by the same grammar as the dates in
// sentences (find_dates), so the two never disagree. Figures in brackets ("(£600m)"), lists
// ("(BLOOM, Falcon and Mixtral)") and weekday dates ("(Wednesday, 15 May)") are not citations.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "extractor/internal.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One pair of parentheses with nothing bracketed inside, on one line, short enough for a
// source and a date.
constexpr std::string_view kParenthesis = R"(\((?<in>[^()\n]{4,200})\))";
// Up to two lower-case words between the comma and the date: "note", "press release".
constexpr std::string_view kDateLead = R"([a-z]+(?:[ \t][a-z]+)?)";
// A label some copy puts before the source: "Source: IDC".
constexpr std::string_view kSourceLabel = R"((?i:sources?):[ \t]*)";

struct CitationPatterns {
  Pattern parenthesis{"citation: parenthesis", kParenthesis};
  Pattern date_lead{"citation: words before the date", std::string(kDateLead) + "$"};
  Pattern source_label{"citation: source label", kSourceLabel};
};

const CitationPatterns& patterns() {
  static const CitationPatterns p;
  return p;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

ByteSpan trim(std::string_view text, ByteSpan span) {
  while (span.begin < span.end && is_space(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
  // NBSP at either end.
  while (span.end - span.begin >= 2 && text.substr(span.end - 2, 2) == "\xC2\xA0") span.end -= 2;
  return span;
}

// The citation in text[inner), the parenthesis' contents, if they are one.
std::optional<Citation> read_citation(std::string_view text, ByteSpan inner) {
  inner = trim(text, inner);
  SentenceWork work(text, inner);
  std::vector<Claim> dates;
  find_dates(work, dates);
  if (dates.empty()) return std::nullopt;
  const Claim& date = dates.back();
  if (date.span.end != inner.end || date.year == 0) return std::nullopt;

  // The comma that ends the source, and at most two words between it and the date.
  std::size_t comma = text.rfind(',', date.span.begin);
  if (comma == std::string_view::npos || comma < inner.begin) return std::nullopt;
  ByteSpan lead = trim(text, {comma + 1, date.span.begin});
  const CitationPatterns& p = patterns();
  Match m;
  if (!lead.empty() && !p.date_lead.match_at(text, lead.begin, m, lead.end)) return std::nullopt;

  ByteSpan source = trim(text, {inner.begin, comma});
  if (p.source_label.match_at(text, source.begin, m, source.end)) source.begin = m.span().end;
  if (source.empty()) return std::nullopt;
  std::string_view name = text.substr(source.begin, source.size());
  // A source is a name: it starts with a capital (or an accented letter), holds no figure
  // with a currency or percent sign, and is not itself a date ("(Q1, 2026)").
  unsigned char first = static_cast<unsigned char>(name[0]);
  if (!(std::isupper(first) || first >= 0xC3)) return std::nullopt;
  if (name.find_first_of("$%") != std::string_view::npos ||
      name.find("\xC2\xA3") != std::string_view::npos ||
      name.find("\xE2\x82\xAC") != std::string_view::npos) {
    return std::nullopt;
  }
  SentenceWork source_work(text, source);
  std::vector<Claim> source_dates;
  find_dates(source_work, source_dates);
  for (const Claim& d : source_dates) {
    if (d.span == source) return std::nullopt;
  }

  Citation c;
  c.source = std::string(name);
  c.date = date.date;
  return c;
}

}  // namespace

void find_citations(std::string_view text, Claims& out) {
  const CitationPatterns& p = patterns();
  const int in = p.parenthesis.group("in");
  Match m;
  // Tried anchored at each '(' with the subject cut past the longest match: an unanchored
  // search over a long run of '(' cost PCRE2 more per megabyte the longer the run.
  constexpr std::size_t kLongest = 202;  // "(", 200 bytes, ")"
  for (std::size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at)) {
    if (!p.parenthesis.match_at(text, at, m, std::min(text.size(), at + kLongest))) {
      ++at;
      continue;
    }
    ByteSpan whole = m.span();
    if (std::optional<Citation> c = read_citation(text, m.span(in))) {
      c->span = whole;
      out.citations.push_back(std::move(*c));
    }
    at = whole.end;
  }
}

std::string iso_date(int year, int month, int day) {
  char buf[32];
  if (year && month && day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (year && month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else if (month && day) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  } else if (year) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (month) {
    std::snprintf(buf, sizeof buf, "--%02d", month);  // ISO 8601:2000's month of no stated year
  } else {
    return {};
  }
  return buf;
}

}  // namespace factcheck::detail
