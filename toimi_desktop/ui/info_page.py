"""One reusable, plainly honest page: a title and an explanation, centred.

Used for the sections not built yet and for "your role cannot see this"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CARD_WIDTH = 600


class InfoPage(QWidget):
    def __init__(self, title: str, subtitle: str, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card = QFrame(self)
        card.setObjectName("infoCard")
        card.setFixedWidth(CARD_WIDTH)  # wrapped text needs a known width to size itself
        card.setStyleSheet("#infoCard { border: 1px solid palette(mid); border-radius: 8px;"
                           " background: palette(base); }")
        self.title = QLabel(title, card)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(subtitle, card)
        sub_font = self.subtitle.font()
        sub_font.setPointSizeF(sub_font.pointSizeF() * 1.1)
        self.subtitle.setFont(sub_font)
        self.subtitle.setWordWrap(True)
        self.text = QLabel(text, card)
        self.text.setWordWrap(True)
        self.text.setVisible(bool(text))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 28)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addWidget(self.text)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._fit_card()

    def _fit_card(self) -> None:
        # In an aligned layout cell a widget gets its size hint, which ignores how tall
        # wrapped text becomes at the card's width: give the card that height.
        layout = self.card.layout()
        self.card.setFixedHeight(layout.totalHeightForWidth(CARD_WIDTH))

    def set_text(self, subtitle: str, text: str = "") -> None:
        self.subtitle.setText(subtitle)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self._fit_card()


def not_available_page(title: str, text: str, parent: QWidget | None = None) -> InfoPage:
    """The page of a section that this version does not have yet."""
    subtitle = QCoreApplication.translate(
        "InfoPage", "This section is not yet available in this version of TOIMI Desktop.")
    return InfoPage(title, subtitle, text, parent)
