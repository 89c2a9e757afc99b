"""The German translation is complete and keeps every placeholder of its source."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS_FILE = Path(__file__).resolve().parents[2] / "i18n" / "i40_disparity_plugin_de.ts"
MESSAGES = [
    (context.findtext("name"), message.findtext("source"), message.find("translation"))
    for context in ET.parse(TS_FILE).getroot().iter("context")
    for message in context.iter("message")
]


def placeholders(text):
    return sorted(re.findall(r"\{\w*\}", text))


def test_there_are_messages():
    assert len(MESSAGES) > 40


@pytest.mark.parametrize(("context", "source", "translation"), MESSAGES, ids=lambda v: str(v)[:40])
def test_every_message_is_translated_with_the_same_placeholders(context, source, translation):
    assert translation.get("type") is None, f"{context}: unfinished or obsolete"
    assert translation.text
    assert placeholders(translation.text) == placeholders(source)
