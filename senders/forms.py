from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

# A real notice with its headers and an HTML part is a few tens of KB; anything larger is
# not a single e-mail to paste.
MAX_EMAIL_BYTES = 200 * 1024


class SenderCheckForm(forms.Form):
    """A pasted e-mail or an uploaded .eml file; exactly one of them."""

    message = forms.CharField(
        label=_("Paste the whole e-mail"),
        required=False,
        max_length=MAX_EMAIL_BYTES,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false", "class": "font-monospace"}),
        help_text=_(
            "With its headers if you can (in your mail program: “Show original” or “View "
            "source”), or only the sender's address and the links."
        ),
    )
    upload = forms.FileField(
        label=_("Or upload the .eml file"),
        required=False,
        help_text=_("At most 200 KB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".eml,message/rfc822,text/plain"}),
    )

    def clean_message(self) -> str:
        message: str = self.cleaned_data["message"]
        if len(message.encode("utf-8", "surrogatepass")) > MAX_EMAIL_BYTES:
            raise forms.ValidationError(
                _("The e-mail is larger than 200 KB. Paste only its headers and text.")
            )
        return message

    def clean_upload(self) -> UploadedFile | None:
        upload: UploadedFile | None = self.cleaned_data.get("upload")
        if upload is not None and (upload.size or 0) > MAX_EMAIL_BYTES:
            raise forms.ValidationError(_("The file is larger than 200 KB."))
        return upload

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        message, upload = cleaned.get("message"), cleaned.get("upload")
        if self.errors:
            return cleaned
        if message and message.strip() and upload:
            raise forms.ValidationError(_("Paste the e-mail or upload it, not both."))
        if not (message and message.strip()) and not upload:
            raise forms.ValidationError(_("Paste an e-mail or choose an .eml file."))
        return cleaned

    def raw_email(self) -> bytes:
        """The e-mail as bytes, from whichever field was filled."""
        upload = self.cleaned_data.get("upload")
        if upload is not None:
            return upload.read(MAX_EMAIL_BYTES + 1)
        return self.cleaned_data["message"].encode("utf-8", "replace")
