# Draft, DraftRevision and TimelineEntry now belong to the drafts app (drafts/migrations/0001).
# Only Django's record of the models changes: their tables keep their names and their rows.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('letters', '0010_timeline_checked_mail'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='TimelineEntry'),
                migrations.DeleteModel(name='DraftRevision'),
                migrations.DeleteModel(name='Draft'),
            ],
            database_operations=[],
        ),
    ]
