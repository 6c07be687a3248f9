from django.urls import path

from . import question_views, views

app_name = "partners"

urlpatterns = [
    # Facilitators
    path("animation/partenaires/", views.agents, name="agents"),
    path(
        "animation/partenaires/questions-frequentes/<int:pk>/",
        question_views.frequent_review,
        name="frequent_review",
    ),
    path(
        "animation/partenaires/agents/<int:pk>/retirer/",
        views.agent_remove,
        name="agent_remove",
    ),
    path(
        "animation/partenaires/signalements/<int:pk>/",
        question_views.report_handle,
        name="report_handle",
    ),
    # Agents
    path("partenaires/invitation/<uidb64>/<token>/", views.invitation, name="invitation"),
    path("partenaires/", views.agent_home, name="agent_home"),
    path("partenaires/permanences/ajouter/", views.permanence_add, name="permanence_add"),
    path(
        "partenaires/permanences/<int:pk>/supprimer/",
        views.permanence_delete,
        name="permanence_delete",
    ),
    path(
        "partenaires/messages/<int:pk>/question-frequente/",
        question_views.frequent_new,
        name="frequent_new",
    ),
    # Learners
    path("partenaires/permanences/<int:pk>/je-viendrai/", views.visit, name="visit"),
    path(
        "partenaires/services/<int:organisation_id>/poser/",
        question_views.ask,
        name="ask",
    ),
    path("partenaires/mes-questions/", question_views.my_questions, name="my_questions"),
    # Everyone who may see the question
    path("partenaires/questions/<int:pk>/", question_views.question_view, name="question"),
    path(
        "partenaires/questions/<int:pk>/repondre/",
        question_views.question_reply,
        name="reply",
    ),
    path(
        "partenaires/questions/<int:pk>/masquer/",
        question_views.question_hide,
        name="question_hide",
    ),
    path(
        "partenaires/messages/<int:pk>/modifier/",
        question_views.message_edit,
        name="message_edit",
    ),
    path(
        "partenaires/messages/<int:pk>/supprimer/",
        question_views.message_delete,
        name="message_delete",
    ),
    path(
        "partenaires/messages/<int:pk>/signaler/",
        question_views.message_report,
        name="message_report",
    ),
    path(
        "partenaires/messages/<int:pk>/masquer/",
        question_views.message_hide,
        name="message_hide",
    ),
]
