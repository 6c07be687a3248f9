"""H5PIntegration for one activity, written into the player page as H5P core's own plugins
do: what to load (H5P core, then the activity's aggregated script and stylesheet), the content,
and H5P core's words. The player then asks for no JSON and no library file one by one: its
page and script, H5P core's script and stylesheet, the activity's script and stylesheet, and
what the content itself shows (fonts, pictures)."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

from .bundles import LIBRARIES_URL, ensure_bundle
from .storage import open_file

# H5P core's display options: the player shows the content and nothing around it.
DISPLAY_OPTIONS = dict.fromkeys(("frame", "export", "embed", "copyright", "icon", "copy"), False)
# H5P core hands the saved state to the content only when saveFreq is a number; it never
# sends anything itself (there is no user and no ajax URL), so the value is just a switch.
SAVE_FREQ_S = 60


def core_words():
    """What H5P core itself writes on screen with these display options (dialogs, the
    "content changed" notice, fullscreen); the content types bring their own words."""
    return {
        "fullscreen": _("Plein écran"),
        "disableFullscreen": _("Quitter le plein écran"),
        "close": _("Fermer"),
        "by": _("par"),
        "showMore": _("Afficher plus"),
        "showLess": _("Afficher moins"),
        "subLevel": _("Sous-niveau"),
        "title": _("Titre"),
        "author": _("Auteur"),
        "year": _("Année"),
        "source": _("Source"),
        "license": _("Licence"),
        "contentChanged": _("Cette activité a changé depuis votre dernière visite."),
        "startingOver": _("Vous recommencez depuis le début."),
        "confirmDialogHeader": _("Confirmer"),
        "confirmDialogBody": _(
            "Voulez-vous vraiment continuer ? Vous ne pourrez pas revenir en arrière."
        ),
        "cancelLabel": _("Annuler"),
        "confirmLabel": _("Confirmer"),
        "contentCopied": _("Le contenu est copié."),
        "connectionLost": _(
            "La connexion est perdue. Vos résultats seront envoyés quand elle reviendra."
        ),
        "connectionReestablished": _("La connexion est revenue."),
        "offlineDialogHeader": _("La connexion au serveur est perdue"),
        "offlineDialogBody": _("Vos résultats n'ont pas pu être envoyés. Vérifiez la connexion."),
        "offlineDialogRetryMessage": _("Nouvel essai dans :num…"),
        "offlineDialogRetryButtonLabel": _("Réessayer maintenant"),
        "offlineSuccessfulSubmit": _("Vos résultats sont envoyés."),
    }


class ContentMissing(Exception):
    """The activity's content.json is not in storage (removed by hand, a broken copy)."""


def _content_json(activity):
    opened = open_file(activity.content_path, "content/content.json")
    if opened is None:
        raise ContentMissing(activity.pk)
    with opened:
        return opened.read().decode("utf-8")


def h5p_integration(activity, *, activity_iri, language):
    """H5PIntegration as H5P core reads it; addresses are on the player's origin (the page
    makes them absolute). Writes the activity's bundle first if it is not stored yet."""
    bundle = ensure_bundle(activity)
    content_base = f"/h5p/contenu/{activity.content_key}"
    library = activity.main_library
    return {
        "url": content_base,
        "urlLibraries": LIBRARIES_URL,
        "postUserStatistics": False,
        "reportingIsEnabled": False,
        "saveFreq": SAVE_FREQ_S,
        "ajax": {},
        "l10n": {"H5P": core_words()},
        "core": {
            "scripts": [static("h5p-standalone/frame.bundle.js")],
            "styles": [static("h5p-standalone/styles/h5p.css")],
        },
        "contents": {
            f"cid-{activity.pk}": {
                "library": f"{library.machine_name} {library.major}.{library.minor}",
                "title": activity.title,
                "url": activity_iri,
                "contentUrl": f"{content_base}/content",
                "jsonContent": _content_json(activity),
                "scripts": [reverse("h5p:bundle", args=[bundle, "js"])],
                "styles": [reverse("h5p:bundle", args=[bundle, "css"])],
                "fullScreen": False,
                "displayOptions": DISPLAY_OPTIONS,
                "embedCode": "",
                "resizeCode": "",
                "metadata": {
                    "title": activity.title,
                    "license": "U",
                    "defaultLanguage": language,
                },
            }
        },
    }
