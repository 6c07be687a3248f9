from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("mon-parcours/attestation/<int:course_id>/", views.issue, name="issue"),
    path("mon-parcours/attestation/<str:code>.pdf", views.pdf, name="pdf"),
    path("attestation/verifier/", views.check, name="check"),
    path("attestation/verifier/<str:code>/", views.check_code, name="check_code"),
    path("animation/attestations/", views.certificate_list, name="list"),
    path("animation/attestations/<int:pk>/retirer/", views.revoke, name="revoke"),
]
