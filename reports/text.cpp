// Compiler-style text output (to come).
#include "reports.h"

namespace factcheck {
std::string render_text(const std::vector<DocumentResult>&, const TextOptions&) { return {}; }
}  // namespace factcheck
