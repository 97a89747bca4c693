"""Continuation plans: the follow-up dashboard, the plan on the trainee page, its dialogs."""
