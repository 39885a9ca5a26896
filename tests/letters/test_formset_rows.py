"""The plan's rows drawn from the blank row (known valid) are the rows plain_field draws."""

from __future__ import annotations

import pytest
from django.utils import translation

from letters.templatetags.formset_rows import formset_rows
from letters.wizard.plan import PlanForm

VALUES = [
    "",
    "plain words",
    "markup <b>bold</b> & \"quotes\" 'single'",
    "中文的根本原因：没有检查发票",
    "  spaces around  ",
    "line one\nline two",
    '__prefix__ and name="plan-root_causes-0-cause"',
]


def _data(value: str, rows: int = 3) -> dict[str, str]:
    data: dict[str, str] = {}
    fields = {
        "root_causes": ["cause"],
        "corrective_actions": ["date", "action"],
        "preventive_measures": ["measure", "owner", "frequency"],
    }
    for section, names in fields.items():
        prefix = f"plan-{section}"
        data[f"{prefix}-TOTAL_FORMS"] = str(rows)
        data[f"{prefix}-INITIAL_FORMS"] = "0"
        for row in range(rows - 1):  # the last row is left blank
            for name in names:
                typed = f"{value} {row}" if value else value
                # Known valid means valid: the date is one, typed as sellers type it.
                data[f"{prefix}-{row}-{name}"] = (
                    f"2025-11-{row + 3:02d}" if name == "date" and value else typed
                )
    return data


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("value", VALUES)
def test_rows_known_valid_are_drawn_as_plain_field_draws_them(value: str, language: str) -> None:
    with translation.override(language):
        drawn = PlanForm(data=_data(value))
        known = PlanForm(data=_data(value))
        known.known_valid()
        assert drawn.is_valid() == bool(value)  # all blank: "name at least one"
        for drawn_section, known_section in zip(drawn.sections, known.sections, strict=True):
            assert known_section.formset.known_valid
            assert formset_rows(known_section.formset) == formset_rows(drawn_section.formset)
