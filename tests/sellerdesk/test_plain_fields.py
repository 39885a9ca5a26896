"""plain_field writes the markup crispy-forms' Bootstrap 5 pack writes, field for field."""

from __future__ import annotations

import re

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field, as_crispy_form
from django import forms
from django.contrib.auth import get_user_model

from sellerdesk.templatetags.plain_fields import plain_field, plain_form, plain_options

KINDS = {"": "Choose one", "a": "First <kind>", "b": "Second"}


class SampleForm(forms.Form):
    name = forms.CharField(label="Store name", max_length=20, help_text="As <b>buyers</b> see it.")
    note = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"placeholder": 'e.g. "quoted" & more'})
    )
    letter = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=300)
    kind = forms.ChoiceField(choices=list(KINDS.items()), help_text="Pick one.")
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    count = forms.IntegerField(min_value=0)
    agree = forms.BooleanField(required=False, label="I agree", help_text="Tick to go on.")
    secret = forms.CharField(widget=forms.HiddenInput, required=False)
    channel = forms.ChoiceField(
        choices=[("email", "By e-mail"), ("form", "Through the <form>")],
        widget=forms.RadioSelect,
        help_text="Where it goes.",
    )
    evidence = forms.MultipleChoiceField(
        choices=[("invoice", "Invoices"), ("photos", "Photos & labels"), ("tracking", "Tracking")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Evidence you have",
    )
    grouped = forms.MultipleChoiceField(
        choices=[("Papers", [("a", "A"), ("b", "B")]), ("Pictures", [("c", "C")])],
        widget=forms.CheckboxSelectMultiple,
        label="",
    )


def normalised(html: str) -> str:
    collapsed = re.sub(r"\s+", " ", str(html))
    return re.sub(r"\s*([<>])\s*", r"\1", collapsed).strip()


FORMS = {
    "unbound": lambda: SampleForm(prefix="who"),
    "bound, valid": lambda: SampleForm(
        {
            "who-name": "Lumora <Home>",
            "who-note": "a \"b\" 'c'",
            "who-letter": "<p>Dear team</p>\n\nline two",
            "who-kind": "a",
            "who-day": "2026-11-30",
            "who-count": "3",
            "who-agree": "on",
            "who-secret": "x",
            "who-channel": "form",
            "who-evidence": ["invoice", "tracking"],
            "who-grouped": ["b", "c"],
        },
        prefix="who",
    ),
    "bound, every field wrong": lambda: SampleForm(
        {
            "who-name": "x" * 30,
            "who-kind": "zzz",
            "who-day": "someday",
            "who-count": "-1",
            "who-channel": "fax",
            "who-evidence": ["invoice", "letters"],
        },
        prefix="who",
    ),
}


@pytest.mark.parametrize("state", FORMS)
@pytest.mark.parametrize("name", list(SampleForm.base_fields))
def test_plain_field_matches_crispy(state: str, name: str) -> None:
    form = FORMS[state]()
    form.is_bound and form.is_valid()

    expected = normalised(as_crispy_field(form[name]))
    # crispy adds its classes to the widget for good: render ours from a fresh form.
    fresh = FORMS[state]()
    fresh.is_bound and fresh.is_valid()

    assert normalised(plain_field(fresh[name])) == expected


def test_values_and_labels_are_escaped() -> None:
    form = FORMS["bound, valid"]()

    html = plain_field(form["name"]) + plain_field(form["letter"]) + plain_field(form["kind"])

    assert "Lumora &lt;Home&gt;" in html
    assert "&lt;p&gt;Dear team&lt;/p&gt;" in html
    assert "First &lt;kind&gt;" in html
    assert "<p>Dear" not in html


@pytest.mark.parametrize("bound", [False, True])
def test_management_forms_are_written_as_django_writes_them(bound: bool) -> None:
    from django.forms.formsets import ManagementForm

    from sellerdesk.templatetags.plain_fields import plain_hidden_form

    class WizardManagementForm(forms.Form):
        # The wizard's step field: one hidden input whose value comes from the session.
        current_step = forms.CharField(widget=forms.HiddenInput())

    counts = {"TOTAL_FORMS": 3, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000}
    if bound:
        formset = ManagementForm(
            {f"causes-{k}": str(v) for k, v in counts.items()}, prefix="causes"
        )
        wizard = WizardManagementForm({"wizard-current_step": 'plan"><b>'}, prefix="wizard")
    else:
        formset = ManagementForm(initial=counts, prefix="causes")
        wizard = WizardManagementForm(initial={"current_step": 'plan"><b>'}, prefix="wizard")
    for form in (formset, wizard):
        assert plain_hidden_form(form) == str(form)
    assert "&quot;&gt;&lt;b&gt;" in plain_hidden_form(wizard)

    # Missing counts are an error Django shows: the form is left to Django.
    broken = ManagementForm({"causes-TOTAL_FORMS": "x"}, prefix="causes")
    assert plain_hidden_form(broken) == str(broken) and "errorlist" in str(broken)


class SelectForm(forms.Form):
    grouped = forms.ChoiceField(
        choices=[("", "Choose <one>"), ("Group & co", [("a", 'A "b"'), ("b", "B")]), ("c", "C")]
    )
    several = forms.MultipleChoiceField(choices=[("x", "X"), ("y", "Y")], required=False)


@pytest.mark.parametrize("data", [None, {"grouped": "a", "several": ["x", "y"]}, {"grouped": "z"}])
def test_a_select_is_written_byte_for_byte_as_django_writes_it(data: dict | None) -> None:
    # Written by hand, not by Django's template per option: the page must not change at all.
    form = SelectForm(data)
    form.is_bound and form.is_valid()
    fresh = SelectForm(data)
    fresh.is_bound and fresh.is_valid()

    for name in ("grouped", "several"):
        kind = type(form.fields[name].widget).__name__.lower()  # as crispy names it
        invalid = " is-invalid" if form[name].errors else ""
        expected = form[name].as_widget(attrs={"class": f"{kind} form-select{invalid}"})
        assert str(plain_field(fresh[name])).count(str(expected)) == 1


def test_plain_options_select_the_chosen_value_and_escape_the_labels() -> None:
    form = SampleForm({"who-kind": "b"}, prefix="who")

    options = str(plain_options(form["kind"]))

    assert options == (
        '<option value="">Choose one</option>'
        '<option value="a">First &lt;kind&gt;</option>'
        '<option value="b" selected>Second</option>'
    )
    # Unbound, nothing is marked: the browser shows the first option, "Choose one".
    assert "selected" not in str(plain_options(SampleForm(prefix="who")["kind"]))


def _site_forms() -> dict[str, object]:
    """Every form the site draws whole with {{ form|crispy }} before plain_form: unbound,
    and bound with every kind of error (its own and the fields')."""
    from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
    from django.test import RequestFactory

    from sellerdesk.forms import JoinForm, LoginForm, TeamForm, ThrottledPasswordResetForm

    user = get_user_model()(username="liwei")
    user.set_password("an old password 1")
    request = RequestFactory().post("/accounts/login/")
    return {
        "login": lambda: LoginForm(request),
        "login, wrong password": lambda: LoginForm(
            request, data={"username": "nobody", "password": "wrong <b>"}
        ),
        "password reset": lambda: ThrottledPasswordResetForm(),
        "password reset, bad address": lambda: ThrottledPasswordResetForm({"email": "x@"}),
        "new password": lambda: SetPasswordForm(user),
        "new password, mismatch": lambda: SetPasswordForm(
            user, {"new_password1": "a long password 1", "new_password2": "another one 2"}
        ),
        "change password": lambda: PasswordChangeForm(user),
        "change password, wrong old one": lambda: PasswordChangeForm(
            user,
            {"old_password": "x", "new_password1": "short", "new_password2": "short"},
        ),
        "new team": lambda: TeamForm(),
        "new team, blank": lambda: TeamForm({"name": ""}),
        "join": lambda: JoinForm(),
        "join, taken and mismatched": lambda: JoinForm(
            {"username": "", "password1": "a", "password2": "b"}
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(_site_forms()))
def test_plain_form_matches_crispy(name: str) -> None:
    make = _site_forms()[name]
    form = make()
    form.is_bound and form.is_valid()
    expected = normalised(as_crispy_form(form))
    fresh = make()
    fresh.is_bound and fresh.is_valid()

    assert normalised(plain_form(fresh)) == expected
