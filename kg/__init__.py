"""policykg: a knowledge graph of Chinese policy documents.

The package mirrors the data flow: ``normalise`` → ``structure`` → ``extract`` → ``link`` →
``graph`` → ``validate`` → ``query`` / ``analyse`` / ``viz`` / ``export`` / ``serve``.
"""

__version__ = "0.1.0"
