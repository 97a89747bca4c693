"""The "Tasks and orders" section: environments, the task catalogue, orders, packages, planning."""
