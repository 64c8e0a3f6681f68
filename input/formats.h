// The readers of each markup format. Internal to input/.
#pragma once

#include <string>
#include <string_view>

#include "input/builder.h"

namespace factcheck::input {

/// `s` in lower case (ASCII letters only).
std::string lower(std::string_view s);

/// The visible text of a Markdown document starting at byte `start` of `source`.
VisibleText markdown_text(std::string_view source, std::size_t start);

/// Adds the visible text of the HTML in source bytes [begin, end) to `out`: a whole page, or a
/// block of raw HTML inside Markdown.
void html_text(std::string_view source, std::size_t begin, std::size_t end, Builder& out);

}  // namespace factcheck::input
