// The summary line (to come).
#include "reports.h"

namespace factcheck {
std::string render_summary(const std::vector<DocumentResult>&) { return {}; }
}  // namespace factcheck
