"""The learner page's « public » form, so that accounts' template needs one line."""

from django import template

from ..forms import LearnerPublicForm

register = template.Library()


@register.inclusion_tag("figures/includes/learner_public_form.html")
def learner_public_form(learner):
    return {"learner": learner, "form": LearnerPublicForm(initial={"public": learner.public})}


BAR_AREA = 500  # of the 640 units of the chart, the rest for the number after the bar
ROW = 56


@register.inclusion_tag("figures/includes/bar_chart.html")
def bar_chart(table):
    """The bars' geometry; the numbers and words come from the same cells as the table."""
    top = table.chart_max
    bars = []
    for index, (label, cell) in enumerate(table.chart):
        width = None
        if cell.shown is not None:
            width = max(round(BAR_AREA * cell.shown / top), 2 if cell.shown else 0)
        bars.append(
            {
                "y": index * ROW,
                "label": label,
                "width": width,
                "text_x": (width or 0) + 8,
                "display": cell.display,
            }
        )
    return {"table": table, "bars": bars, "height": len(bars) * ROW + 8}
