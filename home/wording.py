"""Texts of Django's own that read wrong on a Danish page, worded again in `locale/da`.

The project's catalogue is read before Django's, so its entries win. They are marked here, never
evaluated, so that `make messages` keeps them instead of marking them obsolete.

- File sizes: Django's Danish says "757 bytes" and "12,1 KB"; Danish writes "757 byte" (the
  plural is the same word) and "kB" for kilobyte.
"""

from django.utils.translation import gettext_lazy, ngettext_lazy

DJANGO_TEXTS = [
    ngettext_lazy("%(size)d byte", "%(size)d bytes", "size"),
    gettext_lazy("%s KB"),
]
