// Claim kind: change statements (to come).
#include "extractor/internal.h"

namespace factcheck::detail {

void find_changes(SentenceWork&, std::vector<Claim>&) {}

}  // namespace factcheck::detail
