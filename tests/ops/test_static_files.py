"""The site's own stylesheets and scripts reach the browser minified, under names that change with
their content, and are kept by browsers and CDNs for ten years."""

from pathlib import Path

from django.core.files.base import ContentFile
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from cms.storage import MinifiedManifestStaticFilesStorage

SITE_CSS = Path(__file__).parents[2] / "home" / "static" / "home" / "css" / "site.css"
STYLESHEET = """/* The site's colours */
:root {
    --c-teal: #00616b;
}

.hero  {  background : url("../img/sun.svg") ;  }
"""
SCRIPT = """// Opens the menu
function open(menu) {
    /* the button says so */
    menu.hidden = false;
}
"""
ADMIN_SCRIPT = "// Wagtail's own, left as it comes\nvar  x = 1;\n"


def collected(tmp_path):
    storage = MinifiedManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    files = {
        "home/css/site.css": STYLESHEET,
        "home/img/sun.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
        "home/js/menu.js": SCRIPT,
        "wagtailadmin/js/core.js": ADMIN_SCRIPT,
    }
    for name, text in files.items():
        storage.save(name, ContentFile(text.encode()))
    list(storage.post_process({name: (storage, name) for name in files}))
    return storage


def test_the_sites_own_css_and_js_are_minified_and_hashed(tmp_path):
    storage = collected(tmp_path)
    css_name = storage.stored_name("home/css/site.css")
    assert css_name != "home/css/site.css"  # a new name whenever the content changes
    css = storage.open(css_name).read().decode()
    assert "/*" not in css and "\n" not in css.strip()
    assert ":root{--c-teal:#00616b}" in css
    # The reference to the drawing still points at its hashed name.
    assert storage.stored_name("home/img/sun.svg").rpartition("/")[2] in css
    script = storage.open(storage.stored_name("home/js/menu.js")).read().decode()
    assert "//" not in script and "/*" not in script
    assert "menu.hidden=false" in script.replace(" ", "")


def test_files_of_wagtail_and_django_are_left_as_they_come(tmp_path):
    storage = collected(tmp_path)
    admin = storage.open(storage.stored_name("wagtailadmin/js/core.js")).read().decode()
    assert admin == ADMIN_SCRIPT


def test_the_real_stylesheet_is_a_quarter_smaller(tmp_path):
    storage = MinifiedManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    name = storage.save("home/css/site.css", ContentFile(SITE_CSS.read_bytes()))
    assert storage.size(name) < SITE_CSS.stat().st_size * 0.75


def test_hashed_files_are_kept_ten_years_and_the_page_never_asks_again(tmp_path):
    storage_settings = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "cms.storage.MinifiedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storage_settings, DEBUG=False):
        storage = collected(tmp_path)
        middleware = WhiteNoiseMiddleware(lambda request: None)
        hashed = "/static/" + storage.stored_name("home/css/site.css")
        response = middleware(RequestFactory().get(hashed))
        plain = middleware(RequestFactory().get("/static/home/css/site.css"))
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
    assert "immutable" not in plain["Cache-Control"]  # the unhashed name may change content
