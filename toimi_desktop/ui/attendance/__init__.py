"""The Attendance section: the coach's day, the week and month grids, reports."""
