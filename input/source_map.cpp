// The map from visible text back to the source, the builder that makes both, the choice of
// format by file name, and the remapping of spans once claims are found.
#include <algorithm>
#include <cctype>

#include "input/builder.h"
#include "input/formats.h"

namespace factcheck {

std::string input::lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

// The extension of the last path component, lower case, with its dot; empty when none.
std::string extension(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return input::lower(name.substr(dot));
}

// Bytes in the UTF-8 sequence that starts with `lead`.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::optional<InputFormat> input_format_from_name(std::string_view name) {
  if (name == "txt" || name == "text") return InputFormat::kText;
  if (name == "md" || name == "markdown") return InputFormat::kMarkdown;
  if (name == "html" || name == "htm") return InputFormat::kHtml;
  return std::nullopt;
}

std::optional<InputFormat> input_format_of_path(std::string_view path, std::string* why) {
  const std::string ext = extension(path);
  if (ext.empty() || ext == ".txt" || ext == ".text") return InputFormat::kText;
  if (ext == ".md" || ext == ".markdown") return InputFormat::kMarkdown;
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (why) {
    if (ext == ".docx" || ext == ".doc" || ext == ".odt" || ext == ".rtf" || ext == ".pages") {
      *why = "a word processor's file (" + ext +
             "), not text: save it as plain text (.txt), Markdown (.md) or a web page (.html)";
    } else {
      *why = "unknown extension '" + ext +
             "' (factcheck reads .txt, .md, .markdown, .html and .htm; --input txt|md|html "
             "reads any file as that format)";
    }
  }
  return std::nullopt;
}

bool is_article_name(std::string_view path) {
  const std::string ext = extension(path);
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

// ---------------------------------------------------------------------------------------------

void SourceMap::add(Piece piece) {
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    // A byte copied right after bytes copied from just before it extends their piece.
    if (piece.verbatim && last.verbatim && last.visible + last.visible_len == piece.visible &&
        last.source + last.source_len == piece.source) {
      last.visible_len += piece.visible_len;
      last.source_len += piece.source_len;
      return;
    }
  }
  pieces_.push_back(piece);
}

void SourceMap::drop_last_byte() {
  if (pieces_.empty()) return;
  Piece& last = pieces_.back();
  if (last.visible_len <= 1) {
    pieces_.pop_back();
  } else {
    --last.visible_len;
    if (last.verbatim) --last.source_len;
  }
}

const SourceMap::Piece* SourceMap::piece_at(std::size_t offset) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                             [](std::size_t o, const Piece& p) { return o < p.visible; });
  return it == pieces_.begin() ? nullptr : &*--it;
}

std::size_t SourceMap::source_begin(std::size_t offset) const {
  const Piece* p = piece_at(offset);
  if (!p) return 0;
  if (offset >= p->visible + p->visible_len) return p->source + p->source_len;
  return p->verbatim ? p->source + (offset - p->visible) : p->source;
}

std::size_t SourceMap::source_end(std::size_t offset) const {
  const Piece* p = piece_at(offset);
  if (!p) return 0;
  if (offset >= p->visible + p->visible_len || !p->verbatim) return p->source + p->source_len;
  return p->source + (offset - p->visible) + 1;
}

ByteSpan SourceMap::to_source(ByteSpan visible) const {
  const std::size_t begin = source_begin(visible.begin);
  if (visible.empty()) return {begin, begin};
  return {begin, std::max(begin, source_end(visible.end - 1))};
}

// ---------------------------------------------------------------------------------------------

namespace input {

void Builder::put(std::string_view visible, std::size_t begin, std::size_t end, bool verbatim) {
  out_.map.add({out_.text.size(), visible.size(), begin, end - begin, verbatim});
  out_.text += visible;
  read_ = std::max(read_, end);
}

void Builder::text(std::string_view text, std::size_t begin, std::size_t end, bool collapse) {
  end = std::min(end, source_.size());
  std::size_t i = std::min(begin, end);
  for (std::size_t j = 0; j < text.size();) {
    const std::size_t n =
        std::min(sequence_length(static_cast<unsigned char>(text[j])), text.size() - j);
    const std::string_view cp = text.substr(j, n);
    std::size_t from = end, to = end;
    bool verbatim = false;
    if (i < end && source_.compare(i, n, cp) == 0 && i + n <= end) {
      from = i, to = i + n, verbatim = true;  // as written
    } else if (i < end && source_[i] == '\\' && i + 1 + n <= end &&
               source_.compare(i + 1, n, cp) == 0) {
      from = i, to = i + 1 + n;  // a backslash escape: "\*"
    } else if (i < end && source_[i] == '&') {
      // A character reference: "&pound;", "&#163;", or a legacy one without its semicolon.
      from = i;
      to = i + 1;
      while (to < end &&
             (std::isalnum(static_cast<unsigned char>(source_[to])) || source_[to] == '#')) {
        ++to;
      }
      if (to < end && source_[to] == ';') ++to;
    } else if (i < end) {
      // Markup the text does not show ("**", a tag): pass over it to where the character, an
      // escape or a reference may start. When none follows, the parser's positions were off:
      // the character stands where reading is, taking no bytes.
      const std::size_t next =
          source_.substr(0, end).find_first_of(std::string{cp[0], '\\', '&'}, i + 1);
      if (next != std::string_view::npos) {
        i = next;
        continue;
      }
      from = to = std::max(i, read_);
    }
    if (collapse && n == 1 && is_space(cp[0])) {
      space(from, to);
    } else if (!collapse && cp == "\n") {
      line_break(from);
    } else {
      put(cp, from, to, verbatim);
    }
    i = to;
    j += n;
  }
}

void Builder::space(std::size_t begin, std::size_t end) {
  if (at_line_start() || out_.text.back() == ' ') return;
  begin = std::max(begin, read_);
  end = std::max(end, read_);
  // A space written as one space maps byte for byte, so the words around it share one piece.
  put(" ", begin, end, end == begin + 1 && source_[begin] == ' ');
}

void Builder::soft_break() {
  const std::size_t nl = std::min(source_.find_first_of("\r\n", read_), source_.size());
  space(nl, std::min(nl + 1, source_.size()));
}

void Builder::line_break(std::size_t at) {
  while (!out_.text.empty() && out_.text.back() == ' ') {
    out_.text.pop_back();
    out_.map.drop_last_byte();
  }
  // A break an element the parser inserted has no place of its own: it sits after what was read.
  at = std::min(std::max(at, read_), source_.size());
  if (!at_line_start()) put("\n", at, at, false);
}

void Builder::cell_separator(std::size_t at) {
  while (!out_.text.empty() && out_.text.back() == ' ') {
    out_.text.pop_back();
    out_.map.drop_last_byte();
  }
  at = std::min(std::max(at, read_), source_.size());
  if (!at_line_start()) put(" | ", at, std::min(at + 1, source_.size()), false);
}

VisibleText Builder::finish(std::size_t at) {
  line_break(at);
  return std::move(out_);
}

}  // namespace input

// ---------------------------------------------------------------------------------------------

VisibleText visible_text(std::string_view source, InputFormat format) {
  // A byte order mark is not text; the formats read what follows it.
  const std::size_t start = source.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  switch (format) {
    case InputFormat::kText:
      break;
    case InputFormat::kMarkdown:
      return input::markdown_text(source, start);
    case InputFormat::kHtml: {
      input::Builder builder(source);
      input::html_text(source, start, source.size(), builder);
      return builder.finish(source.size());
    }
  }
  VisibleText out;
  out.text = std::string(source);
  out.map.add({0, source.size(), 0, source.size(), true});
  return out;
}

namespace {

// An unset span ({0, 0}: no direction word, say) stays unset.
void remap(const SourceMap& map, ByteSpan& span) {
  if (span.begin != 0 || span.end != 0) span = map.to_source(span);
}

void remap(const SourceMap& map, Quantity& q) { remap(map, q.span); }

}  // namespace

void map_to_source(const VisibleText& visible, std::string_view source, Claims& claims,
                   std::vector<Finding>& findings) {
  const SourceMap& map = visible.map;
  claims.text = source;
  for (ByteSpan& p : claims.paragraphs) remap(map, p);
  for (Sentence& s : claims.sentences) remap(map, s.span);
  for (Citation& k : claims.citations) remap(map, k.span);
  for (Claim& c : claims.claims) {
    remap(map, c.span);
    remap(map, c.direction_span);
    for (ByteSpan& s : c.item_spans) remap(map, s);
    for (Quantity& q : c.quantities) remap(map, q);
    for (Quantity& q : c.changes) remap(map, q);
    if (c.old_value) remap(map, *c.old_value);
    if (c.new_value) remap(map, *c.new_value);
    if (c.prior) remap(map, *c.prior);
  }
  for (Finding& f : findings) remap(map, f.span);
}

}  // namespace factcheck
