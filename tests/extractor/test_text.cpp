// Reading bytes as text: validation, the line index, segmentation.
#include <doctest/doctest.h>

#include "extractor/extractor.h"

using namespace factcheck;

TEST_CASE("validate_text names the first bad byte") {
  CHECK_FALSE(validate_text("").has_value());
  CHECK_FALSE(validate_text("plain \xE2\x80\x91 text \xC2\xA3").has_value());
  CHECK(validate_text("ab\xFF").value() == "invalid UTF-8 at byte 2");
  CHECK(validate_text("ab\xC0\xAF").value() == "invalid UTF-8 at byte 2");    // overlong
  CHECK(validate_text("\xED\xA0\x80").value() == "invalid UTF-8 at byte 0");  // surrogate
  CHECK(validate_text("abc\xE2\x80").value() == "invalid UTF-8 at byte 3");   // truncated
  CHECK(validate_text(std::string_view("a\0b", 3)).value() == "binary file (NUL byte at byte 1)");
}

TEST_CASE("line index counts columns in code points") {
  std::string text =
      "ab\n\xC2\xA3"
      "5 and \xE2\x80\x91x\r\nz";
  LineIndex lines(text);
  CHECK(lines.position(0).line == 1);
  CHECK(lines.position(1).column == 2);
  CHECK(lines.position(3).line == 2);
  CHECK(lines.position(5).column == 2);  // after the two-byte pound sign
  auto z = lines.position(text.size() - 1);
  CHECK(z.line == 3);
  CHECK(z.column == 1);
}

TEST_CASE("line index stays exact on a very long line") {
  std::string text(20000, 'a');
  text.insert(5000, "\xE2\x80\x94");  // an em dash: three bytes, one column
  LineIndex lines(text);
  CHECK(lines.position(10003).column == 10002);  // 10001 code points before it
}

TEST_CASE("sentences end at stops but not at abbreviations, decimals or inside brackets") {
  std::string text =
      "Revenue rose 2.4% to $1.1bn in Dec. last year (Acme Corp. report, 3 May 2026). "
      "It fell again.\nin 2009 . the segment grew\n\nU.S. sales were flat.";
  Claims c = extract(text);
  REQUIRE(c.sentences.size() == 5);
  CHECK(text.substr(c.sentences[0].span.begin, c.sentences[0].span.size()) ==
        "Revenue rose 2.4% to $1.1bn in Dec. last year (Acme Corp. report, 3 May 2026).");
  CHECK(text.substr(c.sentences[1].span.begin, c.sentences[1].span.size()) == "It fell again.");
  CHECK(text.substr(c.sentences[2].span.begin, c.sentences[2].span.size()) == "in 2009 .");
  CHECK(c.sentences[3].paragraph == 1);
  CHECK(c.paragraphs.size() == 3);
}

TEST_CASE("decode_utf8 reads each well-formed code point and refuses the rest") {
  struct Case {
    std::string_view bytes;
    char32_t value;
    std::size_t length;
  };
  const Case cases[] = {
      {"a", U'a', 1},
      {"\xC2\xA3", U'\u00A3', 2},              // pound sign
      {"\xE2\x80\x94", U'\u2014', 3},          // em dash
      {"\xF0\x9F\x93\x88", U'\U0001F4C8', 4},  // chart emoji
      {"\xC0\xAF", 0, 0},                      // overlong slash
      {"\xE0\x80\xAF", 0, 0},                  // overlong, three bytes
      {"\xED\xA0\x80", 0, 0},                  // a surrogate
      {"\xF4\x90\x80\x80", 0, 0},              // past U+10FFFF
      {"\xE2\x80", 0, 0},                      // cut short
      {"\x80", 0, 0},                          // a continuation byte alone
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    const CodePoint cp = decode_utf8(c.bytes, 0);
    CHECK(cp.length == c.length);
    CHECK(cp.value == c.value);
  }
}

TEST_CASE("the calendar's words are one list for every stage") {
  CHECK(month_of("Sept.") == 9);
  CHECK(month_of("DEC") == 12);
  CHECK(month_of("may") == 5);
  CHECK(month_of("mayor") == 0);
  CHECK(month_name(2) == "February");
  CHECK(month_name(13).empty());
  CHECK(weekday_of("Thurs") == 4);
  CHECK(weekday_of("sun") == 0);
  CHECK(weekday_of("Sunday") == 0);
  CHECK(weekday_of("weds") == -1);
  CHECK(weekday_name(3) == "Wednesday");
}
