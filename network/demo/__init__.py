"""The network's demo content: the loader (`loader.py`) and its data, one module per subject
(`municipalities.py`, `pages.py`, `board.py`, `funding.py`, `localdata.py`)."""

from .loader import load

__all__ = ["load"]
