from django import template

from home import images

register = template.Library()


@register.simple_tag
def picture_for(image, place, **attrs):
    """`{% picture_for image "hero" alt=... %}`: see home/images.py for the places."""
    if not image:
        return ""
    return images.picture_for(image, place, **attrs)
