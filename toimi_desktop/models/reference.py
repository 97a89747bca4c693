"""Service areas and municipalities: fixed reference data, seeded by a migration."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from toimi_desktop.models.base import Base


class ServiceArea(Base):
    __tablename__ = "service_area"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="service_area")


class Municipality(Base):
    """A municipality by its Statistics Finland code (e.g. Joensuu "167")."""

    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    service_area_code: Mapped[str] = mapped_column(
        ForeignKey("service_area.code"), nullable=False, index=True
    )

    service_area: Mapped[ServiceArea] = relationship(back_populates="municipalities")


# (code, name) per service area, from DOMAIN.md; also used by the seeding migration.
SERVICE_AREAS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "joensuu": ("Joensuun palvelualue", [("167", "Joensuu")]),
    "joensuun_seutu": (
        "Joensuun seudun palvelualue",
        [("090", "Heinävesi"), ("146", "Ilomantsi"), ("276", "Kontiolahti"),
         ("426", "Liperi"), ("309", "Outokumpu"), ("607", "Polvijärvi")],
    ),
    "pielisen_karjala": (
        "Pielisen Karjalan palvelualue",
        [("141", "Juuka"), ("422", "Lieksa"), ("541", "Nurmes")],
    ),
    "keski_karjala": (
        "Keski-Karjalan palvelualue",
        [("260", "Kitee"), ("707", "Rääkkylä"), ("848", "Tohmajärvi")],
    ),
}
