"""Incubator Admin's domain: models, services, reports. Nothing here imports Qt."""

__version__ = "0.1.0"
