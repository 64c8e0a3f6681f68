// The HTML report's style sheet and script, compiled in from reports/html/ (see embed.cmake).
#pragma once

#include <string_view>

namespace factcheck::html_assets {

/// The report's CSS: screen, phone and print.
std::string_view style();
/// The report's inline script: filters, search, keys and links. The page works without it.
std::string_view script();

}  // namespace factcheck::html_assets
