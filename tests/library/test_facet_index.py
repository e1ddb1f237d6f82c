"""The facet index on its own: sets of materials as integers, selected in each order."""

import random

from library.facets import FacetIndex, to_mask


def test_a_mask_has_exactly_the_given_bits():
    rng = random.Random(4)  # noqa: S311 (test data, not secrets)
    for _ in range(100):
        bits = rng.sample(range(300), rng.randint(0, 300))
        assert to_mask(bits) == sum(1 << bit for bit in bits)


def test_materials_come_out_in_the_asked_order_and_strangers_stay_out():
    # Four materials, newest first; by title the third comes first.
    index = FacetIndex([10, 11, 12, 13], title_order=[2, 0, 3, 1], postings={})
    mask = index.mask([12, 10, 99])  # 99 is not in this library, or not for this reader
    assert mask == 0b101
    assert index.select(mask, "newest") == [10, 12]
    assert index.select(mask, "title") == [12, 10]
    assert index.select(mask, "relevance", ranked=[12, 99, 11, 10]) == [12, 10]
    assert index.select(index.everything, "title") == [12, 10, 13, 11]
    assert index.select(0, "newest") == []


def test_an_empty_library():
    index = FacetIndex([], [], {"kind": {}})
    assert index.everything == 0 and index.mask([1, 2]) == 0
    assert index.select(0, "newest") == index.select(0, "title") == []
    assert index.count("kind", index.everything) == {}
