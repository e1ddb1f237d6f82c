"""Demo contributions from the demo contributor (Aarhus), one in each state of the workflow,
so that "Mine bidrag" and the secretariat's dashboard have something to show."""

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from wagtail.rich_text import RichText

from home.demo import document
from network.documents import professional_collection
from network.models import Municipality

from .contribute import library_for_contributions
from .models import MaterialFile, MaterialPage, Phase, TargetGroup

CONTRIBUTIONS = [
    {
        "state": "draft",
        "title": "Tjekliste til det første hjemmebesøg efter kurset",
        "summary": "En kort tjekliste, som sundhedsplejersken kan tage med til det første "
        "hjemmebesøg, så det, forældrene lærte på kurset, bliver samlet op.",
        "kind": "tool",
        "tags": ["hjemmebesøg", "sundhedspleje"],
    },
    {
        "state": "awaiting",
        "title": "Sangkort til de første uger",
        "summary": "Seks enkle sange med tekst og fagter, som forældre kan synge med deres "
        "nyfødte. Vi deler dem ud på den sidste kursusgang.",
        "kind": "material",
        "tags": ["sang", "tilknytning"],
    },
    {
        "state": "changes_requested",
        "title": "Samtaleguide: fars første uger",
        "summary": "Spørgsmål til en samtale med fædre om de første uger efter fødslen: "
        "søvn, arbejde, parforhold og hvem man kan spørge.",
        "kind": "method",
        "tags": ["fædre", "parforhold"],
        "comment": "Tak, den er god! Vil I tilføje en kort vejledning til den, der leder "
        "samtalen, og nævne hvor lang tid den tager?",
    },
    {
        "state": "published",
        "title": "Invitation til fædremøde i Aarhus",
        "summary": "Den invitation, vi sender til alle kommende fædre før kurset: kort, "
        "konkret og med et billede af dem, de møder.",
        "kind": "material",
        "tags": ["fædre", "rekruttering"],
    },
]


def load(log):
    User = get_user_model()
    contributor = User.objects.filter(username="kommune").first()
    secretary = User.objects.filter(username="sekretariat").first()
    library = library_for_contributions()
    if contributor is None or secretary is None or library is None:
        return
    aarhus = Municipality.objects.get(name="Aarhus")
    created = 0
    # The demo's workflow steps are not news for anybody's inbox.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        for entry in CONTRIBUTIONS:
            if MaterialPage.objects.filter(title=entry["title"]).exists():
                continue
            _contribute(library, contributor, secretary, aarhus, entry)
            created += 1
    if created:
        log(f"Created {created} demo contributions, one in each state")


def _contribute(library, contributor, secretary, municipality, entry):
    material = MaterialPage(
        title=entry["title"],
        introduction=entry["summary"],
        kind=entry["kind"],
        municipality=municipality,
        owner=contributor,
        live=False,
        contact_name=contributor.get_full_name(),
        contact_email=contributor.email,
        body=[("paragraph", RichText(f"<p>{entry['summary']}</p>"))],
    )
    material.target_groups = list(TargetGroup.objects.all()[:1])
    material.phases = list(Phase.objects.all()[:1])
    material.tags.set(entry["tags"])
    file = document(entry["title"], "bidrag.pdf", [entry["summary"]], professional_collection())
    material.files = [MaterialFile(document=file)]
    library.add_child(instance=material)
    material.save_revision(user=contributor, log_action=True)
    if entry["state"] == "draft":
        return
    material.get_workflow().start(material, contributor)
    task_state = material.current_workflow_state.current_task_state
    if entry["state"] == "changes_requested":
        task_state.reject(user=secretary, comment=entry["comment"])
    elif entry["state"] == "published":
        task_state.approve(user=secretary)
