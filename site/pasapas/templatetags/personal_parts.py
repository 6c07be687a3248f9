"""`{% personal "name" [argument] %}…{% endpersonal %}`: a part of a page that differs from
one signed-in person to another (pasapas/personal_parts.py). Rendered in place, except in a
shared rendering, where it leaves a marker with the argument (a word: letters, digits, dashes)
that fills it later."""

import re

from django import template

from pasapas import personal_parts

_WORD = re.compile(r"[\w-]*")

register = template.Library()


class PersonalNode(template.Node):
    def __init__(self, name, argument, nodelist, template_name):
        self.name = name
        self.template_name = template_name
        self.argument = argument
        self.nodelist = nodelist
        known = personal_parts.NODES.get(name)
        if known is not None and known.template_name != template_name:
            raise template.TemplateSyntaxError(
                f"The personal part {name!r} is already in {known.template_name}: one name a part."
            )
        personal_parts.NODES[name] = self

    def render(self, context):
        if not context.get(personal_parts.SHELL):
            return self.nodelist.render(context)
        argument = str(self.argument.resolve(context)) if self.argument is not None else ""
        if not _WORD.fullmatch(argument):
            raise ValueError(f"A personal part's argument is a word, not {argument!r}.")
        return personal_parts.marker(self.name, argument)


@register.tag("personal")
def personal(parser, token):
    bits = token.split_contents()
    if len(bits) not in (2, 3) or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('Usage: {% personal "name" [argument] %}')
    argument = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    nodelist = parser.parse(("endpersonal",))
    parser.delete_first_token()
    origin = getattr(parser, "origin", None)
    return PersonalNode(bits[1][1:-1], argument, nodelist, getattr(origin, "template_name", ""))
