// The HTML report (to come).
#include "reports.h"

namespace factcheck {
std::string render_html(const std::vector<DocumentResult>&) { return {}; }
}  // namespace factcheck
