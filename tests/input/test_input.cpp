// Markdown and HTML read as a reader sees them, with every visible byte mapped back to the file.
#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
#include <string>

#include "input/input.h"

namespace factcheck {

namespace {

// The source bytes behind the first occurrence of `visible_part` in the visible text.
std::string source_of(const VisibleText& v, std::string_view source, std::string_view part) {
  const std::size_t at = v.text.find(part);
  REQUIRE(at != std::string::npos);
  const ByteSpan s = v.map.to_source({at, at + part.size()});
  return std::string(source.substr(s.begin, s.size()));
}

// Each visible part and the source bytes it must map to.
struct Mapped {
  std::string_view visible;
  std::string_view source;
};

void check_mapped(const VisibleText& v, std::string_view source, const std::vector<Mapped>& cases) {
  for (const Mapped& m : cases) {
    CAPTURE(m.visible);
    CHECK(source_of(v, source, m.visible) == m.source);
  }
}

}  // namespace

TEST_CASE("the format follows the extension in any case, and others are named") {
  struct Case {
    std::string_view path;
    std::optional<InputFormat> format;
  };
  const Case cases[] = {
      {"a.txt", InputFormat::kText},          {"notes/B.TXT", InputFormat::kText},
      {"draft", InputFormat::kText},          {"draft.md", InputFormat::kMarkdown},
      {"x.Markdown", InputFormat::kMarkdown}, {"page.HTML", InputFormat::kHtml},
      {"page.htm", InputFormat::kHtml},       {"a.b/page", InputFormat::kText},
      {"story.docx", std::nullopt},           {"story.pdf", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    std::string why;
    CHECK(input_format_of_path(c.path, &why) == c.format);
    CHECK(why.empty() == c.format.has_value());
  }
  std::string why;
  input_format_of_path("story.docx", &why);
  CHECK(why.find("save it as plain text") != std::string::npos);
  input_format_of_path("story.pdf", &why);
  CHECK(why.find("unknown extension '.pdf'") != std::string::npos);
  CHECK(is_article_name("a/b.MD"));
  CHECK_FALSE(is_article_name("a/b.json"));
  CHECK(input_format_from_name("html") == InputFormat::kHtml);
  CHECK_FALSE(input_format_from_name("pdf"));
}

TEST_CASE("a source map sends verbatim bytes one to one and decoded ones to all they stand for") {
  SourceMap map;
  map.add({0, 4, 10, 4, true});   // "Sale" copied from 10..14
  map.add({4, 2, 20, 7, false});  // "£" from "&pound;" at 20..27
  map.add({6, 3, 27, 3, true});   // "48m" from 27..30
  CHECK(map.to_source({0, 4}) == ByteSpan{10, 14});
  CHECK(map.to_source({1, 3}) == ByteSpan{11, 13});
  CHECK(map.to_source({4, 9}) == ByteSpan{20, 30});  // "£48m" is "&pound;48m"
  CHECK(map.to_source({5, 6}) == ByteSpan{20, 27});  // half a decoded character is all of it
  CHECK(map.to_source({7, 7}) == ByteSpan{28, 28});
  CHECK(map.pieces().size() == 3);
  map.add({9, 1, 30, 1, true});  // continues the last verbatim piece
  CHECK(map.pieces().size() == 3);
}

TEST_CASE("Markdown is read as its text: one block a line, markup and comments dropped") {
  const std::string md =
      "# Quarterly *update*\n"
      "\n"
      "Revenue at Tollan Mills rose **12%** to &pound;48m\n"
      "from \\*£43m, [the board](https://example.com/9%) said.\n"
      "\n"
      "<!-- check the 250% figure before Monday -->\n"
      "\n"
      "| Region | Sales | Change |\n"
      "|---|---|---|\n"
      "| North | £12m | 8% |\n"
      "\n"
      "- Staff rose to 1,200 from 1,050.\n"
      "- Stores: `41`\n"
      "\n"
      "Shares fell <script>var t = '$9 million up 80%';</script>2%.\n";
  const VisibleText v = visible_text(md, InputFormat::kMarkdown);
  CHECK(v.text ==
        "Quarterly update\n"
        "Revenue at Tollan Mills rose 12% to £48m from *£43m, the board said.\n"
        "Region | Sales | Change\n"
        "North | £12m | 8%\n"
        "Staff rose to 1,200 from 1,050.\n"
        "Stores: 41\n"
        "Shares fell 2%.\n");
  check_mapped(v, md,
               {{"£48m", "&pound;48m"},
                {"12%", "12%"},
                {"*£43m", "\\*£43m"},
                {"£48m from", "&pound;48m\nfrom"},  // the soft break is the space
                {"North | £12m", "North | £12m"},
                {"1,050", "1,050"},
                {"41", "41"}});
}

TEST_CASE("HTML is read as a page shows it: no head, scripts, styles or comments") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Up 80% today</title>\n"
      "<style>.x::after{content:'5%'}</style></head>\n"
      "<body><h1>Orla Foods</h1>\n"
      "<p>Sales at Orla rose\n     15% to &euro;3.1bn,\n"
      "<b>the</b> firm&rsquo;s best&nbsp;year.</p>\n"
      "<script>var price = '$40 million';</script>\n"
      "<!-- 99% -->\n"
      "<table><tr><th>Unit</th><th>Margin</th></tr>\n"
      "<tr><td>Dairy</td><td>11.5%</td></tr></table>\n"
      "<ul><li>Plants: 14</li><li>Staff:<br>2,300</li></ul>\n"
      "</body></html>\n";
  const VisibleText v = visible_text(html, InputFormat::kHtml);
  CHECK(v.text ==
        "Orla Foods\n"
        "Sales at Orla rose 15% to €3.1bn, the firm\u2019s best\u00A0year.\n"
        "Unit | Margin\n"
        "Dairy | 11.5%\n"
        "Plants: 14\n"
        "Staff:\n"
        "2,300\n");
  check_mapped(v, html,
               {{"€3.1bn", "&euro;3.1bn"},
                {"rose 15%", "rose\n     15%"},
                {"the firm", "the</b> firm"},
                {"11.5%", "11.5%"},
                {"2,300", "2,300"}});
}

TEST_CASE("a byte order mark is not text and offsets still count it") {
  const std::string md = "\xEF\xBB\xBFProfit fell 4%.\n";
  const VisibleText v = visible_text(md, InputFormat::kMarkdown);
  CHECK(v.text == "Profit fell 4%.\n");
  CHECK(source_of(v, md, "4%") == "4%");
  const std::string html = "\xEF\xBB\xBF<p>Profit fell 4%.</p>";
  const VisibleText h = visible_text(html, InputFormat::kHtml);
  CHECK(h.text == "Profit fell 4%.\n");
  CHECK(source_of(h, html, "4%") == "4%");
}

}  // namespace factcheck

namespace factcheck {

TEST_CASE("suppression comments silence the next line with text, or a block, for named checks") {
  const std::string md =
      "Sales rose 12%.\n"
      "<!-- factcheck-disable-next-line date-weekday, citation -->\n"
      "\n"
      "The vote is on Wednesday, 15 May 2026.\n"
      "Costs rose 4%.\n"
      "<!-- factcheck-disable -->\n"
      "Staff fell 3%.\n"
      "<!-- factcheck-enable -->\n"
      "<!-- factcheck-disable timeline -->\n"
      "Prices rose 2%.\n"
      "<!-- factcheck-everything --> <!-- a note on 5% -->\n";
  const auto s = find_suppressions(md, InputFormat::kMarkdown);
  REQUIRE(s.size() == 3);
  const std::size_t vote = md.find("The vote");
  const std::size_t costs = md.find("Costs");
  const std::size_t staff = md.find("Staff");
  const std::size_t prices = md.find("Prices");
  CHECK(is_suppressed(s, "date-weekday", vote + 15));
  CHECK(is_suppressed(s, "citation", vote));
  CHECK_FALSE(is_suppressed(s, "percent-change", vote));
  CHECK_FALSE(is_suppressed(s, "date-weekday", costs));  // only the next line with text
  CHECK(is_suppressed(s, "percent-change", staff));      // a block naming no check: all
  CHECK_FALSE(is_suppressed(s, "percent-change", prices));
  CHECK(is_suppressed(s, "timeline", prices));  // open to the end of the file
  CHECK_FALSE(is_suppressed(s, "citation", 0));
}

TEST_CASE("text takes a line starting '# factcheck-' as well as the comment") {
  const std::string text =
      "Sales rose 12%.\n"
      "# factcheck-disable-next-line date-weekday\n"
      "The vote is on Wednesday, 15 May 2026.\n"
      "The count rose to 4 from 3.\n"
      "# A heading about factcheck-disable, not a directive\n"
      "Costs rose 4%.\n";
  const auto s = find_suppressions(text, InputFormat::kText);
  REQUIRE(s.size() == 1);
  CHECK(is_suppressed(s, "date-weekday", text.find("Wednesday")));
  CHECK_FALSE(is_suppressed(s, "date-weekday", text.find("The count")));
  CHECK(find_suppressions(text, InputFormat::kMarkdown).empty());
}

}  // namespace factcheck

namespace factcheck {

TEST_CASE("any mix of markup gives valid text whose every byte maps into the file, in order") {
  // See: the first run of this test found text mapped past the markup it stood in
  // ("&amp" without its semicolon swallowed up to a later one) and breaks of elements the
  // parser inserted mapped to byte 0.
  // Pieces of Markdown and HTML, joined at random (a fixed seed, so every run is the same).
  const std::string_view pieces[] = {"Sales rose 12%",
                                     " to &pound;48m",
                                     "\n",
                                     "\n\n",
                                     "**",
                                     "*",
                                     "_",
                                     "`",
                                     "[link](x)",
                                     "<b>",
                                     "</b>",
                                     "<p>",
                                     "</p>",
                                     "<br>",
                                     "<script>x=1;",
                                     "</script>",
                                     "<!--",
                                     "-->",
                                     "| a | b |",
                                     "|---|",
                                     "- ",
                                     "# ",
                                     "> ",
                                     "&",
                                     "&#163;",
                                     "&amp",
                                     "\\*",
                                     "\r\n",
                                     "\u00A0",
                                     "\u2013",
                                     "é",
                                     "<td>",
                                     "</tr>",
                                     "<table>",
                                     "    code",
                                     "```",
                                     "<style>",
                                     "a{}",
                                     "</style>",
                                     "&nbsp;",
                                     "\t",
                                     "3.5bn"};
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int doc = 0; doc < 3000; ++doc) {
    std::string source;
    const int n = static_cast<int>(next() % 40);
    for (int i = 0; i < n; ++i) source += pieces[next() % std::size(pieces)];
    for (InputFormat format : {InputFormat::kMarkdown, InputFormat::kHtml}) {
      CAPTURE(source);
      CAPTURE(static_cast<int>(format));
      // HTML moves stray text out of a table to before it, as browsers show it; cmark-gfm's
      // inline positions in block quotes and beside raw HTML can be off (the text still maps
      // inside the file). Order holds everywhere else.
      const bool in_order = source.find("<table") == std::string::npos &&
                            (format == InputFormat::kHtml || source.find('>') == std::string::npos);
      const VisibleText v = visible_text(source, format);
      CHECK_FALSE(validate_text(v.text));
      std::size_t last = 0;
      for (std::size_t i = 0; i < v.text.size(); ++i) {
        const ByteSpan s = v.map.to_source({i, i + 1});
        CHECK(s.begin <= s.end);
        CHECK(s.end <= source.size());
        if (in_order) CHECK(s.begin >= last);  // visible text keeps the file's order
        last = s.begin;
      }
    }
  }
}

}  // namespace factcheck
