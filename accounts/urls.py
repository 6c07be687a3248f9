from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("connexion/", views.SignInView.as_view(), name="sign_in"),
    path("deconnexion/", views.SignOutView.as_view(), name="sign_out"),
    path("inscription/", views.signup, name="signup"),
    path("mon-compte/", views.account, name="account"),
    path("mon-compte/mes-donnees.json", views.account_data, name="account_data"),
    path("mon-compte/adresse/<str:token>/", views.email_confirm, name="email_confirm"),
    path(
        "mon-compte/deconnexion-partout/",
        views.sign_out_everywhere,
        name="sign_out_everywhere",
    ),
    path("cartes/", views.cards, name="cards"),
    path("cartes/effacer/", views.cards_forget, name="cards_forget"),
    path("animation/apprenants/", views.learner_list, name="learner_list"),
    path("animation/apprenants/ajouter/", views.learner_add, name="learner_add"),
    path("animation/apprenants/<int:pk>/", views.learner_detail, name="learner_detail"),
    path(
        "animation/apprenants/<int:pk>/nouveau-code/",
        views.learner_new_code,
        name="learner_new_code",
    ),
]
