// Matching produced findings against expected ones: see corpus_match.h.
#include "tests/corpus/corpus_match.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace factcheck::corpus {

namespace {

std::size_t overlap(const ByteSpan& a, const ByteSpan& b) {
  const std::size_t begin = std::max(a.begin, b.begin);
  const std::size_t end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

bool is_alarm(Severity s) { return s == Severity::kError || s == Severity::kWarning; }

// Pairs entries with findings of their check overlapping their quote, largest overlap first, each
// entry and each finding at most once; `same_severity` asks for the entry's severity too.
std::vector<Comparison::Pair> assign(const std::vector<Expected>& expected,
                                     const std::vector<Finding>& produced,
                                     std::vector<bool>& settled, std::vector<bool>& used,
                                     bool same_severity) {
  struct Candidate {
    std::size_t overlap, expected, produced;
  };
  std::vector<Candidate> candidates;
  for (std::size_t e = 0; e < expected.size(); ++e) {
    if (settled[e]) continue;
    for (std::size_t p = 0; p < produced.size(); ++p) {
      if (used[p] || produced[p].check != expected[e].check) continue;
      if (same_severity && produced[p].severity != expected[e].severity) continue;
      if (const std::size_t o = overlap(produced[p].span, expected[e].span); o > 0) {
        candidates.push_back({o, e, p});
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.overlap > b.overlap; });
  std::vector<Comparison::Pair> pairs;
  for (const Candidate& c : candidates) {
    if (settled[c.expected] || used[c.produced]) continue;
    settled[c.expected] = true;
    used[c.produced] = true;
    pairs.push_back({c.expected, c.produced});
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const auto& a, const auto& b) { return a.expected < b.expected; });
  return pairs;
}

}  // namespace

Article load_article(const std::filesystem::path& expected_path,
                     const std::set<std::string>& check_ids) {
  auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  };
  Article a;
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(read(expected_path));
    a.name = doc.at("article").get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    a.problems.push_back(std::string("not a valid expected file: ") + e.what());
    return a;
  }
  const std::filesystem::path article_path = expected_path.parent_path() / a.name;
  if (!std::filesystem::exists(article_path)) {
    a.problems.push_back("article " + article_path.string() + " does not exist");
    return a;
  }
  a.text = read(article_path);
  for (const auto& j : doc.value("findings", nlohmann::json::array())) {
    Expected e;
    try {
      e.check = j.at("check").get<std::string>();
      e.quote = j.at("quote").get<std::string>();
      e.why = j.value("why", "");
      const std::string severity = j.at("severity").get<std::string>();
      if (auto s = severity_from_string(severity)) {
        e.severity = *s;
      } else {
        a.problems.push_back("unknown severity \"" + severity + "\" for \"" + e.quote + "\"");
        continue;
      }
    } catch (const nlohmann::json::exception& ex) {
      a.problems.push_back(std::string("malformed entry: ") + ex.what());
      continue;
    }
    if (!check_ids.count(e.check)) {
      a.problems.push_back("unknown check \"" + e.check + "\" for \"" + e.quote + "\"");
      continue;
    }
    const QuoteLookup where = find_quote(a.text, e.quote);
    if (!where.span) {
      a.problems.push_back("quote occurs " + std::to_string(where.occurrences) +
                           " times (must be once): \"" + e.quote + "\"");
      continue;
    }
    e.span = *where.span;
    a.expected.push_back(std::move(e));
  }
  return a;
}

std::vector<std::filesystem::path> expected_files(const std::filesystem::path& folder) {
  constexpr std::string_view kSuffix = ".expected.json";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > kSuffix.size() && name.ends_with(kSuffix)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

QuoteLookup find_quote(std::string_view text, std::string_view quote) {
  QuoteLookup result;
  if (quote.empty()) return result;
  std::size_t first = std::string_view::npos;
  for (std::size_t at = text.find(quote); at != std::string_view::npos;
       at = text.find(quote, at + 1)) {
    if (result.occurrences == 0) first = at;
    ++result.occurrences;
  }
  if (result.occurrences == 1) result.span = ByteSpan{first, first + quote.size()};
  return result;
}

Comparison compare(const std::vector<Expected>& expected, const std::vector<Finding>& produced) {
  Comparison c;
  std::vector<bool> used(produced.size(), false);
  std::vector<bool> settled(expected.size(), false);
  // Exact matches first, so an entry's neighbour cannot take its finding as a severity change.
  c.matched = assign(expected, produced, settled, used, true);
  c.changed_severity = assign(expected, produced, settled, used, false);
  for (std::size_t e = 0; e < expected.size(); ++e) {
    if (!settled[e]) c.missing.push_back(e);
  }
  for (std::size_t i = 0; i < produced.size(); ++i) {
    if (used[i] || !is_alarm(produced[i].severity)) continue;
    c.unexpected.push_back(i);
  }
  // A false error: an alarm nobody planted, on a statement written to be correct. Alarms that
  // took a pass entry's place (changed severity) count too.
  auto on_pass_statement = [&](std::size_t p) {
    return std::any_of(expected.begin(), expected.end(), [&](const Expected& e) {
      return e.severity == Severity::kPass && overlap(e.span, produced[p].span) > 0;
    });
  };
  for (std::size_t p : c.unexpected) {
    if (on_pass_statement(p)) c.false_errors.push_back(p);
  }
  for (const auto& pair : c.changed_severity) {
    if (expected[pair.expected].severity == Severity::kPass &&
        is_alarm(produced[pair.produced].severity)) {
      c.false_errors.push_back(pair.produced);
    }
  }
  std::sort(c.false_errors.begin(), c.false_errors.end());
  return c;
}

SlipCount count_slips(const std::vector<Expected>& expected, const Comparison& comparison) {
  SlipCount n;
  for (const Expected& e : expected) n.planted += is_alarm(e.severity) ? 1 : 0;
  for (const auto& pair : comparison.matched) n.found += is_alarm(expected[pair.expected].severity);
  return n;
}

}  // namespace factcheck::corpus
