// Interval arithmetic (to come).
