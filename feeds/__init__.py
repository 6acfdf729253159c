"""The blocklist: the store of verdicts and listings, feed formats, atomic publication."""
