"""The questions of « Par où commencer ? », in order: a few things to try, then a few to tell.

Pure data, no database: the views, the scoring and the tests all read the same list. Each
answer a person can give has a number of points (0, 1 or 2) for one skill area; « Je ne sais
pas » is always there and is worth 0, like a practical item that did not work yet: neither is a
failure, both mean « on vous montrera »."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

DONT_KNOW = "dont_know"


class Area:
    """Skill areas, one per track of the centre, in the order a beginner takes them."""

    PC = "pc"
    INTERNET = "internet"
    OFFICE = "office"
    PHOTOS = "photos"
    EADMIN = "eadmin"
    JOBS = "jobs"

    ORDER = [PC, INTERNET, OFFICE, PHOTOS, EADMIN, JOBS]
    LABELS = {
        PC: _("Les bases de l'ordinateur"),
        INTERNET: _("Internet"),
        OFFICE: _("E-mail et bureautique"),
        PHOTOS: _("Les photos"),
        EADMIN: _("Les démarches en ligne"),
        JOBS: _("La recherche d'emploi"),
    }
    # For the facilitators' table, where six columns must fit beside the names.
    SHORT_LABELS = {
        PC: _("Ordinateur"),
        INTERNET: _("Internet"),
        OFFICE: _("E-mail"),
        PHOTOS: _("Photos"),
        EADMIN: _("Démarches"),
        JOBS: _("Emploi"),
    }


class Kind:
    CLICK = "click"  # two buttons: which one was pressed
    TYPE = "type"  # a box to fill: is it filled
    CHECK = "check"  # a box to tick: is it ticked
    LINK = "link"  # a link to follow: was it followed
    ASK = "ask"  # a question about oneself: one button per answer


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    points: int | None  # None: « pas concerné », the area is left out


@dataclass(frozen=True)
class Item:
    key: str
    kind: str
    area: str
    prompt: str
    help: str = ""
    choices: tuple = field(default_factory=tuple)  # for ASK and CLICK
    # What the result page says when this did not work yet (« on vous montrera … »).
    to_show: str = ""

    def choice(self, value):
        return next((choice for choice in self.choices if choice.value == value), None)


def _ask(*choices):
    return tuple(Choice(value, label, points) for value, label, points in choices)


YES_BIT_NO = (
    ("yes", _("Oui"), 2),
    ("a_bit", _("Un peu"), 1),
    ("no", _("Non"), 0),
)

ITEMS = [
    Item(
        key="click_green",
        kind=Kind.CLICK,
        area=Area.PC,
        prompt=_("Cliquez sur le bouton vert."),
        help=_("Il y a deux boutons : un vert et un bleu."),
        choices=_ask(("green", _("Vert"), 2), ("blue", _("Bleu"), 0)),
        to_show=_("cliquer sur un bouton avec la souris"),
    ),
    Item(
        key="type_name",
        kind=Kind.TYPE,
        area=Area.PC,
        prompt=_("Écrivez votre prénom dans la case, puis cliquez sur « Continuer »."),
        help=_("Votre prénom n'est pas enregistré : c'est seulement pour essayer le clavier."),
        to_show=_("écrire avec le clavier"),
    ),
    Item(
        key="tick_box",
        kind=Kind.CHECK,
        area=Area.INTERNET,
        prompt=_("Cochez la case « J'ai lu », puis cliquez sur « Continuer »."),
        help=_("Sur les sites, on coche souvent une case avant de continuer."),
        to_show=_("cocher une case dans un formulaire"),
    ),
    Item(
        key="open_link",
        kind=Kind.LINK,
        area=Area.INTERNET,
        prompt=_("Ouvrez le lien « Question suivante »."),
        help=_("Un lien est un texte souligné : on clique dessus pour aller sur une autre page."),
        to_show=_("ouvrir un lien"),
    ),
    Item(
        key="sent_email",
        kind=Kind.ASK,
        area=Area.OFFICE,
        prompt=_("Avez-vous déjà envoyé un e-mail ?"),
        choices=_ask(*YES_BIT_NO),
    ),
    Item(
        key="find_photo",
        kind=Kind.ASK,
        area=Area.PHOTOS,
        prompt=_("Savez-vous trouver une photo sur l'ordinateur ou sur le téléphone ?"),
        choices=_ask(*YES_BIT_NO),
    ),
    Item(
        key="online_account",
        kind=Kind.ASK,
        area=Area.EADMIN,
        prompt=_("Avez-vous un compte sur ameli.fr ou sur le site de la CAF ?"),
        choices=_ask(
            ("yes", _("Oui, et je m'en sers sans aide"), 2),
            ("with_help", _("Oui, mais avec de l'aide"), 1),
            ("no", _("Non"), 0),
        ),
    ),
    Item(
        key="job_search",
        kind=Kind.ASK,
        area=Area.JOBS,
        prompt=_("Avez-vous déjà fait un CV sur l'ordinateur ?"),
        choices=_ask(
            *YES_BIT_NO,
            ("not_looking", _("Je ne cherche pas d'emploi"), None),
        ),
    ),
]

STEPS = len(ITEMS)
BY_KEY = {item.key: item for item in ITEMS}

# Answers of the practical items, as stored: the gesture worked, or not yet.
DONE = "done"
NOT_YET = "not_yet"


def item_at(step):
    """The item of a step (1-based), or None outside the questionnaire."""
    return ITEMS[step - 1] if 1 <= step <= STEPS else None


def stored_values(item):
    """Every value an answer to this item may hold once validated."""
    if item.kind == Kind.ASK:
        return {choice.value for choice in item.choices} | {DONT_KNOW}
    return {DONE, NOT_YET, DONT_KNOW}


def points(item, value):
    """Points of a stored answer; None leaves the area out (« pas concerné »)."""
    if item.kind == Kind.ASK:
        choice = item.choice(value)
        return choice.points if choice else 0
    return 2 if value == DONE else 0
