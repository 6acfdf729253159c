"""Pure detectors: a Capture in, Signals out. No network, no clock, no database."""
