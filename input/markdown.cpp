// Markdown as a reader sees it, through cmark-gfm (CommonMark with GitHub's tables).
//
// Each paragraph, heading, list item's paragraph, code block line and table row becomes a line
// of visible text; a soft line break inside a paragraph is a space; table cells are joined by
// " | ". Emphasis markers, link targets and inline tags are not text. Blocks of raw HTML are
// read by the HTML reader, so a comment or a script inside them is not text either.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <vector>

#include "input/formats.h"

namespace factcheck::input {

namespace {

struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterFree {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// Byte offsets of the start of each line of `text` from `start`, so cmark's 1-based line and
// column (counted in bytes) turn into offsets. cmark ends lines at "\n", "\r\n" or "\r".
class Lines {
 public:
  Lines(std::string_view text, std::size_t start) : size_(text.size()) {
    starts_.push_back(start);
    for (std::size_t i = start; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        starts_.push_back(i + 1);
      }
    }
  }
  // The offset of 1-based `line`, `column`; the end of the text when out of range.
  std::size_t offset(int line, int column) const {
    if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return size_;
    return std::min(size_, starts_[static_cast<std::size_t>(line) - 1] +
                               static_cast<std::size_t>(std::max(column, 1)) - 1);
  }

 private:
  std::size_t size_;
  std::vector<std::size_t> starts_;
};

// The source bytes of a node: from its first byte to just after its last.
std::pair<std::size_t, std::size_t> range(const Lines& lines, cmark_node* node) {
  const std::size_t begin =
      lines.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
  const std::size_t end =
      lines.offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node)) + 1;
  return {begin, std::max(begin, end)};
}

}  // namespace

VisibleText markdown_text(std::string_view source, std::size_t start) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table")) {
    cmark_parser_attach_syntax_extension(parser.get(), table);
  }
  cmark_parser_feed(parser.get(), source.data() + start, source.size() - start);
  std::unique_ptr<cmark_node, NodeFree> document(cmark_parser_finish(parser.get()));
  // cmark counts lines and columns in the bytes it was fed, which start after any BOM.
  const Lines lines(source, start);
  Builder out(source);
  std::string hidden;  // the closing tag of an inline script or style we are inside, else empty
  std::unique_ptr<cmark_iter, IterFree> it(cmark_iter_new(document.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it.get());
    const std::string_view type = cmark_node_get_type_string(node);
    const bool enter = ev == CMARK_EVENT_ENTER;
    const char* literal = cmark_node_get_literal(node);
    if (type == "html_inline") {
      // An inline <script> or <style> hides what follows up to its closing tag, as a browser does.
      const std::string tag = lower(std::string_view(literal ? literal : "").substr(0, 8));
      if (hidden.empty() && (tag.starts_with("<script") || tag.starts_with("<style"))) {
        hidden = tag.starts_with("<script") ? "</script" : "</style";
      } else if (!hidden.empty() && tag.starts_with(hidden)) {
        hidden.clear();
      }
    } else if (!hidden.empty()) {
      // inside an inline script or style: nothing here is text
    } else if (type == "text" || type == "code") {
      auto [begin, end] = range(lines, node);
      out.text(literal ? literal : "", begin, end, true);
    } else if (type == "softbreak" || type == "linebreak") {
      out.soft_break();
    } else if (type == "code_block" && enter) {
      auto [begin, end] = range(lines, node);
      out.line_break(begin);
      out.text(literal ? literal : "", begin, end, false);
      out.line_break(end);
    } else if (type == "html_block" && enter) {
      // cmark's end position of a raw HTML block can fall before its start; its literal is
      // its source lines, so their length gives the end.
      const std::size_t begin = range(lines, node).first;
      const std::size_t end =
          std::min(source.size(), begin + std::string_view(literal ? literal : "").size());
      out.line_break(begin);
      html_text(source, begin, end, out);
      out.line_break(end);
    } else if (type == "table_cell" && enter) {
      out.cell_separator(range(lines, node).first);
    } else if (type == "paragraph" || type == "heading" || type == "table_row" ||
               type == "table_header" || type == "item" || type == "block_quote" ||
               type == "thematic_break") {
      // Every block starts and ends a line; a table row is a line of its own.
      auto [begin, end] = range(lines, node);
      out.line_break(enter ? begin : end);
    }
  }
  return out.finish(source.size());
}

}  // namespace factcheck::input
