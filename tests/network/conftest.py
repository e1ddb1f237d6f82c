import pytest
from wagtail.documents.models import Document

from network.documents import PROFESSIONAL_COLLECTION
from network.models import ProfessionalAreaPage


@pytest.fixture
def area_pages(db):
    """Every live page of the professional area, in both languages."""
    pages = []
    for area in ProfessionalAreaPage.objects.all():
        pages += list(area.get_descendants(inclusive=True).live().specific())
    return pages


@pytest.fixture
def private_documents(db):
    return list(Document.objects.filter(collection__name=PROFESSIONAL_COLLECTION))
