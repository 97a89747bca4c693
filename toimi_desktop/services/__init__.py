"""One function per user action. Each validates, checks the role, and writes the change,
its audit entry and its sync-outbox row in one transaction. No Qt."""
