"""A person's hands in a browser: each call counts what they would do, clicks and keystrokes,
in any tab. The authoring journey (test_authoring_journey.py) counts the path of a new
facilitator with it, and bench/authoring_before.py the same path on the admin as it was before.

The rules: a click counts one (a triple-click three), a typed text its characters, a drag one
click, picking a file in the system's dialog a double-click (two)."""


class Actions:
    """The facilitator's hands: each call counts what a person would do, in any tab."""

    def __init__(self):
        self.clicks = 0
        self.keys = 0

    def click(self, locator, count=1):
        locator.click(click_count=count)
        self.clicks += count

    def type(self, locator, text):
        """Click into a field and type: a text field is filled, a rich text typed key by key
        (Playwright's fill counts as the same keystrokes)."""
        locator.click()
        self.clicks += 1
        if locator.evaluate("node => node.isContentEditable"):
            locator.page.keyboard.type(text)
        else:
            locator.fill(text)
        self.keys += len(text)

    def keyboard(self, page, text):
        """Typing where the focus already is."""
        page.keyboard.type(text)
        self.keys += len(text)

    def replace_paragraph(self, paragraph, text):
        """Select a paragraph with a triple-click and type over it."""
        self.click(paragraph, count=3)
        self.keyboard(paragraph.page, text)

    def pick_file(self, button, path):
        """The file button, then a double-click on the file in the system's dialog."""
        with button.page.expect_file_chooser() as chooser:
            self.click(button)
        chooser.value.set_files(str(path))
        self.clicks += 2

    def click_at(self, stage, x, y):
        box = stage.bounding_box()
        stage.page.mouse.click(box["x"] + box["width"] * x, box["y"] + box["height"] * y)
        self.clicks += 1

    def drag(self, stage, start, end):
        """Press, move, release: one click's worth of effort."""
        drag(stage, start, end)
        self.clicks += 1


def drag(stage, start, end):
    mouse, box = stage.page.mouse, stage.bounding_box()
    mouse.move(box["x"] + box["width"] * start[0], box["y"] + box["height"] * start[1])
    mouse.down()
    mouse.move(box["x"] + box["width"] * end[0], box["y"] + box["height"] * end[1], steps=6)
    mouse.up()
