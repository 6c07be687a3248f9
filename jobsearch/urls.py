from django.urls import path

from . import service_views, views

app_name = "jobsearch"

urlpatterns = [
    path("mon-cv/", views.cv_list, name="cv_list"),
    path("mon-cv/nouveau/", views.cv_new, name="cv_new"),
    path("mon-cv/<int:cv_id>/", views.cv_detail, name="cv_detail"),
    path("mon-cv/<int:cv_id>/question/<slug:question>/", views.cv_step, name="cv_step"),
    path("mon-cv/<int:cv_id>/ligne/<int:entry_id>/", views.cv_entry, name="cv_entry"),
    path(
        "mon-cv/<int:cv_id>/ligne/<int:entry_id>/supprimer/",
        views.cv_entry_delete,
        name="cv_entry_delete",
    ),
    path("mon-cv/<int:cv_id>/presentation/", views.cv_design, name="cv_design"),
    path("mon-cv/<int:cv_id>/cv.pdf", views.cv_pdf, name="cv_pdf"),
    path("mon-cv/<int:cv_id>/cv.docx", views.cv_docx, name="cv_docx"),
    path("mon-cv/<int:cv_id>/photo.jpg", views.cv_photo, name="cv_photo"),
    path("mon-cv/<int:cv_id>/copier/", views.cv_copy, name="cv_copy"),
    path("mon-cv/<int:cv_id>/supprimer/", views.cv_delete, name="cv_delete"),
    path("ma-lettre/", views.letter_list, name="letter_list"),
    path("ma-lettre/nouvelle/", views.letter_new, name="letter_new"),
    path("ma-lettre/<int:letter_id>/", views.letter_detail, name="letter_detail"),
    path(
        "ma-lettre/<int:letter_id>/question/<slug:question>/",
        views.letter_step,
        name="letter_step",
    ),
    path("ma-lettre/<int:letter_id>/presentation/", views.letter_design, name="letter_design"),
    path("ma-lettre/<int:letter_id>/lettre.pdf", views.letter_pdf, name="letter_pdf"),
    path("ma-lettre/<int:letter_id>/lettre.docx", views.letter_docx, name="letter_docx"),
    path("ma-lettre/<int:letter_id>/copier/", views.letter_copy, name="letter_copy"),
    path("ma-lettre/<int:letter_id>/supprimer/", views.letter_delete, name="letter_delete"),
    path("mes-documents/garder/", views.stale_keep, name="stale_keep"),
    path("mon-cv/<int:cv_id>/partage/", views.cv_share, name="cv_share"),
    path("ma-lettre/<int:letter_id>/partage/", views.letter_share, name="letter_share"),
    path("mon-cv/<int:cv_id>/echange/", views.cv_comment, name="cv_comment"),
    path("ma-lettre/<int:letter_id>/echange/", views.letter_comment, name="letter_comment"),
    path(
        "service-emploi/cv/<int:cv_id>/echange/",
        service_views.shared_cv_comment,
        name="service_cv_comment",
    ),
    path(
        "service-emploi/lettre/<int:letter_id>/echange/",
        service_views.shared_letter_comment,
        name="service_letter_comment",
    ),
    path("service-emploi/", service_views.shared_list, name="service_list"),
    path("service-emploi/cv/<int:cv_id>/", service_views.shared_cv, name="service_cv"),
    path(
        "service-emploi/cv/<int:cv_id>/cv.pdf", service_views.shared_cv_pdf, name="service_cv_pdf"
    ),
    path(
        "service-emploi/cv/<int:cv_id>/photo.jpg",
        service_views.shared_cv_photo,
        name="service_cv_photo",
    ),
    path(
        "service-emploi/lettre/<int:letter_id>/",
        service_views.shared_letter,
        name="service_letter",
    ),
    path(
        "service-emploi/lettre/<int:letter_id>/lettre.pdf",
        service_views.shared_letter_pdf,
        name="service_letter_pdf",
    ),
]

# Job offers: the counsellor proposes them, the learner answers (offer_views).
from . import offer_views  # noqa: E402

urlpatterns += [
    path("service-emploi/offres/", offer_views.offer_list, name="offer_list"),
    path("service-emploi/offres/nouvelle/", offer_views.offer_new, name="offer_new"),
    path("service-emploi/offres/<int:offer_id>/", offer_views.offer_manage, name="offer_manage"),
    path(
        "service-emploi/offres/<int:offer_id>/modifier/",
        offer_views.offer_edit,
        name="offer_edit",
    ),
    path(
        "service-emploi/offres/<int:offer_id>/proposer/",
        offer_views.offer_propose,
        name="offer_propose",
    ),
    path(
        "service-emploi/offres/<int:offer_id>/fermer/",
        offer_views.offer_close,
        name="offer_close",
    ),
    path("mes-offres/", offer_views.my_offers, name="my_offers"),
    path("mes-offres/<int:offer_id>/reponse/", offer_views.offer_answer, name="offer_answer"),
    path("mes-offres/<int:offer_id>/lettre/", offer_views.offer_letter, name="offer_letter"),
]
