"""Reading imsmanifest.xml (IMS Content Packaging, as SCORM 1.2 and 2004 use it): its schema
version, the default organisation's items as a tree, and the resources they launch.

Parsed with defusedxml: entities (billion laughs), external references and DTD tricks are
refused, never expanded. Namespaces differ between editions and authoring tools, so elements
and attributes are matched by their local name."""

import posixpath
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from pasapas.archives import shown

MANIFEST = "imsmanifest.xml"
VERSIONS = {
    "1.2": _lazy("SCORM 1.2"),
    "2004-2": _lazy("SCORM 2004 (2e édition)"),
    "2004-3": _lazy("SCORM 2004 (3e édition)"),
    "2004-4": _lazy("SCORM 2004 (4e édition)"),
}
MAX_ITEMS = 500
MAX_DEPTH = 10


@dataclass
class Item:
    """One entry of the table of contents; launch is set on items that open a SCO or asset."""

    identifier: str
    title: str
    launch: str = ""
    parameters: str = ""
    scorm_type: str = ""
    children: list = field(default_factory=list)

    def as_dict(self):
        return {
            "identifier": self.identifier,
            "title": self.title,
            "launch": self.launch,
            "parameters": self.parameters,
            "scorm_type": self.scorm_type,
            "children": [child.as_dict() for child in self.children],
        }


@dataclass
class Manifest:
    version: str
    title: str
    items: list[Item]
    launch_files: list[str]


def local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def children(element, name):
    return [child for child in element if isinstance(child.tag, str) and local(child.tag) == name]


def child(element, name):
    found = children(element, name)
    return found[0] if found else None


def attribute(element, name):
    for key, value in element.attrib.items():
        if local(key) == name:
            return value.strip()
    return ""


def text_of(element):
    return (element.text or "").strip() if element is not None else ""


def schema_version(root) -> str | None:
    metadata = child(root, "metadata")
    declared = text_of(child(metadata, "schemaversion")) if metadata is not None else ""
    value = declared.lower().replace(" ", "")
    if value == "1.2":
        return "1.2"
    if value in {"2004", "2004thirdedition", "2004thedition"}:
        return "2004-3"
    if value in {"cam1.3", "2004secondedition", "2004-2", "2004/2nd"} or "2nd" in value:
        return "2004-2"
    if "3rd" in value:
        return "2004-3"
    if "4th" in value:
        return "2004-4"
    if not declared:
        # Some tools leave it out: the namespaces still say which edition wrote it.
        namespaces = " ".join([root.tag, *root.attrib.values()])
        if "adlcp_rootv1p2" in namespaces or "imscp_rootv1p1p2" in namespaces:
            return "1.2"
        if "adlcp_v1p3" in namespaces:
            return "2004-4"
    return None


def _join(base: str, href: str) -> str:
    """A launch address relative to the package's top, without its query or fragment."""
    path = unquote(urlsplit(href).path)
    return posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)


def read_manifest(data: bytes, names: set[str], problems: list[str]) -> Manifest | None:
    """The manifest, or None with every problem found added to problems.

    names: the files of the package, each launch file must be one of them."""
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        problems.append(
            _(
                "Le fichier « imsmanifest.xml » contient une déclaration de type de document "
                "ou des entités XML, interdites (elles peuvent saturer le serveur)."
            )
        )
        return None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        problems.append(
            _(
                "Le fichier « imsmanifest.xml » est illisible : XML invalide à la ligne "
                "%(line)d, colonne %(col)d."
            )
            % {"line": line, "col": column + 1}
        )
        return None
    if local(root.tag) != "manifest":
        problems.append(
            _("Le fichier « imsmanifest.xml » ne décrit pas un paquet (pas de <manifest>).")
        )
        return None

    version = schema_version(root)
    if version is None:
        declared = (
            text_of(child(child(root, "metadata"), "schemaversion"))
            if child(root, "metadata") is not None
            else ""
        )
        problems.append(
            _("Version de SCORM inconnue (« %(version)s ») : seules 1.2 et 2004 sont lues.")
            % {"version": shown(declared or "?", 40)}
        )

    base = attribute(root, "base")
    resources = {}
    resources_element = child(root, "resources")
    if resources_element is None or not children(resources_element, "resource"):
        problems.append(_("Le manifeste ne déclare aucune ressource (<resources>)."))
    else:
        base = posixpath.join(base, attribute(resources_element, "base"))
        for resource in children(resources_element, "resource"):
            identifier = attribute(resource, "identifier")
            href = attribute(resource, "href")
            kind = attribute(resource, "scormtype").lower()
            own_base = posixpath.join(base, attribute(resource, "base"))
            if identifier:
                resources[identifier] = (own_base, href, kind)

    organizations = child(root, "organizations")
    organisation = None
    if organizations is not None:
        found = children(organizations, "organization")
        default = attribute(organizations, "default")
        organisation = next(
            (o for o in found if attribute(o, "identifier") == default), found[0] if found else None
        )
    if organisation is None:
        problems.append(_("Le manifeste ne déclare aucune organisation (<organizations>)."))
        return None
    title = text_of(child(organisation, "title"))

    launch_files, count = [], 0

    def read_items(element, depth):
        nonlocal count
        items = []
        for node in children(element, "item"):
            count += 1
            if count > MAX_ITEMS or depth > MAX_DEPTH:
                return items
            identifier = attribute(node, "identifier")
            item = Item(identifier=identifier, title=text_of(child(node, "title")) or identifier)
            reference = attribute(node, "identifierref")
            item.children = read_items(node, depth + 1)
            if reference:
                if reference not in resources:
                    problems.append(
                        _(
                            "L'élément « %(item)s » renvoie à une ressource qui n'existe pas "
                            "(« %(ref)s »)."
                        )
                        % {"item": shown(item.title, 60), "ref": shown(reference, 60)}
                    )
                else:
                    own_base, href, kind = resources[reference]
                    if not href:
                        problems.append(
                            _("La ressource « %(ref)s » n'a pas de fichier à ouvrir (href).")
                            % {"ref": shown(reference, 60)}
                        )
                    else:
                        path = _join(own_base, href)
                        query = urlsplit(href).query
                        item.launch, item.scorm_type = path, kind or "sco"
                        item.parameters = attribute(node, "parameters") or (
                            f"?{query}" if query else ""
                        )
                        if path not in names:
                            problems.append(
                                _(
                                    "Le fichier à ouvrir « %(path)s » de l'élément « %(item)s » "
                                    "manque dans le paquet."
                                )
                                % {"path": shown(path), "item": shown(item.title, 60)}
                            )
                        else:
                            launch_files.append(path)
            elif not item.children:
                problems.append(
                    _("L'élément « %(item)s » n'ouvre rien et ne contient rien.")
                    % {"item": shown(item.title, 60)}
                )
            items.append(item)
        return items

    items = read_items(organisation, 1)
    if count > MAX_ITEMS:
        problems.append(
            _("Le sommaire du paquet est trop long : plus de %(max)d éléments.")
            % {"max": MAX_ITEMS}
        )
    if count > 0 and not launch_files and not problems:
        problems.append(_("Aucun élément du paquet n'ouvre de page."))
    if not items:
        problems.append(_("L'organisation du paquet ne contient aucun élément (<item>)."))
    return Manifest(version=version or "", title=title, items=items, launch_files=launch_files)
