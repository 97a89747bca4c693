"""Demo data: a realistic, deterministic North Karelia for trying out, testing and
benchmarking TOIMI Desktop (`toimi demo`). Built by ordered steps (see `steps`)."""

from toimi_desktop.services.demo.generate import MAX_TRAINEES, DemoSummary, generate_demo

__all__ = ["MAX_TRAINEES", "DemoSummary", "generate_demo"]
