"""Put a Pas à Pas home page where Wagtail's welcome page stands, so a fresh site has one."""

from django.db import migrations


def create_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("courses.HomePage")

    welcome = Page.objects.filter(depth=2, content_type__app_label="wagtailcore", slug="home")
    if not welcome.exists() or Page.objects.filter(depth=2).count() != 1:
        return  # an existing site: leave its tree alone
    old = welcome.get()
    locale = Locale.objects.order_by("pk").first()
    Site.objects.filter(root_page=old).delete()
    old.delete()
    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="homepage")
    home = HomePage.objects.create(
        title="Pas à Pas",
        draft_title="Pas à Pas",
        slug="accueil",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=locale,
        live=True,
    )
    Page.objects.filter(pk=root.pk).update(numchild=1)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                        site_name="Pas à Pas")


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_home, migrations.RunPython.noop)]
