# test: from __future__ import after another statement
import sys
from __future__ import annotations
