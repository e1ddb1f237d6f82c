"""The library's demo content: the loader (`loader.py`) and its data (`materials.py`, the
library's materials; `contributions.py`, the demo contributor's submissions)."""

from .loader import load

__all__ = ["load"]
