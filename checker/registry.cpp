// The registry: every check, in display order. A plain list, no self-registering statics.
#include "checker.h"
#include "checks/all.h"

namespace factcheck {

const std::vector<std::unique_ptr<const Check>>& registry() {
  static const std::vector<std::unique_ptr<const Check>> checks = [] {
    std::vector<std::unique_ptr<const Check>> v;
    return v;
  }();
  return checks;
}

}  // namespace factcheck
