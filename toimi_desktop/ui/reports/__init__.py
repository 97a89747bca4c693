"""The Reports section: steering summaries with a preview, and ESF+ reporting."""
