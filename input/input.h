// The input formats: an article as a reader sees it, whatever file it came in.
//
// Markdown and HTML are turned into visible text (markup, scripts and styles dropped, entities
// decoded, each block and table row a line) with a map from every visible byte back to the
// original file, so the extractor reads plain text and every span still points into the file
// the editor has.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck {

enum class InputFormat {
  kText,      // .txt: the bytes are the text
  kMarkdown,  // .md, .markdown: CommonMark with GitHub's tables
  kHtml,      // .html, .htm: HTML5
};

/// "txt", "md" or "html" (the --input values); nullopt for anything else.
std::optional<InputFormat> input_format_from_name(std::string_view name);

/// What a file name's extension says, in any case: ".txt", ".text" or none -> text,
/// ".md"/".markdown" -> Markdown, ".html"/".htm" -> HTML. Any other extension gives nullopt
/// and, in `why`, what is wrong with it ("a Word document: save it as text (.txt) ...").
std::optional<InputFormat> input_format_of_path(std::string_view path, std::string* why = nullptr);

/// Whether a folder walk takes a file of this name as an article.
bool is_article_name(std::string_view path);

/// Where each byte of the visible text came from: pieces in visible order. A piece copied as
/// written maps byte for byte; one that was decoded or made up ("&pound;" -> "£", a cell
/// separator) maps as a whole to the source bytes it stands for.
class SourceMap {
 public:
  struct Piece {
    std::size_t visible = 0;      // first byte in the visible text
    std::size_t visible_len = 0;  //
    std::size_t source = 0;       // first byte in the original file
    std::size_t source_len = 0;   //
    bool verbatim = false;        // copied as written: byte k maps to source + k
  };
  void add(Piece piece);
  /// Takes back the last visible byte (a trailing space before a line ends).
  void drop_last_byte();
  /// The source bytes a visible span stands for: from where its first byte came to where its
  /// last byte came from, so a figure written "&pound;148m" maps to all of it.
  ByteSpan to_source(ByteSpan visible) const;
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  const Piece* piece_at(std::size_t offset) const;  // the piece holding a visible byte
  std::size_t source_begin(std::size_t offset) const;
  std::size_t source_end(std::size_t offset) const;  // offset is the last byte, included
  std::vector<Piece> pieces_;
};

/// An article as a reader sees it.
struct VisibleText {
  std::string text;  // valid UTF-8, one block (paragraph, heading, list item, table row) a line
  SourceMap map;
};

/// The visible text of valid UTF-8 `source` in `format`. Text is returned as it is, with a map
/// of one verbatim piece.
VisibleText visible_text(std::string_view source, InputFormat format);

/// Points every span of the claims and findings, made over `visible.text`, into `source`
/// instead, and makes `claims.text` the source.
void map_to_source(const VisibleText& visible, std::string_view source, Claims& claims,
                   std::vector<Finding>& findings);

/// A comment in the article that silences findings (see suppressions.cpp for the forms).
struct Suppression {
  std::vector<std::string> checks;  // the check ids it names; empty: every check
  ByteSpan range;                   // findings beginning in these source bytes are silenced
  ByteSpan directive;               // the comment itself
};

/// Every suppression comment of `source`, with the bytes each one covers.
std::vector<Suppression> find_suppressions(std::string_view source, InputFormat format);

/// Whether a finding of `check` beginning at source offset `offset` is silenced.
bool is_suppressed(const std::vector<Suppression>& suppressions, std::string_view check,
                   std::size_t offset);

}  // namespace factcheck
