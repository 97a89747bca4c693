"""The trainee register: list, search and filters, trainee view, and its dialogs."""
