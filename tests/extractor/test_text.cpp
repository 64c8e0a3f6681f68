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

// See: issue 13, item 9 (UTF-16 was called "binary file", Windows-1252 had no hint).
TEST_CASE("validate_text names UTF-16 and Windows-1252 text and says how to convert it") {
  using namespace std::string_literals;
  const std::string utf16 = "UTF-16 text: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)";
  const std::string le = "UTF-16LE text: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8)";
  const std::string be = "UTF-16BE text: convert it to UTF-8 (iconv -f UTF-16BE -t UTF-8)";
  struct Case {
    std::string bytes;
    std::string reason;
  };
  const Case wide[] = {
      {"\xFF\xFEP\0r\0o\0f\0i\0t\0 \0r\0o\0s\0e\0"s, utf16},  // BOM, little end first
      {"\xFE\xFF\0P\0r\0o\0f\0i\0t"s, utf16},                 // BOM, big end first
      {"\xFF\xFE"s, utf16},                                   // BOM alone
      {"S\0a\0l\0e\0s\0 \0f\0e\0l\0l\0 \0004\0%\0"s, le},     // no BOM
      {"\0S\0a\0l\0e\0s\0 \0f\0e\0l\0l"s, be},
      {"\xFF\xFE\0\0S\0\0\0"s, "UTF-32 text: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)"},
  };
  for (const Case& c : wide) {
    CAPTURE(c.bytes);
    CHECK(validate_text(c.bytes).value_or("") == c.reason);
  }
  // Binary data with NULs here and there stays binary.
  const std::string binary[] = {"GIF89a\0\x01\x02"s, "ab\0\0\0\0cd\0\0"s, "\0\0\0\0"s,
                                "PK\x03\x04\x14\0\0\0\x08\0"s};
  for (const std::string& b : binary) {
    CAPTURE(b);
    CHECK(validate_text(b).value_or("").starts_with("binary file (NUL byte at byte "));
  }

  const std::string hint =
      ": probably Windows-1252 text, convert it to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)";
  const Case latin[] = {
      {"The caf\xE9 sold 40 cr\xEApes.", "invalid UTF-8 at byte 7" + hint},
      {"Sales rose to \xA3"
       "5m, up 4%.",
       "invalid UTF-8 at byte 14" + hint},                                       // pound sign
      {"\x93Up 4%\x94, he said \x96 twice.", "invalid UTF-8 at byte 0" + hint},  // quotes, dash
      {"Costs of \x80"
       "40m \x85 or more.",
       "invalid UTF-8 at byte 9" + hint},  // euro, ellipsis
      {"Se\xF1or M\xFCller paid 3\xD7 more.", "invalid UTF-8 at byte 2" + hint},
  };
  for (const Case& c : latin) {
    CAPTURE(c.bytes);
    CHECK(validate_text(c.bytes).value_or("") == c.reason);
  }
  // Not Windows-1252: 0x81 is undefined there, 0xFF is binary's byte, a letter byte before a
  // continuation byte is UTF-8, and a letter byte must stand beside a letter.
  const Case not_latin[] = {
      {"Sales \x81 rose.", "invalid UTF-8 at byte 6"},
      {"Sales \xFF rose.", "invalid UTF-8 at byte 6"},
      {"ab\xC0\xAF", "invalid UTF-8 at byte 2"},
      {"Sales \xE9 4%.", "invalid UTF-8 at byte 6"},
      {"caf\xC3\xA9 and caf\xE9", "invalid UTF-8 at byte 13"},  // UTF-8 with one byte broken
  };
  for (const Case& c : not_latin) {
    CAPTURE(c.bytes);
    CHECK(validate_text(c.bytes).value_or("") == c.reason);
  }
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
