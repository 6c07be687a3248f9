from django.urls import path, re_path

from . import views

app_name = "mentoring"

urlpatterns = [
    # Learners
    path("questions/lecon/<int:page_id>/poser/", views.ask, name="ask"),
    path("mes-questions/", views.my_questions, name="my_questions"),
    path("questions/<int:pk>/", views.thread_view, name="thread"),
    path("questions/<int:pk>/repondre/", views.thread_reply, name="reply"),
    path("questions/<int:pk>/resolue/", views.thread_solved, name="solved"),
    path("questions/<int:pk>/masquer/", views.thread_hide, name="thread_hide"),
    path("messages/<int:pk>/modifier/", views.message_edit, name="message_edit"),
    path("messages/<int:pk>/supprimer/", views.message_delete, name="message_delete"),
    path("messages/<int:pk>/signaler/", views.message_report, name="message_report"),
    path("messages/<int:pk>/masquer/", views.message_hide, name="message_hide"),
    path("mon-ange-gardien/", views.my_mentors, name="my_mentors"),
    re_path(
        r"^mon-ange-gardien/(?P<pk>[0-9]+)/(?P<decision>accepter|refuser|arreter)/$",
        views.pairing_decide,
        name="pairing_decide",
    ),
    # Mentors
    path("mes-apprenants/", views.mentees, name="mentees"),
    path("mes-apprenants/<int:learner_id>/", views.mentee_detail, name="mentee_detail"),
    path("conseils/lecon/<int:page_id>/ecrire/", views.tip_new, name="tip_new"),
    path("conseils/<int:pk>/modifier/", views.tip_edit, name="tip_edit"),
    path("conseils/<int:pk>/supprimer/", views.tip_delete, name="tip_delete"),
    path("conseils/<int:pk>/signaler/", views.tip_report, name="tip_report"),
    # Facilitators
    path("animation/accompagnement/", views.hub, name="hub"),
    path("animation/accompagnement/binomes/", views.pairing_create, name="pairing_create"),
    path(
        "animation/accompagnement/binomes/<int:pk>/arreter/",
        views.pairing_end,
        name="pairing_end",
    ),
    path("animation/accompagnement/anges-gardiens/", views.mentor_grant, name="mentor_grant"),
    path(
        "animation/accompagnement/anges-gardiens/nouveau/",
        views.mentor_create,
        name="mentor_create",
    ),
    path(
        "animation/accompagnement/anges-gardiens/<int:pk>/retirer/",
        views.mentor_revoke,
        name="mentor_revoke",
    ),
    path("animation/questions/", views.centre_questions, name="centre_questions"),
    path("animation/signalements/", views.reports, name="reports"),
    path("animation/signalements/<int:pk>/", views.report_handle, name="report_handle"),
]
