"""The fields of h5p.json and library.json: each read with its type and form checked, each bad
one told with the file and the field it is in."""

import re

from django.utils.translation import gettext as _

from .refusals import shown, shown_value

LibraryKey = tuple[str, int, int]

MACHINE_NAME = re.compile(r"[\w.-]{1,255}", re.ASCII)
# The core API of the H5P core bundled in the player (h5p-standalone 3.8, package.json): a
# library or content asking for a newer one would not run. A test ties the two together.
PLAYER_CORE_API = (1, 27)


LANGUAGE = re.compile(r"[-a-zA-Z]{1,10}")
VERSION = re.compile(r"\d{1,9}")


H5P_OPTIONAL_TEXTS = (
    "contentType",
    "license",
    "licenseVersion",
    "licenseExtras",
    "source",
    "authorComments",
    "metaKeywords",
    "metaDescription",
    "defaultLanguage",
    "extraTitle",
    "a11yTitle",
)
H5P_OPTIONAL_LISTS = ("authors", "changes")


def version_number(value) -> int | None:
    """Versions are whole numbers; real packages often write them as strings ("1")."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and VERSION.fullmatch(value):
        return int(value)
    return None


class Fields:
    """Reads fields of one JSON object, adding a message to problems for each bad one.

    Each reader returns the clean value, or None when the field is missing or invalid."""

    def __init__(self, file: str, data: dict, problems: list[str], prefix: str = ""):
        self.file, self.data, self.problems, self.prefix = file, data, problems, prefix

    def _args(self, name: str, value=None) -> dict:
        return {"file": self.file, "field": self.prefix + name, "value": shown_value(value)}

    def _get(self, name: str, required: bool):
        value = self.data.get(name)
        if value is None and required:
            self.problems.append(
                _("Dans « %(file)s », le champ obligatoire « %(field)s » manque.")
                % self._args(name)
            )
        return value

    def text(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is None:
            return None
        if isinstance(value, str) and value.strip() and len(value) <= 255:
            return value
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un texte non vide de 255 "
                "caractères au plus."
            )
            % self._args(name)
        )
        return None

    def machine_name(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is None:
            return None
        if isinstance(value, str) and MACHINE_NAME.fullmatch(value):
            return value
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un nom de bibliothèque "
                "(lettres, chiffres, points et tirets), pas « %(value)s »."
            )
            % self._args(name, value)
        )
        return None

    def version(self, name: str) -> int | None:
        value = self._get(name, True)
        if value is None:
            return None
        if (number := version_number(value)) is not None:
            return number
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un numéro de version (un "
                "nombre entier, 0 ou plus), pas « %(value)s »."
            )
            % self._args(name, value)
        )
        return None

    def language(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is None:
            return None
        if isinstance(value, str) and LANGUAGE.fullmatch(value):
            return value
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un code de langue comme "
                "« fr » ou « und », pas « %(value)s »."
            )
            % self._args(name, value)
        )
        return None

    def runnable(self, name: str) -> bool | None:
        value = self._get(name, True)
        if value is None:
            return None
        if value in (0, 1) and isinstance(value, int):
            return bool(value)
        self.problems.append(
            _("Dans « %(file)s », le champ « %(field)s » doit valoir 0 ou 1, pas « %(value)s ».")
            % self._args(name, value)
        )
        return None

    def embed_types(self, name: str) -> None:
        value = self._get(name, True)
        if value is None:
            return
        if not (isinstance(value, list) and value and all(v in ("div", "iframe") for v in value)):
            self.problems.append(
                _(
                    "Dans « %(file)s », le champ « %(field)s » doit être une liste non vide de "
                    "« div » ou « iframe »."
                )
                % self._args(name)
            )

    def of_type(self, name: str, kind: type) -> None:
        value = self._get(name, False)
        if value is not None and not isinstance(value, kind):
            self.problems.append(
                _("Dans « %(file)s », le champ « %(field)s » n'a pas le bon format.")
                % self._args(name)
            )

    def core_api(self, name: str) -> None:
        """An optional {"majorVersion", "minorVersion"}: the H5P core it needs must not be
        newer than the player's."""
        value = self._get(name, False)
        if value is None:
            return
        if not isinstance(value, dict):
            self.of_type(name, dict)
            return
        fields = Fields(self.file, value, self.problems, f"{self.prefix}{name}.")
        wanted = (fields.version("majorVersion"), fields.version("minorVersion"))
        if None in wanted or wanted <= PLAYER_CORE_API:
            return
        self.problems.append(
            _(
                "« %(file)s » demande la version %(wanted)s du moteur H5P, mais le lecteur du "
                "site fournit la version %(have)s : exportez l'activité depuis un éditeur à jour "
                "de ses bibliothèques, ou demandez à l'administrateur de mettre à jour le "
                "lecteur."
            )
            % {
                "file": self.file,
                "wanted": "{}.{}".format(*wanted),
                "have": "{}.{}".format(*PLAYER_CORE_API),
            }
        )

    def _list_of_objects(self, name: str, required: bool) -> list | None:
        value = self._get(name, required)
        if value is None:
            return [] if not required else None
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            if value or not required:
                return value
            self.problems.append(
                _("Dans « %(file)s », la liste « %(field)s » est vide.") % self._args(name)
            )
            return None
        self.problems.append(
            _("Dans « %(file)s », le champ « %(field)s » doit être une liste d'objets JSON ({…}).")
            % self._args(name)
        )
        return None

    def dependencies(self, name: str, *, required: bool = False) -> list[LibraryKey] | None:
        """The listed libraries, or None if the list or any of its items is invalid."""
        items = self._list_of_objects(name, required)
        if items is None:
            return None
        keys, valid = [], True
        for index, item in enumerate(items):
            fields = Fields(self.file, item, self.problems, f"{self.prefix}{name}[{index}].")
            key = (
                fields.machine_name("machineName"),
                fields.version("majorVersion"),
                fields.version("minorVersion"),
            )
            if None in key:
                valid = False
            else:
                keys.append(key)
        return keys if valid else None

    def paths(self, name: str) -> list[str]:
        items = self._list_of_objects(name, False) or []
        paths = [item.get("path") for item in items]
        if not all(isinstance(path, str) and path for path in paths):
            self.problems.append(
                _(
                    "Dans « %(file)s », le champ « %(field)s » doit être une liste de fichiers "
                    '({"path": …}).'
                )
                % self._args(name)
            )
            return [path for path in paths if isinstance(path, str) and path]
        return paths


def check_h5p(data: dict, problems: list[str]) -> tuple[LibraryKey | None, list[LibraryKey]]:
    """The main library and the libraries h5p.json asks to preload."""
    fields = Fields("h5p.json", data, problems)
    fields.text("title")
    main = fields.machine_name("mainLibrary")
    fields.language("language")
    preloaded = fields.dependencies("preloadedDependencies", required=True)
    fields.embed_types("embedTypes")
    fields.dependencies("dynamicDependencies")
    fields.dependencies("editorDependencies")
    fields.core_api("coreApi")
    for name in H5P_OPTIONAL_TEXTS:
        fields.of_type(name, str)
    for name in H5P_OPTIONAL_LISTS:
        fields.of_type(name, list)
    if main is None or preloaded is None:
        return None, preloaded or []
    key = next((key for key in preloaded if key[0] == main), None)
    if key is None:
        problems.append(
            _(
                "Dans « h5p.json », la bibliothèque principale « %(name)s » n'est pas dans la "
                "liste « preloadedDependencies »."
            )
            % {"name": shown(main)}
        )
    return key, preloaded
