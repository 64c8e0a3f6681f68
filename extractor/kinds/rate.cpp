// Claim kind: rate (to come).
#include "extractor/internal.h"

namespace factcheck::detail {

void find_rates(SentenceWork&, std::vector<Claim>&) {}

}  // namespace factcheck::detail
