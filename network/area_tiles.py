"""Tiles that apps above the network add to the professional area's front page.

The area lists its sections (its child pages) by itself; an app that offers something that
is not a page, such as the library's contribution form, registers a function here that
returns a `Tile` for the reader, or None when it has nothing for them. Registered tiles come
before the sections: they are what the reader came to do."""

from dataclasses import dataclass

_tiles = []


@dataclass(frozen=True)
class Tile:
    title: str
    url: str
    text: str


def register(tile_for):
    """`tile_for(request)` returns a Tile or None; registering twice adds it once."""
    if tile_for not in _tiles:
        _tiles.append(tile_for)


def tiles_for(request):
    return [tile for tile in (tile_for(request) for tile_for in _tiles) if tile is not None]
