// The corpus's own shape, checked on every run even while the regression itself waits for the
// checker: every expected file parses, names known checks and severities, quotes text that occurs
// exactly once, and every article keeps to the corpus's rules (see corpus/README.md).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "checker/checker.h"
#include "tests/corpus/corpus_match.h"

using namespace factcheck;
namespace fs = std::filesystem;

namespace {

std::set<std::string> check_ids() {
  std::set<std::string> ids;
  for (const auto& c : registry()) ids.insert(std::string(c->id()));
  return ids;
}

// Words as a reader counts them: runs of bytes between ASCII whitespace.
std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char ch : text) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

TEST_CASE("every corpus expected file is well formed and quotes its article exactly once") {
  const auto ids = check_ids();
  const auto files = corpus::expected_files(FACTCHECK_CORPUS);
  REQUIRE(files.size() >= 16);  // the seed and at least fifteen written articles
  std::set<std::string> articles;
  for (const fs::path& path : files) {
    CAPTURE(path.filename().string());
    const corpus::Article a = corpus::load_article(path, ids);
    std::string problems;
    for (const auto& p : a.problems) problems += "\n  " + p;
    CHECK_MESSAGE(a.problems.empty(), problems);
    CHECK(path.filename().string() == fs::path(a.name).stem().string() + ".expected.json");
    CHECK_FALSE(validate_text(a.text).has_value());
    CHECK_FALSE(a.expected.empty());
    articles.insert(a.name);
    if (a.name == "article.txt") continue;  // the seed is as it came
    const std::size_t words = word_count(a.text);
    CAPTURE(words);
    CHECK(words >= 300);
    CHECK(words <= 900);
    for (const auto& e : a.expected) {
      CAPTURE(e.quote);
      CHECK_FALSE(e.why.empty());    // every expectation carries its hand arithmetic
      CHECK(e.check != "citation");  // citation notes are never listed
    }
  }
  // Every article has an expected file.
  for (const auto& entry : fs::directory_iterator(FACTCHECK_CORPUS)) {
    if (entry.path().extension() != ".txt") continue;
    CAPTURE(entry.path().filename().string());
    CHECK(articles.count(entry.path().filename().string()) == 1);
  }
}

TEST_CASE("the corpus carries the text forms it promises") {
  const auto ids = check_ids();
  std::size_t crlf_articles = 0, typographic_articles = 0;
  for (const fs::path& path : corpus::expected_files(FACTCHECK_CORPUS)) {
    const corpus::Article a = corpus::load_article(path, ids);
    const std::string_view t = a.text;
    const bool crlf = t.find("\r\n") != std::string_view::npos;
    if (crlf) {
      ++crlf_articles;
      // A CRLF article uses CRLF throughout: no bare LF.
      std::size_t bare = 0;
      for (std::size_t i = 0; i < t.size(); ++i)
        bare += t[i] == '\n' && (i == 0 || t[i - 1] != '\r');
      CAPTURE(a.name);
      CHECK(bare == 0);
    }
    const bool typographic =
        t.find("\u2011") != std::string_view::npos && t.find("\u00a0") != std::string_view::npos &&
        t.find("\u202f") != std::string_view::npos && t.find("\u2014") != std::string_view::npos &&
        t.find("\u201c") != std::string_view::npos && t.find("\u00d7") != std::string_view::npos &&
        t.find("\u2212") != std::string_view::npos;
    typographic_articles += typographic;
  }
  CHECK(crlf_articles >= 1);
  CHECK(typographic_articles >= 1);
}
