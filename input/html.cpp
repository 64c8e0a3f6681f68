// HTML as a reader sees it, through gumbo (an HTML5 parser).
//
// Text is what the page shows: the head, scripts, styles, templates and comments are not text;
// character references are decoded; runs of white space are one space. Each block element
// (paragraph, heading, list item, table row, ...) and each <br> ends a line; table cells are
// joined by " | ", so a row of figures reads as one sentence.
#include <gumbo.h>

#include <memory>

#include "input/formats.h"

namespace factcheck::input {

namespace {

// Elements whose content a reader never sees as text.
bool hidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a line of text.
bool block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

struct Reader {
  std::string_view source;
  const char* buffer;  // the bytes gumbo parsed: source from `base` on
  std::size_t base;
  Builder& out;

  std::size_t offset(const GumboSourcePosition& p) const { return base + p.offset; }

  void visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        children(node->v.document.children);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        element(node->v.element);
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const GumboText& t = node->v.text;
        const std::size_t begin = base + static_cast<std::size_t>(t.original_text.data - buffer);
        out.text(t.text, begin, begin + t.original_text.length, true);
        break;
      }
      case GUMBO_NODE_COMMENT:
        break;
    }
  }

  void children(const GumboVector& v) {
    for (unsigned i = 0; i < v.length; ++i) visit(static_cast<const GumboNode*>(v.data[i]));
  }

  void element(const GumboElement& e) {
    if (hidden(e.tag)) return;
    const std::size_t begin = offset(e.start_pos);
    const std::size_t end =
        e.original_end_tag.length > 0 ? offset(e.end_pos) : begin + e.original_tag.length;
    if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) out.cell_separator(begin);
    if (block(e.tag)) out.line_break(begin);
    children(e.children);
    if (block(e.tag)) out.line_break(end);
  }
};

struct OutputFree {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

}  // namespace

void html_text(std::string_view source, std::size_t begin, std::size_t end, Builder& out) {
  const std::string_view part = source.substr(begin, end - begin);
  std::unique_ptr<GumboOutput, OutputFree> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, part.data(), part.size()));
  Reader reader{source, part.data(), begin, out};
  reader.visit(parsed->document);
}

}  // namespace factcheck::input
