// Building visible text a piece at a time, with its map back to the source. Internal to input/.
#pragma once

#include <string>
#include <string_view>

#include "input/input.h"

namespace factcheck::input {

class Builder {
 public:
  explicit Builder(std::string_view source) : source_(source) {}

  /// The decoded `text` of the source bytes [begin, end), which hold it with entities, escapes
  /// or markup characters: each run copied as written maps byte for byte, each decoded
  /// character to the bytes it came from. With `collapse`, runs of white space become one
  /// space (HTML); without, a newline ends the line (code blocks).
  void text(std::string_view text, std::size_t begin, std::size_t end, bool collapse);
  /// One space standing for the source bytes [begin, end), unless the line is empty or already
  /// ends in a space.
  void space(std::size_t begin, std::size_t end);
  /// A space standing for the next line break in the source after what was read: a soft break
  /// inside a Markdown paragraph.
  void soft_break();
  /// Ends the current line, if it has anything on it, at source offset `at`.
  void line_break(std::size_t at);
  /// " | " between two table cells, standing for the source byte at `at`.
  void cell_separator(std::size_t at);

  VisibleText finish(std::size_t at);

 private:
  void put(std::string_view visible, std::size_t begin, std::size_t end, bool verbatim);
  bool at_line_start() const { return out_.text.empty() || out_.text.back() == '\n'; }
  std::string_view source_;
  VisibleText out_;
  std::size_t read_ = 0;  // the end of the source bytes read so far
};

}  // namespace factcheck::input
