"""{{ form.field|plain_field }}: a form field in the markup crispy-forms' Bootstrap 5 pack
writes, without its cost.

The wizard renders up to thirty fields a page; through `as_crispy_field` each field costs
a template render with half a dozen includes and filters, most of a step's time. The markup
is the same (classes, ids, help and error blocks, aria attributes from Django), so the
pages, their scripts and styles and the accessibility audit see no difference. Widgets this
does not know (files, multi-widgets) go to crispy.
"""

from __future__ import annotations

from typing import Any

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms, template
from django.forms import BoundField
from django.template.defaultfilters import unordered_list
from django.templatetags.l10n import unlocalize
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# The widgets crispy's pack leaves to other templates: rendered by crispy itself.
_DELEGATED = (forms.FileInput, forms.MultiWidget)
# Radio buttons and multiple checkboxes: a fieldset of options (radio_checkbox_select.html).
_CHOICE_LISTS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


# Django's own templates for these widgets are one <input> (or <textarea>) each; writing it
# here spares a template render per field. A widget with any other template (a subclass
# of ours, say) is rendered by Django as usual.
_INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in ("input", "text", "number", "email", "url", "search", "tel", "date", "hidden")
)
_TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"
# A <select> and its <option>s: a template render per option otherwise (the who step's
# marketplace and language lists are most of its widgets' cost).
_SELECT_TEMPLATE = "django/forms/widgets/select.html"
_OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _attributes(attrs: dict[str, object]) -> str:
    """As django/forms/widgets/attrs.html writes them: False left out, True bare."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _control(field: BoundField, css_class: str | None) -> SafeString:
    """The widget with `css_class` (None: its own attributes only), as as_widget renders it."""
    widget = field.field.widget
    attrs: dict[str, str | bool] = {"class": css_class} if css_class else {}
    template_name = widget.template_name
    if template_name == _SELECT_TEMPLATE:
        if getattr(widget, "option_template_name", None) != _OPTION_TEMPLATE:
            return field.as_widget(attrs=attrs)
    elif template_name not in _INPUT_TEMPLATES and template_name != _TEXTAREA_TEMPLATE:
        return field.as_widget(attrs=attrs)
    if field.field.localize:
        widget.is_localized = True
    attrs = field.build_widget_attrs(attrs, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    name = conditional_escape(context["name"])
    if template_name == _SELECT_TEMPLATE:
        return _select(name, context)
    value = context["value"]
    if widget.template_name == _TEXTAREA_TEMPLATE:
        text = conditional_escape(value) if value else ""
        textarea = f'<textarea name="{name}"{_attributes(context["attrs"])}>\n{text}</textarea>'
        return mark_safe(textarea)  # noqa: S308 (every part escaped above)
    value_attribute = "" if value is None else f' value="{conditional_escape(str(value))}"'
    return mark_safe(  # noqa: S308 (every part escaped above)
        f'<input type="{conditional_escape(context["type"])}" name="{name}"'
        f"{value_attribute}{_attributes(context['attrs'])}>"
    )


def _select(name: str, context: dict) -> SafeString:
    """As django/forms/widgets/select.html and select_option.html write it, whitespace too."""
    parts = [f'<select name="{name}"{_attributes(context["attrs"])}>']
    for group_name, options, _index in context["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in options:
            parts.append(
                f'\n  <option value="{escape(str(option["value"]))}"'
                f"{_attributes(option['attrs'])}>{conditional_escape(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return mark_safe("".join(parts))  # noqa: S308 (every part escaped above)


def _widget_classes(field: BoundField, bootstrap_class: str) -> str:
    """The widget's own classes, its lower-cased class name (as crispy adds) and Bootstrap's."""
    widget = field.field.widget
    classes = widget.attrs.get("class", "").split()
    for name in (widget.__class__.__name__.lower(), *bootstrap_class.split()):
        if name not in classes:
            classes.append(name)
    if field.errors:
        classes.append("is-invalid")
    return " ".join(classes)


def _label(field: BoundField, css_class: str) -> SafeString:
    required = field.field.required
    return format_html(
        '<label for="{}" class="{}{}">{}{}</label>',
        field.id_for_label,
        css_class,
        " requiredField" if required else "",
        field.label,
        mark_safe('<span class="asteriskField">*</span>') if required else "",  # noqa: S308
    )


def _errors(field: BoundField) -> SafeString:
    if not field.errors:
        return mark_safe("")
    return format_html(
        '<div id="{}_error" class="invalid-feedback">{}</div>',
        # Django sets ErrorList.field_id (5.2+); django-stubs 6.1 does not declare it yet.
        field.errors.field_id,  # type: ignore[attr-defined]
        format_html_join(
            "",
            '<p id="error_{}_{}"><strong>{}</strong></p>',
            ((number, field.auto_id, error) for number, error in enumerate(field.errors, 1)),
        ),
    )


def _help(field: BoundField) -> SafeString:
    if not field.help_text:
        return mark_safe("")
    # Help texts are written by us, in the forms, and may hold markup (as crispy allows).
    return format_html(
        '<div id="{}_helptext" class="form-text">{}</div>',
        field.auto_id,
        mark_safe(field.help_text),  # noqa: S308
    )


def _help_and_errors(field: BoundField) -> SafeString:
    return format_html("{}{}", _errors(field), _help(field))


def _choice_list(field: BoundField, wrapper_classes: str) -> SafeString:
    """Radio buttons or checkboxes as field.html and radio_checkbox_select.html write them:
    a fieldset whose legend is the label, one .form-check per option, the errors inside
    the last option, the help text after them."""
    widget = field.field.widget
    widget_id = widget.attrs.get("id") or field.auto_id
    attrs = field.build_widget_attrs({"id": widget_id} if widget_id else {})
    groups = widget.optgroups(field.html_name, widget.format_value(field.value()), attrs)
    invalid = " is-invalid" if field.errors else ""
    name = conditional_escape(field.html_name)
    parts: list[str] = []
    for group_number, (group, options, _index) in enumerate(groups, 1):
        if group:
            parts.append(format_html("<strong>{}</strong>", group))
        for number, option in enumerate(options, 1):
            last = number == len(options) and group_number == len(groups)
            parts.append(
                f'<div class="form-check"><input type="{conditional_escape(option["type"])}"'
                f' class="form-check-input{invalid}" name="{name}"'
                f' value="{conditional_escape(unlocalize(option["value"]))}"'
                f"{_attributes(option['attrs'])}>"
                f'<label for="{conditional_escape(option["attrs"].get("id", ""))}"'
                f' class="form-check-label">{conditional_escape(unlocalize(option["label"]))}'
                f"</label>{_errors(field) if last else ''}</div>"
            )
    options_html = mark_safe(f"<div>{''.join(parts)}</div>")  # noqa: S308 (escaped above)
    legend = mark_safe("")
    if field.label:
        required = field.field.required
        legend = format_html(
            '<legend{} class="form-label{} fs-6">{}{}</legend>',
            format_html(' for="{}"', field.id_for_label) if field.id_for_label else "",
            " requiredField" if required else "",
            field.label,
            mark_safe('<span class="asteriskField">*</span>') if required else "",  # noqa: S308
        )
        described = field.aria_describedby
        return format_html(
            '<div id="div_{}" class="mb-3{}"><fieldset{}>{}{}{}</fieldset></div>',
            field.auto_id,
            wrapper_classes,
            format_html(' aria-describedby="{}"', described) if described else "",
            legend,
            options_html,
            _help(field),
        )
    return format_html(
        '<div id="div_{}" class="mb-3{}">{}{}</div>',
        field.auto_id,
        wrapper_classes,
        options_html,
        _help(field),
    )


@register.filter
def plain_field(field: BoundField) -> SafeString:
    widget = field.field.widget
    if field.is_hidden:
        return _control(field, None)
    if isinstance(widget, _DELEGATED):
        return as_crispy_field(field)
    wrapper_classes = f" {field.css_classes()}" if field.css_classes() else ""
    if isinstance(widget, _CHOICE_LISTS):
        return _choice_list(field, wrapper_classes)
    if isinstance(widget, forms.CheckboxInput):
        control = field.as_widget(attrs={"class": _widget_classes(field, "form-check-input")})
        return format_html(
            '<div class="mb-3"><div id="div_{}" class="form-check{}">{}{}{}</div></div>',
            field.auto_id,
            wrapper_classes,
            control,
            _label(field, "form-check-label"),
            _help_and_errors(field),
        )
    bootstrap = "form-select" if isinstance(widget, forms.Select) else "form-control"
    control = _control(field, _widget_classes(field, bootstrap))
    return format_html(
        '<div id="div_{}" class="mb-3{}">{}{}{}</div>',
        field.auto_id,
        wrapper_classes,
        _label(field, "form-label") if field.label else "",
        control,
        _help_and_errors(field),
    )


@register.filter
def plain_form(form: forms.Form) -> SafeString:
    """{{ form|crispy }} without its templates: the form's own errors in an alert, then
    every field as plain_field draws it (hidden ones as their input)."""
    errors = ""
    if form.non_field_errors():
        errors = format_html(
            '<div class="alert alert-block alert-danger"><ul class="m-0">{}</ul></div>',
            unordered_list(form.non_field_errors(), autoescape=True),
        )
    fields = "".join(plain_field(field) for field in form)
    return mark_safe(errors + fields)  # noqa: S308 (both parts escaped where they are made)


@register.filter
def plain_hidden_form(form: forms.Form) -> SafeString:
    """A form of hidden fields only (a formset's or the wizard's management form) as
    Django writes it, one <input> after another, without its form template. A bound form
    with errors is left to Django, which shows them."""
    if form.is_bound and form.errors:
        return mark_safe(str(form))  # noqa: S308 (Django's own rendering)
    return mark_safe("".join(_control(field, None) for field in form))  # noqa: S308


@register.filter
def plain_options(field: BoundField) -> SafeString:
    """The <option>s of a hand-drawn <select> for `field`, the chosen one selected: what a
    {% for %} over the choices writes, without a template node per option (the drafts
    filter has over forty)."""
    chosen = "%s" % (field.value(),)  # noqa: UP031 (as |stringformat:"s" reads it)
    # Django normalises a choice field's choices to (value, label) pairs when it is built;
    # any other field has none.
    choices: list[tuple[Any, Any]] = list(getattr(field.field, "choices", ()))
    return mark_safe(  # noqa: S308 (every value and label escaped)
        "".join(
            f'<option value="{conditional_escape(value)}"'
            f"{' selected' if chosen == '%s' % (value,) else ''}>{conditional_escape(label)}</option>"  # noqa: UP031
            for value, label in choices
        )
    )
