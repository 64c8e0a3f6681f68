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

TEST_CASE("line index ends a line at LF, CRLF or a CR alone") {
  // Old Mac files end lines with CR only: every finding was once on line 1.
  const std::string cr = "Sales rose 4%.\rCosts fell 2%.\rMargins held.";
  const LineIndex a(cr);
  CHECK(a.line_count() == 3);
  CHECK(a.position(cr.find("Costs")).line == 2);
  CHECK(a.position(cr.find("Costs")).column == 1);
  CHECK(a.position(cr.find("2%")).line == 2);
  CHECK(a.position(cr.find("2%")).column == 12);
  CHECK(a.position(cr.find("held")).line == 3);
  // Mixed endings: CRLF is one break, not two; a CR alone and an LF alone are one each.
  const std::string mixed = "a\r\nb\rc\nd\r\r\ne";
  const LineIndex b(mixed);
  CHECK(b.line_count() == 6);
  CHECK(b.position(mixed.find('b')).line == 2);
  CHECK(b.position(mixed.find('c')).line == 3);
  CHECK(b.position(mixed.find('d')).line == 4);
  CHECK(b.position(mixed.find('e')).line == 6);
  CHECK(b.position(mixed.find('e')).column == 1);
  // A text ending in a CR has the empty line after it.
  CHECK(LineIndex("x\r").line_count() == 2);
  CHECK(LineIndex("x\r").position(2).line == 2);
}

TEST_CASE("line index columns agree with a plain count at every offset") {
  // Lines of mixed widths around the index's checkpoints (every 64 and 4096 bytes).
  std::string text;
  const std::string_view pieces[] = {"ab", "\xC2\xA3", "\xE2\x80\x94", "\xF0\x9F\x98\x80", " "};
  for (std::size_t i = 0; text.size() < 9000; ++i) {
    text += pieces[(i * 7 + i / 3) % 5];
    if (i % 997 == 996) text += "\n";
    if (i % 1499 == 1498) text += "\r";
  }
  const LineIndex lines(text);
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    if ((static_cast<unsigned char>(offset < text.size() ? text[offset] : 0) & 0xC0) != 0x80) {
      const auto p = lines.position(offset);
      CAPTURE(offset);
      REQUIRE(p.line == line);
      REQUIRE(p.column == column);
    }
    if (offset == text.size()) break;
    const char c = text[offset];
    if (c == '\n' || (c == '\r' && text[offset + 1] != '\n')) {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column;
    }
  }
}

TEST_CASE("a run of any length without spaces is cut into bounded sentences") {
  // Once quadratic: each 4 KB piece looked back for a space to the start of the text.
  const std::string run(1'000'000, '7');
  const Claims c = extract(run);
  REQUIRE(c.sentences.size() >= run.size() / 4097);
  std::size_t covered = 0;
  for (const Sentence& s : c.sentences) {
    CHECK(s.span.size() <= 4096);
    covered += s.span.size();
  }
  CHECK(covered == run.size());
  // With spaces, a long sentence is still cut at the last space of each piece.
  std::string words;
  while (words.size() < 20000) words += "fortnight ";
  const Claims w = extract(words);
  REQUIRE(w.sentences.size() >= 5);
  for (std::size_t i = 0; i + 1 < w.sentences.size(); ++i) {
    CHECK(words[w.sentences[i].span.end] == ' ');
    CHECK(w.sentences[i].span.size() <= 4096);
  }
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
