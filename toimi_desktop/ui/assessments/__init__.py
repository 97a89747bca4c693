"""Assessments: templates, the trainee's assessments with the trend chart, task suitability."""
