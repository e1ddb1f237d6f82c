"""Static files as production serves them: the site's own CSS and JavaScript minified, then
hashed into their names and compressed by WhiteNoise, which sends hashed files with a cache
lifetime of ten years (`immutable`): a changed file gets a new name, never a stale copy.

Only the apps' own files are minified (their names start with the app's folder); Wagtail's and
Django's come minified already, and rewriting them would change nothing but the build time.
"""

import rcssmin
import rjsmin
from django.core.files.base import ContentFile
from whitenoise.storage import CompressedManifestStaticFilesStorage

OWN = ("home/", "network/", "library/", "search/")
MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def minifier_for(name):
    """What takes comments and needless white space out of the static file, if it is one of the
    site's own stylesheets or scripts."""
    if not name.startswith(OWN) or ".min." in name:
        return None
    return next((minify for suffix, minify in MINIFIERS.items() if name.endswith(suffix)), None)


class MinifiedManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def _save(self, name, content):
        # Called for the collected file and again for its hashed copy: minifying twice is harmless.
        minify = minifier_for(name)
        if minify:
            text = b"".join(content.chunks()).decode("utf-8")  # chunks() reads from the start
            content = ContentFile(minify(text).encode("utf-8"))
        return super()._save(name, content)
