"""The interface in Chinese and English: gettext catalogues (``locale/*/LC_MESSAGES/messages.po``).

Source strings are English. The ``.po`` files are compiled in memory with Babel when the app is
created, so no binary ``.mo`` file is committed. Extract new strings with
``pybabel extract -F tiku/web/babel.cfg -o messages.pot tiku/web`` and merge them into the ``.po``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALES = ("zh", "en")
LOCALE_DIR = Path(__file__).parent / "locale"


class Translator:
    """The catalogues of every supported locale, loaded once."""

    def __init__(self, locale_dir: Path = LOCALE_DIR) -> None:
        self._translations: dict[str, NullTranslations] = {}
        for locale in LOCALES:
            po = locale_dir / locale / "LC_MESSAGES" / "messages.po"
            if po.is_file():
                with po.open("rb") as fp:
                    catalog = read_po(fp, locale=locale)
                buffer = io.BytesIO()
                write_mo(buffer, catalog)
                buffer.seek(0)
                self._translations[locale] = Translations(buffer)
            else:
                self._translations[locale] = NullTranslations()

    def gettext(self, locale: str) -> Callable[[str], str]:
        return self._translations.get(locale, NullTranslations()).gettext

    def ngettext(self, locale: str) -> Callable[[str, str, int], str]:
        return self._translations.get(locale, NullTranslations()).ngettext


def negotiate(accept_language: str | None, default: str) -> str:
    """The best of our locales for an ``Accept-Language`` header."""
    if not accept_language:
        return default
    best, best_q = default, -1.0
    for part in accept_language.split(","):
        lang, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        code = lang.strip().lower().split("-")[0]
        if code in LOCALES and q > best_q:
            best, best_q = code, q
    return best
