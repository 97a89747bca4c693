"""The sync section, status bar part and dialogs (the engine is in toimi_desktop.sync)."""
