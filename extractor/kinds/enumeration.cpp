// Claim kind: enumeration (to come).
#include "extractor/internal.h"

namespace factcheck::detail {

void find_enumerations(SentenceWork&, std::vector<Claim>&) {}

}  // namespace factcheck::detail
