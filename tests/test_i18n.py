"""adminapp.i18n: choosing a language and reading the Qt Linguist files without Qt."""

from __future__ import annotations

import threading

import pytest

from adminapp import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Demo</name>
    <message>
        <source>Rent roll</source>
        <translation>租金清单</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">未完成</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation><numerusform>%n 个单元</numerusform></translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def demo_catalogue(tmp_path, monkeypatch):
    (tmp_path / "zh_CN").mkdir()
    (tmp_path / "zh_CN" / "demo.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    i18n.catalog.cache_clear()
    yield
    i18n.catalog.cache_clear()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh_TW.UTF-8", "zh_CN"),
        ("en", "en"),
        ("en_GB.UTF-8", "en"),
        ("C", "en"),
        ("fr_FR", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise(value, expected):
    assert i18n.normalise(value) == expected


def test_parse_language_names_the_choices():
    assert i18n.parse_language("zh-cn") == "zh_CN"
    with pytest.raises(ValueError, match="choose one of: en, zh_CN"):
        i18n.parse_language("klingon")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ],
)
def test_system_language(env, expected):
    assert i18n.system_language(env) == expected


def test_finished_translations_only(demo_catalogue):
    with i18n.language("zh_CN"):
        assert i18n.translate("Demo", "Rent roll") == "租金清单"
        assert i18n.translate("Demo", "Not yet") == "Not yet"
        assert i18n.translate("Demo", "Gone") == "Gone"
        assert i18n.translate("Demo", "%n units") == "%n 个单元"
        assert i18n.translate("Other", "Rent roll") == "Rent roll"  # the context counts
    assert i18n.translate("Demo", "Rent roll") == "Rent roll"  # English outside the block


def test_process_language_reaches_threads_and_a_block_overrides_it(demo_catalogue):
    seen: list[str] = []
    try:
        i18n.set_language("zh_CN")
        worker = threading.Thread(target=lambda: seen.append(i18n.translate("Demo", "Rent roll")))
        worker.start()
        worker.join()
        assert seen == ["租金清单"]
        with i18n.language("en"):
            assert i18n.translate("Demo", "Rent roll") == "Rent roll"
        assert i18n.current() == "zh_CN"
    finally:
        i18n.set_language("en")


def test_names_in_the_language_in_force():
    assert i18n.name("Deep Sea AI", "深海智能") == "Deep Sea AI"
    with i18n.language("zh_CN"):
        assert i18n.name("Deep Sea AI", "深海智能") == "深海智能"
        assert i18n.name("Deep Sea AI", "") == "Deep Sea AI"
    assert i18n.name("", "深海智能") == "深海智能"
