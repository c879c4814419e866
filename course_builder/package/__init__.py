"""Packaging a built site: a reproducible zip for IT, SCORM packages for an LMS."""
