"""The steering-group progress summary: scope and dates (`scope`), the figures
(`people`, `activity`, `figures`), their protection for print (`tables`), charts
(`charts`) and the PDF (`document`)."""
