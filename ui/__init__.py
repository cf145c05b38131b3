"""PeerDesk Qt application."""
