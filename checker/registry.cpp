// The registry: every check, in display order. A plain list, no self-registering statics.
#include "checker.h"
#include "checks/all.h"

namespace factcheck {

const std::vector<std::unique_ptr<const Check>>& registry() {
  static const std::vector<std::unique_ptr<const Check>> checks = [] {
    std::vector<std::unique_ptr<const Check>> v;
    v.push_back(checks::make_percent_change());
    v.push_back(checks::make_change_direction());
    v.push_back(checks::make_multiple());
    v.push_back(checks::make_difference());
    v.push_back(checks::make_percentage_points());
    v.push_back(checks::make_part_whole());
    v.push_back(checks::make_ratio_percent());
    v.push_back(checks::make_rate());
    v.push_back(checks::make_enumeration_count());
    v.push_back(checks::make_date_weekday());
    v.push_back(checks::make_date_validity());
    v.push_back(checks::make_timeline());
    v.push_back(checks::make_repeated_figure());
    v.push_back(checks::make_restated_change());
    v.push_back(checks::make_implied_value());
    v.push_back(checks::make_citation());
    return v;
  }();
  return checks;
}

}  // namespace factcheck
