from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")
    default_auto_field = "django.db.models.BigAutoField"
    secretariat_permissions = [
        ("library", f"{action}_{model}")
        for model in ("targetgroup", "phase", "themename")
        for action in ("add", "change", "delete", "view")
    ]

    def ready(self):
        from taggit.models import Tag
        from wagtail.documents import get_document_model
        from wagtail.documents.models import document_served
        from wagtail.images import get_image_model

        from home.framecache import watch

        from . import area, notifications, personal_data, signals
        from .downloads import count_download
        from .models import Phase, TargetGroup, ThemeName

        document_served.connect(count_download, dispatch_uid="library.count_download")
        # What library and material pages show besides pages: a change to any of them builds
        # the pages that readers share again (home/readercache.py).
        watch(get_document_model(), get_image_model(), Tag, ThemeName, TargetGroup, Phase)
        signals.connect()
        personal_data.connect()
        notifications.connect()
        area.connect()
        register_translations()

    def load_demo_content(self, log):
        from .demo import load

        load(log)


def register_translations():
    """What readers see in the library in both languages besides its pages, for the translation
    overview: the facets' names and the English names of the themes in use."""
    from django.urls import reverse
    from taggit.models import Tag
    from wagtail.admin.admin_url_finder import AdminURLFinder

    from home.translations import TranslatedFields, register_translated_fields

    from .models import MaterialTag, Phase, TargetGroup, ThemeName

    def themes_in_use():
        in_use = MaterialTag.objects.filter(content_object__live=True).values("tag_id")
        return Tag.objects.filter(pk__in=in_use).select_related("english")

    def theme_url(tag):
        english = getattr(tag, "english", None)
        if english is not None:
            return AdminURLFinder().get_edit_url(english)
        return f"{reverse('wagtailsnippets_library_themename:add')}?tag={tag.pk}"

    for model in (TargetGroup, Phase):
        register_translated_fields(TranslatedFields(model, {"name": "name_en"}))
    register_translated_fields(
        TranslatedFields(
            ThemeName, {"name": "english__name_en"}, items=themes_in_use, edit_url=theme_url
        )
    )
