# Draft, DraftRevision and TimelineEntry, moved here from the letters app (letters 0011).
# The tables were created by the letters app's migrations and keep their names (db_table):
# this migration only records the models under their new app, and moves their content types
# with them, so that the admin history (LogEntry) and the permissions stay attached.

import django.core.serializers.json
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MODELS = ('draft', 'draftrevision', 'timelineentry')


def move_content_types(apps, schema_editor, *, old, new):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    for model in MODELS:
        # A database that already has the new row (it cannot be renamed onto) keeps both.
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(app_label=new)


def content_types_forwards(apps, schema_editor):
    move_content_types(apps, schema_editor, old='letters', new='drafts')


def content_types_backwards(apps, schema_editor):
    move_content_types(apps, schema_editor, old='drafts', new='letters')


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('letters', '0011_drafts_move_to_drafts_app'),
        ('sellerdesk', '0005_team_calendar_token'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Draft',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('case_type', models.CharField(choices=[('suspension_verification', 'Account suspended: identity or verification'), ('suspension_hijacking', 'Account under review: listing hijacking'), ('odr_deactivation', 'Deactivated for Order Defect Rate'), ('inauthentic_complaint', 'Inauthentic or counterfeit complaints'), ('ip_complaint', 'Intellectual-property complaint'), ('ip_complaint_dispute', 'Intellectual-property complaint you dispute'), ('ip_retraction', 'Retraction of an IP complaint'), ('product_quality', 'Product quality or "not as described"'), ('funds_release', 'Funds held after deactivation'), ('fba_removal_locked', 'Remove FBA stock from a locked account'), ('abuse_report', 'Feedback abuse or extortion'), ('cease_and_desist', 'Cease-and-desist to a listing hijacker'), ('review_followup', 'Bad experience or negative review'), ('remedy_followup', 'Follow-up after a remedy'), ('return_size', 'Return: the item does not fit'), ('return_reason', 'Return: ask the reason'), ('return_fbm', 'Return on a merchant-fulfilled order'), ('exchange_after_dispatch', 'Exchange asked after dispatch'), ('shipping_status', 'Where is my parcel?'), ('delivery_time', 'Delivery time question'), ('lost_parcel', 'Parcel lost or tracking not updating'), ('tracking_number', 'Tracking number question'), ('how_to_use', 'How to use the product'), ('replacement_sent', 'Replacement dispatched'), ('confirm_quantity', 'Confirm the quantity of a large order'), ('wrong_address', 'Shipped to a wrong address')], max_length=40, verbose_name='case')),
                        ('marketplace', models.CharField(max_length=2, verbose_name='marketplace')),
                        ('language', models.CharField(default='en', max_length=5, verbose_name='language')),
                        ('recipients', models.JSONField(blank=True, default=list, verbose_name='recipients')),
                        ('route_name', models.CharField(blank=True, max_length=200, verbose_name='route')),
                        ('route_where', models.CharField(blank=True, max_length=500, verbose_name='where to find the route')),
                        ('subject', models.CharField(blank=True, max_length=300, verbose_name='subject')),
                        ('body', models.TextField(verbose_name='letter')),
                        ('answers', models.JSONField(blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder, verbose_name='interview answers')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('ready_for_review', "Ready for a teammate's check"), ('sent', 'Sent'), ('awaiting_reply', 'Awaiting reply'), ('resolved', 'Resolved')], default='draft', max_length=20, verbose_name='status')),
                        ('outcome', models.CharField(blank=True, choices=[('accepted', 'Accepted'), ('rejected', 'Rejected'), ('withdrawn', 'Withdrawn')], max_length=10, verbose_name='outcome')),
                        ('version', models.PositiveIntegerField(default=1, verbose_name='version')),
                        ('notice_text', models.TextField(blank=True, default='', max_length=50000, verbose_name="Amazon's notice")),
                        ('deadlines', models.JSONField(blank=True, default=list, verbose_name='deadlines')),
                        ('next_due', models.DateTimeField(blank=True, null=True, verbose_name='next deadline')),
                        ('evidence', models.JSONField(blank=True, default=list, verbose_name='evidence the seller has')),
                        ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='author')),
                        ('follow_up_of', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='follow_ups', to='drafts.draft', verbose_name='follow-up of')),
                        ('team', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='drafts', to='sellerdesk.team', verbose_name='team')),
                        ('template_version', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='drafts', to='letters.templateversion', verbose_name='template version')),
                    ],
                    options={
                        'verbose_name': 'draft',
                        'verbose_name_plural': 'drafts',
                        'db_table': 'letters_draft',
                        'ordering': ['-updated_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='DraftRevision',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('number', models.PositiveIntegerField(verbose_name='revision')),
                        ('subject', models.CharField(blank=True, max_length=300, verbose_name='subject')),
                        ('body', models.TextField(verbose_name='letter')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='saved')),
                        ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='saved by')),
                        ('draft', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='revisions', to='drafts.draft')),
                    ],
                    options={
                        'verbose_name': 'revision',
                        'verbose_name_plural': 'revisions',
                        'db_table': 'letters_draftrevision',
                        'ordering': ['draft', '-number'],
                    },
                ),
                migrations.CreateModel(
                    name='TimelineEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('sent', 'Sent'), ('amazon_reply', "Amazon's reply"), ('comment', 'Comment'), ('status_change', 'Status change'), ('follow_up', 'Follow-up'), ('override', 'Errors overridden'), ('checked_mail', 'Checked e-mail')], max_length=20, verbose_name='what happened')),
                        ('text', models.TextField(blank=True, verbose_name='text')),
                        ('happened_on', models.DateField(default=django.utils.timezone.localdate, verbose_name='date')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='added')),
                        ('token', models.UUIDField(blank=True, editable=False, null=True, unique=True, verbose_name='form token')),
                        ('details', models.JSONField(blank=True, default=dict, verbose_name='details')),
                        ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='added by')),
                        ('draft', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='timeline', to='drafts.draft')),
                    ],
                    options={
                        'verbose_name': 'timeline entry',
                        'verbose_name_plural': 'timeline entries',
                        'db_table': 'letters_timelineentry',
                        'ordering': ['happened_on', 'created_at', 'pk'],
                    },
                ),
                migrations.AddIndex(
                    model_name='draft',
                    index=models.Index(fields=['team', '-updated_at'], name='draft_team_updated'),
                ),
                migrations.AddIndex(
                    model_name='draft',
                    index=models.Index(fields=['team', 'status'], name='draft_team_status'),
                ),
                migrations.AddIndex(
                    model_name='draft',
                    index=models.Index(fields=['team', 'case_type'], name='draft_team_case'),
                ),
                migrations.AddIndex(
                    model_name='draft',
                    index=models.Index(fields=['team', 'marketplace'], name='draft_team_marketplace'),
                ),
                migrations.AddIndex(
                    model_name='draft',
                    index=models.Index(fields=['team', 'author'], name='draft_team_author'),
                ),
                migrations.AddIndex(
                    model_name='draft',
                    index=models.Index(fields=['team', 'next_due'], name='draft_team_next_due'),
                ),
                migrations.AddConstraint(
                    model_name='draft',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('outcome__in', ['accepted', 'rejected', 'withdrawn']), ('status', 'resolved')), models.Q(models.Q(('status', 'resolved'), _negated=True), ('outcome', '')), _connector='OR'), name='draft_outcome_only_when_resolved'),
                ),
                migrations.AddConstraint(
                    model_name='draftrevision',
                    constraint=models.UniqueConstraint(fields=('draft', 'number'), name='revision_number_unique'),
                ),
                migrations.AddIndex(
                    model_name='timelineentry',
                    index=models.Index(fields=['draft', 'happened_on'], name='timeline_draft_date'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
