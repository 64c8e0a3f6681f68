// Reading the corpus's hand-written expected files, and matching an article's produced findings
// against them.
//
// The regression runner (test_corpus.cpp), the corpus format test and the unit test of these
// rules share it, so the rules are tested on their own before they judge the corpus.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck::corpus {

/// One entry of `NAME.expected.json`: a finding the article must produce.
struct Expected {
  std::string check;  // check id: "percent-change"
  Severity severity = Severity::kError;
  std::string quote;  // exact substring of the article, occurring once
  std::string why;    // the hand arithmetic, shown when the entry is missed
  ByteSpan span;      // where the quote lies in the article (set by load_article)
};

/// Where `quote` occurs in `text`: its span when it occurs exactly once, else the number of times
/// it occurs (0 or 2+), so a bad quote can be reported precisely.
struct QuoteLookup {
  std::optional<ByteSpan> span;
  std::size_t occurrences = 0;
};
QuoteLookup find_quote(std::string_view text, std::string_view quote);

/// An article and its expected entries, as read from `NAME.expected.json`.
struct Article {
  std::string name;  // the "article" field: "article.txt"
  std::string text;  // the article's bytes
  std::vector<Expected> expected;
  std::vector<std::string> problems;  // what is wrong with the expected file, if anything
};

/// Reads an expected file and its article. Entries with an unknown check or severity, or a quote
/// that does not occur exactly once, are left out and described in `problems`.
Article load_article(const std::filesystem::path& expected_path,
                     const std::set<std::string>& check_ids);

/// Every `*.expected.json` in `folder`, sorted by name.
std::vector<std::filesystem::path> expected_files(const std::filesystem::path& folder);

/// The outcome of comparing one article's findings with its expected entries.
struct Comparison {
  struct Pair {
    std::size_t expected;  // index into the expected entries
    std::size_t produced;  // index into the produced findings
  };
  std::vector<Pair> matched;            // same check, same severity, overlapping
  std::vector<Pair> changed_severity;   // same check, overlapping, another severity
  std::vector<std::size_t> missing;     // expected entries with no finding of their check there
  std::vector<std::size_t> unexpected;  // produced errors and warnings no entry accounts for
  // Produced errors or warnings (unexpected ones) lying on a statement expected to pass.
  std::vector<std::size_t> false_errors;

  bool clean() const { return changed_severity.empty() && missing.empty() && unexpected.empty(); }
};

/// Compares findings with expected entries whose spans are already located. Each produced finding
/// answers at most one entry; the pairs overlapping most are made first.
Comparison compare(const std::vector<Expected>& expected, const std::vector<Finding>& produced);

/// Planted slips (entries expected as error or warning) and how many of them were matched.
struct SlipCount {
  std::size_t planted = 0;
  std::size_t found = 0;
};
SlipCount count_slips(const std::vector<Expected>& expected, const Comparison& comparison);

}  // namespace factcheck::corpus
