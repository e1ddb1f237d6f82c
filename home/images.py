"""Pictures in the sizes and formats a phone or a wide screen needs, named by where they are
shown: the templates ask for `{% picture_for image "hero" %}`, and the demo loader makes the same
renditions ahead so the first visitor does not wait for them to be encoded.

Each place lists its formats (AVIF, then WebP, then JPEG for browsers that know neither) and its
widths; the browser picks the smallest that fills the space `sizes` describes at the screen's
pixel density.
"""

from dataclasses import dataclass

from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found


@dataclass(frozen=True)
class Place:
    specs: str
    sizes: str
    eager: bool = False  # above the fold: loaded at once, first among the images


PLACES = {
    # Beside the title on the home page: a phone's width less the margins (1rem each side),
    # from 50em two fifths of the container less its padding and the gap (site.css, section 8),
    # and no more once the container stops growing at 72rem. Saying 100vw and 40vw instead sent
    # a 375 px phone the 720 px picture a wide screen gets.
    "hero": Place(
        "format-{avif,webp,jpeg} fill-{360x270,720x540,1080x810}",
        "(min-width: 72rem) 26.6rem, (min-width: 50em) calc(40vw - 2.2rem), calc(100vw - 2rem)",
        eager=True,
    ),
    # In the flow of a page's text, never wider than the text column.
    "content": Place(
        "format-{avif,webp,jpeg} width-{400,800,1200}",
        "(min-width: 50em) 46rem, 100vw",
    ),
}


def filter_specs(place):
    return Filter.expand_spec(PLACES[place].specs)


def picture_for(image, place, **attrs):
    """The <picture> of the image for the place, with the attributes of its <img>."""
    chosen = PLACES[place]
    renditions = get_renditions_or_not_found(image, filter_specs(place))
    if chosen.eager:
        attrs.setdefault("fetchpriority", "high")
    else:
        attrs.setdefault("loading", "lazy")
        attrs.setdefault("decoding", "async")
    return Picture(renditions, {"sizes": chosen.sizes, **attrs})


def prepare_renditions(image, *places):
    """Encode the image for the places now (AVIF takes a while), not on a visitor's request."""
    for place in places:
        image.get_renditions(*filter_specs(place))
