// The HTML report over hand-made documents: structure, links, escaping, verdicts, overlaps.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"
#include "reports/stream.h"
#include "sample.h"

using namespace factcheck;
using namespace factcheck::testing;

namespace {

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80                 ? 1
                    : c >= 0xC2 && c <= 0xDF ? 2
                    : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// The first tag that does not nest, or empty when every element closes in order.
std::string nesting_error(std::string_view html) {
  static const std::set<std::string, std::less<>> kVoid = {"meta",  "br",   "img",  "hr",
                                                           "input", "link", "rect", "line"};
  std::vector<std::string> stack;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.substr(i, 2) == "<!") continue;
    const bool closing = html[i + 1] == '/';
    std::size_t start = i + (closing ? 2 : 1), end = start;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])))) ++end;
    const std::string name(html.substr(start, end - start));
    const std::size_t gt = html.find('>', i);
    if (name.empty() || gt == std::string_view::npos) return "bad tag at " + std::to_string(i);
    if (closing) {
      if (stack.empty() || stack.back() != name) return "</" + name + "> at " + std::to_string(i);
      stack.pop_back();
    } else if (!kVoid.contains(name) && html[gt - 1] != '/') {
      stack.push_back(name);
      // Style and script hold text, not tags.
      if (name == "style" || name == "script") i = html.find("</" + name + ">", i) - 1;
    }
  }
  return stack.empty() ? "" : "unclosed <" + stack.back() + ">";
}

// Every value of `attr="..."` in the document.
std::vector<std::string> values(std::string_view html, std::string_view attr) {
  std::vector<std::string> out;
  const std::string key = " " + std::string(attr) + "=\"";
  for (std::size_t i = html.find(key); i != std::string_view::npos; i = html.find(key, i + 1)) {
    const std::size_t begin = i + key.size();
    out.emplace_back(html.substr(begin, html.find('"', begin) - begin));
  }
  return out;
}

// The start tag of the element with this id, or empty.
std::string start_tag(std::string_view html, std::string_view id) {
  const std::size_t at = html.find(" id=\"" + std::string(id) + "\"");
  if (at == std::string_view::npos) return {};
  const std::size_t lt = html.rfind('<', at);
  return std::string(html.substr(lt, html.find('>', at) - lt + 1));
}

// The text of an HTML fragment: markers (<sup>) dropped, tags removed, references kept.
std::string text_of(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html.substr(i, 4) == "<sup") {
      i = html.find("</sup>", i) + 6;
    } else if (html[i] == '<') {
      i = html.find('>', i) + 1;
    } else {
      out += html[i++];
    }
  }
  return out;
}

std::string between(std::string_view s, std::string_view from, std::string_view to) {
  const std::size_t a = s.find(from);
  if (a == std::string_view::npos) return {};
  const std::size_t b = s.find(to, a + from.size());
  return std::string(s.substr(a, b == std::string_view::npos ? s.npos : b - a));
}

const std::string& sample_html() {
  static const std::string html = render_html(sample_documents());
  return html;
}

// In a list of the sample's problems, where `place(n)` finds its finding n: the errors (1, 7)
// before the warnings (4, 9), and the note (3) and the pass (2) not listed.
void check_serious_order(const std::function<std::size_t(int)>& place) {
  CHECK(place(1) < place(7));
  CHECK(place(7) < place(4));
  CHECK(place(4) < place(9));
  CHECK(place(9) != std::string::npos);
  CHECK(place(3) == std::string::npos);
  CHECK(place(2) == std::string::npos);
}

}  // namespace

TEST_CASE("the report is one well-formed, self-contained, deterministic page") {
  const std::string& html = sample_html();
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(html.find("<meta name=\"viewport\"") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(nesting_error(html) == "");
  CHECK(valid_utf8(html));
  // Nothing is loaded from anywhere; the one script is the report's own, inline, at the end.
  for (std::string_view banned :
       {" src=\"", "<link", "@import", "url(", "href=\"http", "<img", "<iframe", "<object"}) {
    CAPTURE(banned);
    CHECK(html.find(banned) == std::string::npos);
  }
  const std::size_t script = html.find("<script");
  REQUIRE(script != std::string::npos);
  CHECK(html.find("<script", script + 1) == std::string::npos);
  CHECK(html.substr(script).starts_with("<script>"));
  CHECK(html.ends_with("</script>\n</body>\n</html>\n"));
  // Its controls are hidden until it runs, so the page without it shows none.
  CHECK(start_tag(html, "controls").ends_with(" hidden>"));
  CHECK(render_html(sample_documents()) == html);
}

TEST_CASE("every link in the report lands on an element, and ids are unique") {
  const std::string& html = sample_html();
  const std::vector<std::string> ids = values(html, "id");
  const std::set<std::string> unique(ids.begin(), ids.end());
  CHECK(unique.size() == ids.size());
  std::size_t links = 0;
  for (const std::string& href : values(html, "href")) {
    CAPTURE(href);
    REQUIRE(href.starts_with("#"));
    CHECK(unique.contains(href.substr(1)));
    ++links;
  }
  CHECK(links > 30);
}

TEST_CASE("each claim is highlighted by its most severe finding, unchecked when none") {
  const std::string& html = sample_html();
  struct Case {
    const char* id;
    const char* verdict;
  };
  const Case cases[] = {{"d1-c1", "error"},   {"d1-c2", "pass"},      {"d1-c3", "note"},
                        {"d1-c4", "warning"}, {"d1-c5", "pass"},      {"d1-c6", "note"},
                        {"d1-c7", "error"},   {"d1-c8", "unchecked"}, {"d1-c9", "note"},
                        {"d1-c10", "pass"},   {"d1-c11", "unchecked"}};
  for (const Case& c : cases) {
    CAPTURE(c.id);
    const std::string tag = start_tag(html, c.id);
    CHECK(tag.starts_with("<mark class=\"v-" + std::string(c.verdict) + "\""));
  }
  // Findings by severity, most severe first, and the claims no finding names, in the tiles.
  CHECK(html.find("<li class=\"tile v-error\"><span class=\"n\">2</span> <span class=\"l\">"
                  "\u2716\uFE0E errors</span>") != std::string::npos);
  for (const char* tile : {"v-warning\"><span class=\"n\">2<", "v-note\"><span class=\"n\">3<",
                           "v-pass\"><span class=\"n\">2<", "v-unchecked\"><span class=\"n\">2<"}) {
    CAPTURE(tile);
    CHECK(html.find(std::string("<li class=\"tile ") + tile) != std::string::npos);
  }
  CHECK(html.find("11 claims (9 checked, 2 unchecked); 9 findings: 2 errors, 2 warnings, 3 notes, "
                  "2 passes.") != std::string::npos);
  // Markers after each claim carry an icon and link to the finding.
  CHECK(html.find("href=\"#d1-f7\" title=\"error: ") != std::string::npos);
  CHECK(html.find("<span aria-hidden=\"true\">\u2716\uFE0E</span><span class=\"vh\">error "
                  "</span>f7</a>") != std::string::npos);
  CHECK(html.find("title=\"unchecked: no check judged this figure\">\u00B7</span>") !=
        std::string::npos);
}

TEST_CASE("errors and warnings come first in the summary and link both ways") {
  const std::string& html = sample_html();
  const std::string issues = between(html, "<ol class=\"issues\">", "</ol>");
  REQUIRE(!issues.empty());
  check_serious_order([&](int n) { return issues.find("id=\"d1-s" + std::to_string(n) + "\""); });
  // The summary item goes to the text and to the finding; the finding comes back.
  CHECK(issues.find("<a href=\"#d1-c7\">in the text") != std::string::npos);
  CHECK(issues.find("<a href=\"#d1-f7\">") != std::string::npos);
  const std::string f7_detail = between(html, "id=\"d1-f7\"", "</li>");
  CHECK(f7_detail.find("href=\"#d1-c7\">in the text</a>") != std::string::npos);
  CHECK(f7_detail.find("href=\"#d1-s7\">summary</a>") != std::string::npos);
  // A finding naming no known claim is highlighted at its own span.
  CHECK(start_tag(html, "d1-t9").starts_with("<mark class=\"v-warning\""));
  CHECK(start_tag(html, "d1-t8").starts_with("<mark class=\"v-note\""));
}

TEST_CASE("a finding shows its message, arithmetic, check and slip") {
  const std::string f1 = between(sample_html(), "id=\"d1-f1\"", "</li>");
  CHECK(f1.find("<span class=\"msg\">reported -45% does not follow from $219 million to $120 "
                "million (-45.2% allowing for rounding) [sic: &lt;b&gt;]</span>") !=
        std::string::npos);
  CHECK(f1.find("<code>percent-change</code>") != std::string::npos);
  CHECK(f1.find("line 2, column 19") != std::string::npos);
  CHECK(f1.find("<pre class=\"arith\">(120 - 219) / 219 = -45.2%;\nstated 45% allows") !=
        std::string::npos);
  CHECK(f1.find("<strong>Likely slip:</strong> change computed against the new value instead "
                "of the old") != std::string::npos);
  // The change picture: old and new values, stated and computed change.
  CHECK(f1.find("<svg class=\"change\"") != std::string::npos);
  CHECK(f1.find("<title>old $219 million, new $120 million; stated change \u221245%; computed "
                "change \u221245.2%</title>") != std::string::npos);
  // No slip, no picture where there is none.
  const std::string f6 = between(sample_html(), "id=\"d1-f6\"", "</li>");
  CHECK(f6.find("slip") == std::string::npos);
  CHECK(f6.find("<svg") == std::string::npos);
  // A change with no old value has nothing to compare.
  CHECK(between(sample_html(), "id=\"d1-f5\"", "</li>").find("<svg") == std::string::npos);
}

TEST_CASE("claims that nest or cross keep the text intact and each gets one anchor") {
  const std::string& html = sample_html();
  const std::string article = between(html, "<article class=\"text\">", "</article>");
  const std::string text = text_of(article);
  CHECK(text.find("Acme Widgets said revenue fell 45% to $120 million from $219 million (Acme "
                  "Annual Report, 3 May 2026). Profit rose 12% to \u20AC5.6 million.") !=
        std::string::npos);
  // c1 holds c2 and is crossed by c3, which is reopened after c1 closes.
  CHECK(article.find("<mark class=\"v-error\" id=\"d1-c1\"") != std::string::npos);
  CHECK(article.find("</mark><sup class=\"ref\"><a class=\"v-error\" href=\"#d1-f1\"") !=
        std::string::npos);
  CHECK(article.find("<mark class=\"v-note\" title=") != std::string::npos);  // c3's second piece
  // The span starting inside the euro sign is widened to the whole character.
  CHECK(between(article, "id=\"d1-c4\"", "</mark>").ends_with(">\u20AC5.6 million"));
}

TEST_CASE("article text, paths and messages are escaped") {
  const std::string& html = sample_html();
  const std::string article = between(html, "<article class=\"text\">", "</article>");
  CHECK(article.find("Analysts said &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; "
                     "&amp; &quot;quotes&quot; &#39;single&#39; &lt;/textarea&gt;&lt;img src=x "
                     "onerror=alert(1)&gt; ") != std::string::npos);
  CHECK(html.find("</textarea>") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("-h\">odd&lt;b&gt;&amp;&quot;name&quot;.txt</h2>") != std::string::npos);
  CHECK(html.find("\u20AC5.6 million profit &amp; &quot;more&quot; than") != std::string::npos);
  // Bytes that are not UTF-8, control characters and noncharacters become U+FFFD.
  CHECK(html.find("<p>a\uFFFDb\uFFFDc \uFFFD \uFFFD end</p>") != std::string::npos);
}

TEST_CASE("the article keeps its headline, list and table") {
  const std::string article = between(sample_html(), "<article class=\"text\">", "</article>");
  CHECK(article.find("<h4>Quarterly Results Fall Short</h4>") != std::string::npos);
  CHECK(article.find("<ul>\n<li>Headcount grew to <mark") != std::string::npos);
  CHECK(article.find("<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">2025</th>") !=
        std::string::npos);
  CHECK(article.find("<tbody><tr><td>Revenue</td><td><mark class=\"v-note\" id=\"d1-c9\"") !=
        std::string::npos);
  CHECK(article.find("---") == std::string::npos);
  // A line ending in a sentence stays a paragraph.
  CHECK(article.find("<p>Its <mark class=\"v-note\" id=\"d1-c6\"") != std::string::npos);
}

TEST_CASE("sources list the claims they support, and claims with none are marked") {
  const std::string sources = between(sample_html(), "<table class=\"sources\">", "</table>");
  CHECK(sources.find("<td>Acme Annual Report") != std::string::npos);
  CHECK(sources.find("<td class=\"date\">2026-05-03</td>") != std::string::npos);
  CHECK(sources.find("href=\"#d1-k1\"") != std::string::npos);
  for (const char* c : {"#d1-c1\"", "#d1-c2\"", "#d1-c3\""}) {
    CAPTURE(c);
    CHECK(sources.find(c) != std::string::npos);
  }
  CHECK(sources.find("#d1-c4\"") == std::string::npos);
  const std::string none = between(sample_html(), "<p class=\"nosource\">", "</p>");
  CHECK(none.find("No source (8)") != std::string::npos);
  CHECK(none.find("href=\"#d1-c4\"") != std::string::npos);
  CHECK(none.find("href=\"#d1-c1\"") == std::string::npos);
}

TEST_CASE("several documents get an index; unreadable and empty ones say so") {
  const std::string& html = sample_html();
  const std::string index = between(html, "<nav class=\"index\"", "</nav>");
  for (int d = 1; d <= 4; ++d) {
    CAPTURE(d);
    CHECK(index.find("href=\"#d" + std::to_string(d) + "\"") != std::string::npos);
  }
  CHECK(index.find("could not be read: no such file") != std::string::npos);
  CHECK(index.find("\u2716\uFE0E 2</span>") != std::string::npos);  // the sample's errors
  CHECK(html.find("<strong>\u2716\uFE0E Could not be read:</strong> no such file") !=
        std::string::npos);
  CHECK(between(html, "id=\"d3\"", "</section>").find("The document is empty.") !=
        std::string::npos);
  CHECK(html.find("4 documents (1 could not be read) \u00B7 2 errors \u00B7 2 warnings") !=
        std::string::npos);
  // One document needs no index.
  CHECK(render_html({sample_article()}).find("<nav") == std::string::npos);
  CHECK(nesting_error(render_html({})) == "");
}

TEST_CASE("the change picture sits with the finding that computes the change") {
  DocumentResult doc;
  doc.path = "one.txt";
  doc.bytes =
      std::make_shared<const std::string>("Sales rose from $40 million to $50 million, up 25%.\n");
  const std::string_view t = *doc.bytes;
  doc.claims.text = t;
  Claim c = claim("c1", ClaimKind::kPercentChange,
                  span_of(t, "rose from $40 million to $50 million, up 25%"));
  c.old_value = quantity(t, "$40 million", 40e6, "USD");
  c.new_value = quantity(t, "$50 million", 50e6, "USD");
  c.changes.push_back(quantity(t, "25%", 25, "%"));
  c.direction = Direction::kIncrease;
  doc.claims.claims.push_back(c);
  doc.findings.push_back(finding("f1", "change-direction", Severity::kPass, {"c1"}, c.span,
                                 "\"rose\" fits $40 million to $50 million", ""));
  doc.findings.push_back(finding("f2", "percent-change", Severity::kPass, {"c1"}, c.span,
                                 "reported 25% increase follows", "(50 - 40) / 40 = +25%"));
  const std::string html = render_html({doc});
  CHECK(between(html, "id=\"d1-f1\"", "</li>").find("<svg") == std::string::npos);
  const std::string f2 = between(html, "id=\"d1-f2\"", "</li>");
  CHECK(f2.find("<title>old $40 million, new $50 million; stated change +25%; computed change "
                "+25%</title>") != std::string::npos);
  CHECK(html.find("1 document \u00B7 0 errors \u00B7 0 warnings") != std::string::npos);
  // A rise draws right of the centre line: the stated bar starts at it.
  CHECK(f2.find("<rect x=\"246.0\"") != std::string::npos);
  CHECK(nesting_error(html) == "");

  // With a warning among them, the picture follows the most severe finding.
  doc.findings[0].severity = Severity::kWarning;
  const std::string warned = render_html({doc});
  CHECK(between(warned, "id=\"d1-f1\"", "</li>").find("<svg") != std::string::npos);
  CHECK(between(warned, "id=\"d1-f2\"", "</li>").find("<svg") == std::string::npos);
  CHECK(warned.find("1 document \u00B7 0 errors \u00B7 1 warning \u00B7") != std::string::npos);
}

TEST_CASE("any spans over any text give a well-formed page with working links") {
  // Pieces that stress the writer: block markers, markup, and characters of 2 to 4 bytes.
  const std::string_view pieces[] = {"a",          " ", "\n", "|",    "- ",  "\u20AC",
                                     "\u00D7",     "<", "&",  "'",    "\"",  "#",
                                     "\U0001F600", "1", "%",  "\r\n", "\xFF"};
  std::mt19937 random(20260503);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  for (int round = 0; round < 300; ++round) {
    CAPTURE(round);
    std::string text;
    for (std::size_t i = 0, n = 1 + pick(60); i < n; ++i) text += pieces[pick(std::size(pieces))];
    DocumentResult doc;
    doc.path = "fuzz.txt";
    doc.bytes = std::make_shared<const std::string>(text);
    doc.claims.text = *doc.bytes;
    const std::size_t limit = text.size() + 3;  // spans may run past the end
    for (std::size_t k = 0, n = pick(3); k < n; ++k) {
      Citation c;
      c.id = "k" + std::to_string(k + 1);
      c.span = {pick(limit), pick(limit)};
      c.source = "Source <" + std::to_string(k) + ">";
      doc.claims.citations.push_back(c);
    }
    for (std::size_t i = 0, n = pick(8); i < n; ++i) {
      Claim c = claim("c" + std::to_string(i + 1), ClaimKind::kMoney, {pick(limit), pick(limit)});
      if (!doc.claims.citations.empty() && pick(2)) c.citation = pick(4);  // may be out of range
      doc.claims.claims.push_back(c);
    }
    for (std::size_t j = 0, n = pick(6); j < n; ++j) {
      std::vector<std::string> ids;
      for (std::size_t k = 0, m = pick(3); k < m; ++k)
        ids.push_back("c" + std::to_string(1 + pick(9)));
      doc.findings.push_back(finding("f" + std::to_string(j + 1), "fuzz",
                                     static_cast<Severity>(pick(4)), ids,
                                     {pick(limit), pick(limit)}, "m<" + text.substr(0, 3), "e&"));
    }
    const std::string html = render_html({doc, doc});
    REQUIRE(nesting_error(html) == "");
    REQUIRE(valid_utf8(html));
    const std::vector<std::string> ids = values(html, "id");
    const std::set<std::string> unique(ids.begin(), ids.end());
    REQUIRE(unique.size() == ids.size());
    for (const std::string& href : values(html, "href")) {
      CAPTURE(href);
      REQUIRE(unique.contains(href.substr(1)));
    }
  }
}

namespace {

// Two sentences of our own, one change wrong ($120 million to $80 million is a 33.3% fall) and
// one right, with their sentences as the segmenter would give them.
// A document of these bytes with nothing found in it.
DocumentResult text_document(std::string path, std::string text) {
  DocumentResult doc;
  doc.path = std::move(path);
  doc.bytes = std::make_shared<const std::string>(std::move(text));
  doc.claims.text = *doc.bytes;
  return doc;
}

DocumentResult freight_article() {
  DocumentResult doc = text_document(
      "desk/freight.txt",
      "Nordvik Freight results\n"
      "Nordvik Freight said sales fell 20% to $80 million from $120 million. Costs rose 10% to "
      "$55 million from $50 million.\n");
  const std::string_view t = *doc.bytes;
  for (std::string_view s :
       {"Nordvik Freight results",
        "Nordvik Freight said sales fell 20% to $80 million from $120 million.",
        "Costs rose 10% to $55 million from $50 million."}) {
    doc.claims.sentences.push_back({span_of(t, s), 0});
  }
  // A change statement "DIRECTION PCT to NEW from OLD" in sentence `sentence`.
  struct Change {
    const char* statement;
    const char *old_text, *new_text, *pct_text;
    double old_value, new_value, pct;
    Direction direction;
  };
  const Change changes[] = {{"fell 20% to $80 million from $120 million", "$120 million",
                             "$80 million", "20%", 120e6, 80e6, 20, Direction::kDecrease},
                            {"rose 10% to $55 million from $50 million", "$50 million",
                             "$55 million", "10%", 50e6, 55e6, 10, Direction::kIncrease}};
  for (const Change& ch : changes) {
    const std::size_t n = doc.claims.claims.size() + 1;
    Claim c = claim("c" + std::to_string(n), ClaimKind::kPercentChange, span_of(t, ch.statement));
    c.old_value = quantity(t, ch.old_text, ch.old_value, "USD");
    c.new_value = quantity(t, ch.new_text, ch.new_value, "USD");
    c.changes.push_back(quantity(t, ch.pct_text, ch.pct, "%"));
    c.direction = ch.direction;
    c.sentence = n;
    doc.claims.claims.push_back(c);
  }
  const ByteSpan first = doc.claims.claims[0].span, second = doc.claims.claims[1].span;
  doc.findings.push_back(finding("f1", "percent-change", Severity::kError, {"c1"}, first,
                                 "reported 20% decrease does not follow", "(80 - 120) / 120"));
  doc.findings.push_back(finding("f2", "percent-change", Severity::kPass, {"c2"}, second,
                                 "reported 10% increase follows", "(55 - 50) / 50 = +10%"));
  return doc;
}

std::string_view summary_of(std::string_view id) {
  for (const auto& c : registry()) {
    if (c->id() == id) return c->summary();
  }
  return {};
}

}  // namespace

TEST_CASE("a batch opens on every error and warning, with the article and the sentence") {
  const std::string& html = sample_html();
  const std::size_t problems = html.find("<section class=\"problems\" id=\"problems\"");
  REQUIRE(problems != std::string::npos);
  CHECK(problems < html.find("<nav class=\"index\""));
  CHECK(html.find("<nav class=\"index\"") < html.find("<section class=\"doc\""));
  const std::string list = between(html, "<ol class=\"problem-list\">", "</ol>");
  check_serious_order([&](int n) { return list.find("href=\"#d1-f" + std::to_string(n) + "\""); });
  // Each names its article by its headline and quotes what it judges.
  CHECK(list.find("in <a href=\"#d1\">Quarterly Results Fall Short</a>") != std::string::npos);
  CHECK(list.find("<mark class=\"fig\">Tuesday, 4 May 2026</mark>") != std::string::npos);
  // Counts that filter: by verdict and by check.
  CHECK(html.find("data-only=\"error\">\u2716\uFE0E 2 errors</a>") != std::string::npos);
  CHECK(html.find("data-only=\"warning\">\u26A0\uFE0E 2 warnings</a>") != std::string::npos);
  CHECK(html.find("data-only-check=\"date-weekday\"><code>date-weekday</code> 1</a>") !=
        std::string::npos);
  CHECK(html.find("data-only-check=\"difference\"") == std::string::npos);  // a note only
  CHECK(html.find("<h2 id=\"problems-h\">Problems in 1 of 4 articles</h2>") != std::string::npos);
  // Every article leads back to the top.
  CHECK(between(html, "id=\"d3\"", "</section>").find("href=\"#top\"") != std::string::npos);
  // One document needs no list of problems: its own summary is first.
  CHECK(render_html({sample_article()}).find("class=\"problems\"") == std::string::npos);
}

TEST_CASE("the index lists the most serious articles first and folds the clean ones away") {
  const std::string index = between(sample_html(), "<nav class=\"index\"", "</nav>");
  const std::size_t d1 = index.find("href=\"#d1\""), d2 = index.find("href=\"#d2\"");
  const std::size_t fold = index.find("<details class=\"clean\"><summary>");
  CHECK(d1 < d2);
  CHECK(d2 < fold);
  CHECK(fold < index.find("href=\"#d3\""));
  CHECK(fold < index.find("href=\"#d4\""));
  CHECK(index.find("2 articles with no error or warning</summary>") != std::string::npos);

  // Errors before warnings, whatever the order of the inputs; a clean article last.
  DocumentResult warned = text_document("warned.txt", "Some text.\n");
  warned.findings.push_back(
      finding("f1", "timeline", Severity::kWarning, {}, {0, 4}, "a warning", ""));
  DocumentResult wrong = text_document("wrong.txt", "Other text.\n");
  for (const char* id : {"f1", "f2"}) {
    wrong.findings.push_back(finding(id, "rate", Severity::kError, {}, {0, 5}, "an error", ""));
  }
  const std::string html = render_html({text_document("clean.txt", "Fine text.\n"), warned, wrong});
  const std::string order = between(html, "<nav class=\"index\"", "</nav>");
  CHECK(order.find("href=\"#d3\"") < order.find("href=\"#d2\""));
  CHECK(order.find("href=\"#d2\"") < order.find("<details class=\"clean\">"));
  CHECK(order.find("<details class=\"clean\">") < order.find("href=\"#d1\""));
  CHECK(order.find("1 article with no error or warning") != std::string::npos);
  // No fold when every article has a problem, and no table above it when none has.
  CHECK(between(render_html({warned, wrong}), "<nav", "</nav>").find("<details") ==
        std::string::npos);
  const std::string calm = render_html({text_document("a.txt", "A.\n"), text_document("b", "B")});
  CHECK(between(calm, "<nav", "</nav>").find("<table>") >
        between(calm, "<nav", "</nav>").find("<details class=\"clean\">"));
  CHECK(calm.find("No errors or warnings in any article.") != std::string::npos);
}

TEST_CASE("an article is titled by its headline line, else by its path") {
  struct Case {
    const char* text;
    const char* title;  // empty: the path
  };
  const Case cases[] = {
      {"Harbour Fees Climb\nFees rose 4% this year.\n", "Harbour Fees Climb"},
      {"\xEF\xBB\xBF\n  Harbour Fees Climb  \r\nFees rose.\n", "Harbour Fees Climb"},
      {"# Harbour *Fees* Climb\n\nFees rose.\n", "Harbour *Fees* Climb"},
      {"<!DOCTYPE html><html><head><title>Fees &amp; Dues</title></head><body><p>x</p>",
       "Fees &amp; Dues"},
      {"<html><body><h1>Fees <em>climb</em></h1><p>Fees rose.</p></body></html>", "Fees climb"},
      {"Fees rose 4% this year, the port said.\nMore text.\n", ""},  // a sentence
      {"Harbour Fees Climb\n", ""},                                  // nothing after it
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::string html = render_html({text_document("port/fees.txt", c.text)});
    const std::string h2 = between(html, "<h2 id=\"d1-h\">", "</h2>");
    if (*c.title == 0) {
      CHECK(h2 == "<h2 id=\"d1-h\">port/fees.txt");
    } else {
      CHECK(h2 == "<h2 id=\"d1-h\">" + std::string(c.title));
      CHECK(html.find("<span class=\"path\">port/fees.txt</span>") != std::string::npos);
    }
  }
}

TEST_CASE("cards lead with the sentence, why and a fix from the figures; passes fold away") {
  const std::string html = render_html({freight_article()});
  const std::string f1 = between(html, "id=\"d1-f1\"", "</li>");
  CHECK(f1.find("<blockquote class=\"quote\"><p>Nordvik Freight said sales <mark class=\"fig\">"
                "fell 20% to $80 million from $120 million</mark>.</p></blockquote>") !=
        std::string::npos);
  REQUIRE(!summary_of("percent-change").empty());
  CHECK(f1.find("<strong>Why:</strong> " + std::string(summary_of("percent-change"))) !=
        std::string::npos);
  CHECK(f1.find("<strong>Suggested fix:</strong> say a 33% fall, or check the $120 million and "
                "the $80 million</p>") != std::string::npos);
  // The sentence and why come before the fix, and the fix before the arithmetic.
  CHECK(f1.find("class=\"quote\"") < f1.find("class=\"why\""));
  CHECK(f1.find("class=\"fix\"") < f1.find("<pre class=\"arith\">"));
  CHECK(f1.find("<details class=\"about\"><summary>About <code>percent-change</code></summary>") !=
        std::string::npos);
  CHECK(f1.find("<dt>What it checks</dt>") != std::string::npos);
  CHECK(start_tag(html, "d1-f1").find(" data-problem") != std::string::npos);
  CHECK(html.find("class=\"permalink\" href=\"#d1-f1\"") != std::string::npos);
  // The pass: one line that opens, no quote, fix or doc.
  const std::string passes = between(html, "<details class=\"passes\">", "</details>");
  CHECK(passes.find("<summary class=\"v-pass\">\u2714\uFE0E 1 statement consistent</summary>") !=
        std::string::npos);
  const std::string f2 = between(passes, "id=\"d1-f2\"", "</li>");
  REQUIRE(!f2.empty());
  for (const char* absent : {"quote", "Suggested fix", "class=\"about\"", "data-problem"}) {
    CAPTURE(absent);
    CHECK(f2.find(absent) == std::string::npos);
  }
  // A pass is marked in the text without shading: the style gives it only a thin rule.
  CHECK(html.find("mark.v-pass{border-bottom:1px solid var(--line)}") != std::string::npos);
}

TEST_CASE("the suggested fix keeps the stated precision and says what to check") {
  const std::string html = sample_html();
  // $219 million to $120 million is a fall of 45.2%: "45" would repeat the stated figure.
  CHECK(between(html, "id=\"d1-f1\"", "</li>")
            .find("say a 45.2% fall, or check the $219 million and the $120 million") !=
        std::string::npos);
  // A finding with no change to recompute names its figure.
  CHECK(between(html, "id=\"d1-f7\"", "</li>")
            .find("check \u201CTuesday, 4 May 2026\u201D against the source") != std::string::npos);
  // Cards: errors, then warnings, then notes.
  const std::string cards = between(html, "<ol class=\"findings\">", "</ol>");
  CHECK(cards.find("id=\"d1-f7\"") < cards.find("id=\"d1-f4\""));
  CHECK(cards.find("id=\"d1-f9\"") < cards.find("id=\"d1-f3\""));
  CHECK(cards.find("id=\"d1-f1\"") < cards.find("id=\"d1-f7\""));
}

TEST_CASE("suppressed findings are greyed, and a baseline marks each finding") {
  DocumentResult doc = freight_article();
  doc.findings.push_back(finding("f3", "rate", Severity::kError, {"c2"}, doc.claims.claims[1].span,
                                 "a silenced error", ""));
  doc.suppressed = {false, false, true};
  BaselineComparison cmp;
  cmp.states = {BaselineState::kNew, std::nullopt, BaselineState::kUnchanged};
  BaselineEntry gone;
  gone.check = "date-weekday";
  gone.severity = Severity::kError;
  gone.text = "Friday, 3 May";
  gone.message = "3 May is a Sunday";
  cmp.absent.push_back(gone);
  HtmlWriter writer;
  std::string html;
  writer.document(doc, &cmp, html);
  writer.document(freight_article(), nullptr, html);
  html = writer.head() + html + writer.tail();
  CHECK(nesting_error(html) == "");
  CHECK(start_tag(html, "d1-f3").starts_with("<li class=\"finding v-error suppressed\""));
  CHECK(start_tag(html, "d1-f3").find("data-problem") == std::string::npos);
  CHECK(between(html, "id=\"d1-f3\"", "</li>").find("<span class=\"state\">suppressed</span>") !=
        std::string::npos);
  // Not a problem: not at the top, not counted.
  CHECK(between(html, "<ol class=\"problem-list\">", "</ol>").find("#d1-f3\"") ==
        std::string::npos);
  CHECK(html.find("2 documents \u00B7 2 errors") != std::string::npos);
  // Baseline states on the card and in the list at the top; the accepted finding that went away.
  CHECK(between(html, "id=\"d1-f1\"", "</li>").find("<span class=\"state s-new\">new</span>") !=
        std::string::npos);
  CHECK(between(html, "<ol class=\"problem-list\">", "</ol>").find("s-new") != std::string::npos);
  CHECK(between(html, "id=\"d1-f3\"", "</li>").find("s-unchanged") != std::string::npos);
  CHECK(between(html, "id=\"d2-f1\"", "</li>").find("class=\"state") == std::string::npos);
  const std::string absent = between(html, "<h4 class=\"gone\">", "</ul>");
  CHECK(absent.find("Accepted findings no longer reported (1)") != std::string::npos);
  CHECK(absent.find("<code>date-weekday</code> \u201CFriday, 3 May\u201D: 3 May is a Sunday") !=
        std::string::npos);
}

TEST_CASE("accepted findings of a file that is gone are listed, and it is not a document") {
  BaselineComparison cmp;
  BaselineEntry e;
  e.check = "percent-change";
  e.severity = Severity::kError;
  e.text = "rose 12% to $4.8m from $4.0m";
  e.message = "reported 12% increase does not follow from $4.0m to $4.8m";
  cmp.absent = {e, e};
  HtmlWriter writer;
  std::string html;
  writer.document(freight_article(), nullptr, html);
  writer.gone("news/<old>.txt", cmp);
  writer.gone("news/empty.txt", BaselineComparison{});  // nothing accepted: nothing to list
  html = writer.head() + html + writer.tail();
  CHECK(nesting_error(html) == "");
  CHECK(html.find("1 document \u00B7") != std::string::npos);
  const std::string gone = between(html, "<section class=\"gone-files\"", "</section>");
  CHECK(gone.find("Accepted findings no longer present (2)") != std::string::npos);
  CHECK(gone.find("1 file of the baseline") != std::string::npos);
  CHECK(gone.find("news/&lt;old&gt;.txt</span> (2)") != std::string::npos);
  CHECK(gone.find("empty.txt") == std::string::npos);
  CHECK(gone.find("<code>percent-change</code> \u201Crose 12% to $4.8m from $4.0m\u201D") !=
        std::string::npos);
  // Without a file gone there is no such section.
  HtmlWriter plain;
  CHECK(plain.head().find("gone-files") == std::string::npos);
}

TEST_CASE("the run date shows only when given, and the controls list every check") {
  const std::string dated = render_html(sample_documents(), HtmlOptions{"2026-05-03 14:02 UTC"});
  CHECK(dated.find("<title>factcheck report \u00B7 2026-05-03 14:02 UTC</title>") !=
        std::string::npos);
  CHECK(dated.find("run <time>2026-05-03 14:02 UTC</time>") != std::string::npos);
  CHECK(sample_html().find("<time>") == std::string::npos);
  const std::string controls = between(sample_html(), "<div class=\"controls\"", "</div>");
  for (const char* check : {"percent-change", "repeated-figure", "difference", "citation"}) {
    CAPTURE(check);
    CHECK(controls.find("<option>" + std::string(check) + "</option>") != std::string::npos);
  }
  CHECK(controls.find("aria-pressed=\"true\">\u2714\uFE0E passes</button>") != std::string::npos);
  // Print: no controls, and each article of a batch starts a page.
  CHECK(sample_html().find("@media print{") != std::string::npos);
  CHECK(sample_html().find(".controls,.permalink,.back{display:none!important}") !=
        std::string::npos);
  CHECK(sample_html().find("<main class=\"batch\">") != std::string::npos);
}

TEST_CASE("the change picture shows each change's rounding band around the zero line") {
  struct Case {
    const char* text;
    const char *old_text, *new_text, *change_text;
    double old_value, new_value, change;
    double half_step;  // half the last written digit of every figure
    const char* unit;  // of the change
    Direction direction;
    const char* title;
  };
  const Case cases[] = {
      // 4.0 to 5.0 covers 3.95..4.05 to 4.95..5.05: +22.2% to +27.8%.
      {"Output rose 24% to 5.0 tonnes from 4.0 tonnes.", "4.0 tonnes", "5.0 tonnes", "24%", 4, 5,
       24, 0.05, "%", Direction::kIncrease,
       "old 4.0 tonnes, new 5.0 tonnes; stated change +24% (+23.9% to +24.1%); computed change "
       "+25% (+22.2% to +27.8%)"},
      // A difference in the values' unit: $25 million to $20 million is 5 million less.
      {"Costs were cut by $5 million to $20 million from $25 million.", "$25 million",
       "$20 million", "$5 million", 25e6, 20e6, 5e6, 0.5e6, "USD", Direction::kDecrease,
       "old $25 million, new $20 million; stated change \u22125 million (\u22125.5 million to "
       "\u22124.5 million); computed change \u22125 million (\u22126 million to \u22124 "
       "million)"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.text);
    DocumentResult doc = text_document("pic.txt", k.text);
    const std::string_view t = *doc.bytes;
    auto with_band = [&](Quantity q, double half) {
      q.low = q.value - half;
      q.high = q.value + half;
      if (q.unit != "%") q.scale = 1e6 * (q.value >= 1e6);
      return q;
    };
    const std::string values_unit = k.unit == std::string("%") ? "t" : k.unit;
    Claim c =
        claim("c1", std::string(k.unit) == "%" ? ClaimKind::kPercentChange : ClaimKind::kDifference,
              span_of(t, k.text));
    c.old_value = with_band(quantity(t, k.old_text, k.old_value, values_unit), k.half_step);
    c.new_value = with_band(quantity(t, k.new_text, k.new_value, values_unit), k.half_step);
    c.changes.push_back(with_band(quantity(t, k.change_text, k.change, k.unit),
                                  std::string(k.unit) == "%" ? 0.1 : k.half_step));
    c.direction = k.direction;
    doc.claims.claims.push_back(c);
    doc.findings.push_back(finding("f1",
                                   std::string(k.unit) == "%" ? "percent-change" : "difference",
                                   Severity::kPass, {"c1"}, c.span, "follows", ""));
    const std::string html = render_html({doc});
    CHECK(html.find("<title>" + std::string(k.title) + "</title>") != std::string::npos);
    // The bands are drawn, dashed and pale, and the zero line crosses both change rows.
    CHECK(html.find("fill-opacity=\"0.2\" stroke=") != std::string::npos);
    CHECK(html.find("<line x1=\"246.0\"") != std::string::npos);
  }
}

TEST_CASE("a long article's section and a batch's problems are handed on in pieces, the same") {
  // One change statement after another, each an error: thousands of cards and problems.
  std::string text;
  while (text.size() < 600000) text += "Fees at Marrow Lane went from $40 to $50, up 8%. ";
  DocumentResult doc;
  doc.path = "long.txt";
  doc.bytes = std::make_shared<const std::string>(std::move(text));
  doc.claims = extract(*doc.bytes);
  doc.findings = check(doc.claims);
  std::size_t errors = 0;
  for (const Finding& f : doc.findings) errors += f.severity == Severity::kError ? 1 : 0;
  REQUIRE(errors > 5000);

  HtmlWriter whole, pieces;
  std::string expected = whole.document(doc);
  expected += whole.document(doc);
  std::string got;
  std::size_t parts = 0, largest = 0;
  const HtmlWriter::Sink sink = [&](std::string_view part) {
    got += part;
    ++parts;
    largest = std::max(largest, part.size());
  };
  pieces.document(doc, nullptr, sink);
  pieces.document(doc, nullptr, sink);
  CHECK(got == expected);
  // Never a section whole: pieces of about 64 KB.
  CHECK(parts > expected.size() / (256 << 10));
  CHECK(largest < (256 << 10));

  // The batch's list of problems, more than is kept in memory, read back in order and in pieces.
  std::string head;
  largest = 0;
  pieces.head([&](std::string_view part) {
    head += part;
    largest = std::max(largest, part.size());
  });
  CHECK(head == whole.head());
  CHECK(largest < (256 << 10));
  std::size_t listed = 0;
  for (std::size_t at = head.find("<li class=\"problem v-error\""); at != std::string::npos;
       at = head.find("<li class=\"problem v-error\"", at + 1)) {
    ++listed;
  }
  CHECK(listed == 2 * errors);
  CHECK(head.size() > (2u << 20));
}

TEST_CASE("a line of thousands of claims is marked as in one sweep, each claim in one piece") {
  // One line, no sentence end: claims of one figure each ("7% "), every tenth pair wrapped in an
  // outer claim, and a long claim that holds thousands of them, so the places where the writer
  // may cut the line are only where no claim crosses. A claim cut where it crosses would be
  // closed and reopened: more <mark> pieces than claims.
  std::string text;
  for (int i = 0; i < 12000; ++i) text += std::to_string(i % 97) + "% ";
  DocumentResult doc = text_document("line.txt", text);
  const std::string_view t = *doc.bytes;
  std::vector<ByteSpan> spans;
  std::size_t at = 0;
  for (int i = 0; i < 12000; ++i) {
    const std::size_t end = t.find(' ', at);
    spans.push_back({at, end});
    at = end + 1;
  }
  std::vector<ByteSpan> all;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (i % 10 == 0 && i + 1 < spans.size()) all.push_back({spans[i].begin, spans[i + 1].end});
    if (i == 3000) all.push_back({spans[3000].begin, spans[8999].end});
    all.push_back(spans[i]);
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    doc.claims.claims.push_back(claim("c" + std::to_string(i + 1), ClaimKind::kPercent, all[i]));
  }
  doc.findings.push_back(finding("f1", "fuzz", Severity::kWarning, {"c1"}, all[0], "m", "e"));
  const std::string html = render_html({doc});
  REQUIRE(nesting_error(html) == "");
  const std::string article = between(html, "<article class=\"text\">", "</article>");
  CHECK(text_of(article).find(text.substr(0, text.size() - 1)) != std::string::npos);
  std::size_t pieces = 0;
  for (std::size_t p = article.find("<mark"); p != std::string::npos;
       p = article.find("<mark", p + 1)) {
    ++pieces;
  }
  CHECK(pieces == all.size());
  // The long claim is one element around the thousands it holds.
  CHECK(article.find("id=\"d1-c" + std::to_string(3000 + 3000 / 10 + 2) + "\"") !=
        std::string::npos);
}
