"""The content blocks shared by every page of the site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .privacy import visible_documents


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("The page title is the only level 1 heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"
        description = _("A section heading that also helps screen readers find their way.")
        preview_value = {"text": "Forberedelse til forældreskabet", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"
        description = _("An image with a required alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
        description = _("A quote from a parent or a professional.")
        preview_value = {
            "text": "Vi fik talt om ting, vi aldrig havde tænkt på før fødslen.",
            "attribution": "Førstegangsfar",
        }


class LinkStructValue(blocks.StructValue):
    def url(self):
        if page := self.get("page"):
            return page.localized.url
        return self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("Or an external link"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or enter an external link, not both."))
                }
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"
        value_class = LinkStructValue
        description = _("A highlighted box that leads the reader on to a page or a link.")
        preview_value = {
            "title": "Tilbyder din kommune forløbet?",
            "text": "Se hvilke kommuner der er med i netværket.",
            "external_url": "https://example.org",
            "button_label": "Find din kommune",
        }


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    def get_context(self, value, parent_context=None):
        """Lists only the documents the reader may open: a private file's title stays private."""
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context["documents"] = visible_documents(value["documents"], request)
        return context

    class Meta:
        icon = "doc-full"
        label = _("List of documents")
        template = "home/blocks/document_list.html"
        description = _("Files to download, shown with their format and size.")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Question and answer")


class QuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "home/blocks/questions.html"
        description = _("Frequently asked questions that readers can open one at a time.")
        preview_value = {
            "heading": "Spørgsmål og svar",
            "questions": [
                {
                    "question": "Hvad koster det at deltage?",
                    "answer": "<p>Forløbet er gratis for forældrene.</p>",
                }
            ],
        }


# The features of running text everywhere on the site. No document links: a document linked from
# the middle of a text escapes the lists of documents, which check who may open each file.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        # Headings have their own block here.
        features=[feature for feature in RICH_TEXT_FEATURES if feature not in ("h2", "h3")],
        template="home/blocks/paragraph.html",
        description=_("Ordinary running text."),
        preview_value="<p>Familieiværksætterne forbereder førstegangsforældre på livet med barn.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document_list = DocumentListBlock()
    questions = QuestionsBlock()


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=250), label=_("Items to check")
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "home/blocks/checklist.html"
        description = _("Things to remember or to do, each with a box to tick on paper.")
        preview_value = {
            "heading": "Før første gang",
            "items": [
                "Book lokalet",
                "Send invitationen",
                "Find en tolk, hvis der er brug for det",
            ],
        }


class TemplatesBlock(DocumentListBlock):
    """Templates to download (invitations, plans, forms), from the documents of the library.
    Like every list of files it shows only those the reader may open."""

    class Meta:
        icon = "doc-full-inverse"
        label = _("Templates to download")
        template = "home/blocks/templates.html"
        description = _("Templates the reader can download and fill in, from the library's files.")


class HandbookStreamBlock(BaseStreamBlock):
    """The body of a handbook chapter: the site's ordinary blocks, checklists and templates."""

    checklist = ChecklistBlock()
    templates = TemplatesBlock()
