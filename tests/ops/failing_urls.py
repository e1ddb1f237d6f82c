"""A view that fails, for the error-reporting tests."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from cms import urls as cms_urls


@csrf_exempt
def fails(request):
    raise RuntimeError(f"failed for {request.user.email}")


urlpatterns = [path("fails/", fails), *cms_urls.urlpatterns]
