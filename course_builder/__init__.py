"""course_builder: build self-paced training courses as static MkDocs (Material) sites."""

__version__ = "0.1.0"
