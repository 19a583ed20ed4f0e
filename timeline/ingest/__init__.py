"""Getting articles in: ``article`` reads text from pasted text, files and HTML, ``fetch`` downloads a URL
behind the address guard, ``review`` turns an article into proposed rows and saves the accepted ones.
The public API is ``review``'s (which re-exports the reading functions).
"""

from timeline.ingest.review import *  # noqa: F403 - the public API is review's __all__
from timeline.ingest.review import __all__  # noqa: F401
