"""Small reusable widgets for forms: optional dates, choice combos, field errors."""
