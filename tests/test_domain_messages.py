"""The services' messages read in Chinese: extractor, domain.ts, translate_message, errors."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from adminapp import i18n, i18n_messages
from adminapp.errors import ConflictError, DomainError, ValidationError
from adminapp.services import companies
from adminapp.services.companies import CompanyInput
from tests.dbstate import dump
from tests.factories import credit_code

ROOT = Path(__file__).resolve().parent.parent
DOMAIN_TS = ROOT / "resources" / "i18n" / "zh_CN" / "domain.ts"
PLACEHOLDER = re.compile(r"%\d+")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _script():
    spec = importlib.util.spec_from_file_location(
        "domain_messages", ROOT / "scripts" / "domain_messages.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


@pytest.fixture(scope="module")
def extracted(script) -> list[str]:
    return script.extract()


def _messages(path: Path) -> dict[str, tuple[str, str | None]]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    out = {}
    for message in root.iter("message"):
        node = message.find("translation")
        out[message.findtext("source")] = (node.text or "", node.get("type"))
    return out


def test_extractor_finds_the_services_messages(extracted):
    found = set(extracted)
    for template in (
        "The account is locked until %1",  # ValidationError({...: f"..."})
        "Credit code %1",  # errors[...] = f"Credit code {problem}"
        "check digit is %1, should be %2",  # what credit_code.problem returns
        "Password must be at least %1 characters",  # passwords.problem, via a local
        "Unit %1 is already leased under %2 from %3 to %4%5",
        "Lease %1 does not exist",  # NotFound(f"...")
        "You may not %1: that needs the %2 role (you hold %3)",  # permissions.refusal
        "add a company",  # a permission's label, embedded in that refusal
        "%1: the limit cannot be negative",  # the message half of a (value, problem) tuple
        "That time off of %1 no longer exists",  # NotFound(texts[0]) through a parameter
        "%1 is not a number",  # import cells, via the CONVERT dispatch table
        "Nothing can be approved: %1",  # an approval blocker
        "Room %1 is out of service from %2 to %3%4",  # f-string + conditional tail
    ):
        assert template in found, template
    assert extracted == sorted(extracted)
    # Format specs are dropped and every computed part is numbered in order.
    assert "Room %1 is open %2–%3" in found
    # Not messages: audit summaries and SQL.
    assert not any(m.startswith(("SELECT", "PRAGMA")) for m in found)
    assert "Time off of %1 removed" not in found


def _copy_ts(tmp_path: Path, monkeypatch, script) -> Path:
    i18n_dir = tmp_path / "i18n"
    (i18n_dir / "zh_CN").mkdir(parents=True)
    shutil.copy(DOMAIN_TS, i18n_dir / "zh_CN" / "domain.ts")
    monkeypatch.setattr(script, "I18N", i18n_dir)
    return i18n_dir / "zh_CN" / "domain.ts"


def test_update_is_idempotent_and_keeps_translations(tmp_path, monkeypatch, script, extracted):
    ts = _copy_ts(tmp_path, monkeypatch, script)
    # An old message no longer in the code, and a translation someone made.
    text = ts.read_text(encoding="utf-8").replace(
        "</context>",
        "    <message>\n        <source>Gone from the code</source>\n"
        "        <translation>已删除</translation>\n    </message>\n</context>",
    )
    ts.write_text(text, encoding="utf-8")
    before = _messages(ts)
    script.update("zh_CN")
    first = ts.read_text(encoding="utf-8")
    script.update("zh_CN")
    assert ts.read_text(encoding="utf-8") == first
    after = _messages(ts)
    assert "Gone from the code" not in after
    assert list(after) == extracted
    locked = "The account is locked until %1"
    assert after[locked] == before[locked]
    assert after[locked][1] is None and HAN.search(after[locked][0])


def test_update_writes_a_new_file_with_unfinished_entries(tmp_path, monkeypatch, script, extracted):
    monkeypatch.setattr(script, "I18N", tmp_path / "i18n")
    path, total, todo = script.update("zh_CN")
    assert total == todo == len(extracted)
    messages = _messages(path)
    assert set(messages) == set(extracted)
    assert all(kind == "unfinished" and text == "" for text, kind in messages.values())
    head = path.read_text(encoding="utf-8").splitlines()[:5]
    assert head[2] == '<TS version="2.1" language="zh_CN">'
    assert head[4] == "    <name>Domain</name>"


def test_every_message_has_a_finished_translation_with_its_placeholders(extracted):
    messages = _messages(DOMAIN_TS)
    assert list(messages) == extracted, "run scripts/domain_messages.py update zh_CN"
    for source, (text, kind) in messages.items():
        assert kind is None and text.strip(), source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def test_translate_message_exact_and_templated():
    with i18n.language("zh_CN"):
        assert i18n_messages.translate_message("Choose at least one unit") == "请至少选择一个单元"
        locked = i18n_messages.translate_message("The account is locked until 2026-05-01 10:15")
        assert locked == "该账户已锁定至 2026-05-01 10:15"
        clash = i18n_messages.translate_message(
            "Unit 7F-05 is already leased under L2026-0003 from 2026-01-01 to 2027-01-01"
            " (and 2 more)"
        )
        assert (
            clash == "单元 7F-05 在 2026-01-01 至 2027-01-01 已由租约 L2026-0003 出租（另有 2 处）"
        )
        # A value that is itself a table word or a list of them reads in Chinese too.
        refused = i18n_messages.translate_message(
            "You may not add a company: that needs the staff role (you hold finance, manager)"
        )
        assert refused == "您无权添加企业：需要工作人员角色（您当前的角色：财务、经理）"
        assert i18n_messages.translate_message("Nothing like a message") == "Nothing like a message"


def test_translate_message_is_unchanged_in_english():
    assert i18n.current() == "en"
    text = "The account is locked until 2026-05-01 10:15"
    assert i18n_messages.translate_message(text) is text
    with i18n.language("en"):
        assert (
            i18n_messages.translate_message("Choose at least one unit")
            == "Choose at least one unit"
        )


def test_errors_translate_and_keep_the_english():
    with i18n.language("zh_CN"):
        error = ValidationError(
            {"roles": "Choose at least one role", "login": "Login name is required"}
        )
        conflict = ConflictError("A terminated lease cannot be edited", "stage")
    assert error.errors == {"roles": "请至少选择一个角色", "login": "登录名为必填项"}
    assert (error.field, error.message, str(error)) == (
        "roles",
        "请至少选择一个角色",
        "请至少选择一个角色",
    )
    assert error.source_errors["login"] == "Login name is required"
    assert conflict.message == "已终止的租约不能编辑" and conflict.field == "stage"
    assert conflict.source_message == "A terminated lease cannot be edited"
    english = DomainError("Lease 7 does not exist", "lease")
    assert english.message == english.source_message == "Lease 7 does not exist"


def test_a_service_refusal_reads_in_chinese_and_writes_nothing(ctx, centre):
    before = dump(ctx.db)
    bad = CompanyInput("Zeta Labs", credit_code(99)[:17] + "0", "scene_design")
    with i18n.language("zh_CN"), pytest.raises(ValidationError) as err:
        companies.create_company(ctx, bad)
    assert set(err.value.errors) == {"credit_code"}
    message = err.value.errors["credit_code"]
    assert message.startswith("统一社会信用代码校验位为 0，应为 "), message
    assert err.value.source_errors["credit_code"].startswith("Credit code check digit is 0")
    assert dump(ctx.db) == before
    # The same refusal outside the block reads in English.
    with pytest.raises(ValidationError) as err:
        companies.create_company(ctx, bad)
    assert err.value.errors["credit_code"].startswith("Credit code check digit is 0, should be")


def test_a_field_named_in_a_message_is_named_in_chinese_too():
    from adminapp import i18n
    from adminapp.i18n_messages import translate_message

    with i18n.language("zh_CN"):
        assert translate_message("Eligible cost must be a number") == "合规费用必须是数字"
        assert translate_message("Rentable area must be a number") == "可租面积必须是数字"
