# test: an unknown __future__ feature
from __future__ import coroutines
