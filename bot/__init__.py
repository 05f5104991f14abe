"""newsbot: answers questions about the news, in Italian."""

__version__ = "0.1.0"
