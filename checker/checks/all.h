// Every check's factory, one line each; registry.cpp lists them in display order.
#pragma once

#include <memory>

#include "checker/checker.h"

namespace factcheck::checks {

std::unique_ptr<const Check> make_percent_change();
std::unique_ptr<const Check> make_change_direction();
std::unique_ptr<const Check> make_multiple();
std::unique_ptr<const Check> make_difference();
std::unique_ptr<const Check> make_percentage_points();
std::unique_ptr<const Check> make_part_whole();
std::unique_ptr<const Check> make_ratio_percent();
std::unique_ptr<const Check> make_rate();
std::unique_ptr<const Check> make_enumeration_count();
std::unique_ptr<const Check> make_date_weekday();
std::unique_ptr<const Check> make_date_validity();
std::unique_ptr<const Check> make_timeline();
std::unique_ptr<const Check> make_repeated_figure();
std::unique_ptr<const Check> make_restated_change();
std::unique_ptr<const Check> make_implied_value();
std::unique_ptr<const Check> make_citation();

/// Adds a window's full dates to the year vote carried to the windows after it (date-weekday),
/// each year's `last` the offset of its last date; with `after`, to the vote of a window before
/// it, each year's `last` then the offset of its first date (the one nearest that window).
void count_full_dates(const Claims& window, std::vector<Carried::YearVote>& votes,
                      bool after = false);
/// Whether a window holds a date with a weekday and no year that neither its sentence, its
/// paragraph nor the dateline gives one, so that the vote of the whole document's full dates
/// decides it (date-weekday): only then are the windows after it counted.
bool needs_year_vote(const Claims& window);

}  // namespace factcheck::checks
