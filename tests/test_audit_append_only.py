"""The audit trail is permanent: the database itself refuses to change or delete entries."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from adminapp.services import building
from adminapp.services.context import ALL_ROLES, Actor, AppContext


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entries SET actor = 'someone else'",
        "DELETE FROM audit_entries",
    ],
)
def test_the_database_refuses_to_rewrite_history(db, statement):
    ctx = AppContext(db, Actor("clerk", "ws1", roles=ALL_ROLES))
    building.create_building(ctx, "West Bund AI Tower", 60000)
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT id, actor, changes FROM audit_entries")).all()
    with pytest.raises(DBAPIError, match="audit entries are permanent"):
        with db.engine.begin() as conn:
            conn.execute(text(statement))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT id, actor, changes FROM audit_entries")).all() == before


def test_truncate_is_refused_on_postgresql(pg_db):
    with pytest.raises(DBAPIError, match="audit entries are permanent"):
        with pg_db.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_entries"))


def test_new_entries_can_still_be_written(db):
    ctx = AppContext(db, Actor("clerk", "ws1", roles=ALL_ROLES))
    building.create_building(ctx, "A", 100)
    building.create_building(ctx, "B", 100)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entries")).scalar() == 2
