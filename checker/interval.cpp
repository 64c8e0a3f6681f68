// Interval arithmetic (to come).
#include "checker/checker.h"
