"""PeerDesk core: the encrypted journal and everything that works on it, without Qt."""

__version__ = "0.1.0"
