"""The words typo tolerance corrects to are those of what is indexed now: a daily command
deletes the words of deleted and changed content, for a word may name a person."""

import pytest
from django.core.management import call_command
from django.db import connection

from home.factories import ConceptPageFactory
from search.models import SearchWord

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the word list of typo tolerance is PostgreSQL's (pg_trgm)",
    ),
]


def kept(*words):
    return set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))


def pruned(**options):
    call_command("prune_search_words", verbosity=0, **options)


def test_the_words_of_a_deleted_page_are_deleted_and_those_of_live_pages_kept(home_da):
    leaving = ConceptPageFactory(parent=home_da, title="Jordemoder Gunhildsdatter")
    ConceptPageFactory(parent=home_da, title="Jordemoderens tjekliste")
    assert kept("gunhildsdatter", "jordemoder", "tjekliste") == {
        "gunhildsdatter",
        "jordemoder",
        "tjekliste",
    }
    leaving.delete()

    pruned(dry_run=True)
    assert "gunhildsdatter" in kept("gunhildsdatter")
    pruned()
    assert kept("gunhildsdatter", "jordemoder", "tjekliste") == {"jordemoder", "tjekliste"}
    # The demo's own words stay: the list still corrects a misspelling of them.
    assert kept("forældre", "søvnguide") == {"forældre", "søvnguide"}


def test_a_word_taken_out_of_a_page_goes_too(home_da):
    page = ConceptPageFactory(parent=home_da, title="Kontakt Gunhildsdatter")
    page.title = "Kontakt sundhedsplejen"
    page.save()
    pruned()
    assert kept("gunhildsdatter", "sundhedsplejen") == {"sundhedsplejen"}


def test_the_command_says_what_it_did(home_da, capsys):
    ConceptPageFactory(parent=home_da, title="Gunhildsdatter").delete()
    call_command("prune_search_words", dry_run=True)
    assert "1 word(s) no longer in the search index would be deleted." in capsys.readouterr().out
    call_command("prune_search_words")
    assert "1 word(s) no longer in the search index deleted." in capsys.readouterr().out
