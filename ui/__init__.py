"""Incubator Admin's Qt interface. Talks to adminapp.services only; builds no SQL."""
