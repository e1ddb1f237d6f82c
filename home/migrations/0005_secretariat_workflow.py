"""The workflow "Sekretariatets godkendelse" on the whole tree (the library and the meetings
included): one step, approved by the secretariat, never by the one who submitted."""

from django.db import migrations

WORKFLOW = "Sekretariatets godkendelse"
SECRETARIAT = "Sekretariat"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    SecretariatApprovalTask = apps.get_model("home", "SecretariatApprovalTask")

    if Workflow.objects.filter(name=WORKFLOW).exists():
        return
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    content_type, _ = ContentType.objects.get_or_create(
        app_label="home", model="secretariatapprovaltask"
    )
    task = SecretariatApprovalTask.objects.create(
        name=WORKFLOW, active=True, content_type=content_type
    )
    task.groups.add(secretariat)
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Wagtail's own default workflow would otherwise linger, unused, in the editors' lists.
    Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True).update(
        active=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0004_secretariat_approval"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
