"""No user-visible text in the UI escapes translation.

`tests/test_translations.py` checks that every string lupdate finds is translated; this one
finds what lupdate cannot see: literal text handed straight to a widget, and tr() calls
whose text is built at run time (an f-string or concatenation is never in the catalogue).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "toimi_desktop" / "ui"

# Setters and constructors whose string argument a user sees (or a screen reader reads).
TEXT_SETTERS = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setTitle",
                "setSubTitle", "setStatusTip", "setWhatsThis", "setAccessibleName",
                "setAccessibleDescription", "setButtonText", "setSuffix", "setPrefix",
                "setTabText", "setTabToolTip", "showMessage", "setSpecialValueText",
                "addTab", "insertTab", "addRow", "addItem", "setHeaderLabels", "setLabelText",
                "setHtml", "setPlainText", "setInformativeText", "setFormat"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QAction", "QGroupBox", "QCheckBox", "QRadioButton",
                "QToolButton", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
                "QProgressDialog"}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "N_"}
# Literal text that is the same in every language.
ALLOWED = [re.compile(p) for p in (r"^https?://",)]


def _words(text: str) -> bool:
    """Text with a word in it (markup, symbols, numbers and placeholders are not words)."""
    text = re.sub(r"<[^>]+>|\{[^}]*\}|&[a-z]+;", "", text)
    return bool(re.search(r"[A-Za-zÅÄÖåäö]{2,}", text)) and not any(
        p.search(text) for p in ALLOWED)


def _literal_words(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _words(node.value):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return parts if _words(parts) else None
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def problems_in(source: str, file: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = f"{file}:{node.lineno}"
        if name in TRANSLATORS:
            # The text is the argument after the context (translate, N_) or the first (tr).
            index = 1 if name in ("translate", "QT_TRANSLATE_NOOP", "N_") else 0
            if len(node.args) > index and isinstance(node.args[index],
                                                     ast.JoinedStr | ast.BinOp):
                found.append(f"{where}: text built at run time inside {name}()")
            continue
        if name in TEXT_SETTERS or name in TEXT_WIDGETS:
            for arg in node.args:
                text = _literal_words(arg)
                if text is not None:
                    found.append(f"{where}: untranslated {text!r} in {name}()")
    return found


def test_no_literal_text_reaches_a_widget():
    problems = [p for path in sorted(UI.rglob("*.py"))
                for p in problems_in(path.read_text(encoding="utf-8"),
                                     str(path.relative_to(ROOT)))]
    assert problems == [], "\n".join(problems)


def test_the_check_finds_what_it_should():
    source = ('label.setText("Hello there")\nQPushButton("Save")\nself.tr(f"Hi {x}")\n'
              'self.tr("ok " + x)\nlabel.setText(self.tr("Fine"))\nlabel.setText("◀")\n'
              'edit.setPlaceholderText("https://toimi.example.fi")\n')
    problems = problems_in(source, "sample.py")
    assert len(problems) == 4, problems
