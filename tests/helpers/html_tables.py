"""Reading back what the HTML report shows, for the unit and the QGIS tests alike."""

from html.parser import HTMLParser


class TableCells(HTMLParser):
    """The cell texts of every <table class="data">, by its data-kind, and the <h2> order."""

    def __init__(self, text):
        super().__init__()
        self.tables, self.sections, self.images, self.links = [], [], [], []
        self._table = self._cell = self._h2 = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("class") == "data":
            self._table = (attrs["data-kind"], [])
            self.tables.append(self._table)
        elif tag == "tr" and self._table is not None:
            self._table[1].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []
        elif tag == "h2":
            self._h2 = []
        elif tag == "img":
            self.images.append(attrs["src"])
        elif tag == "a":
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None:
            self._table[1][-1].append("".join(self._cell))
            self._cell = None
        elif tag == "h2":
            self.sections.append("".join(self._h2))
            self._h2 = None

    def handle_data(self, data):
        for collector in (self._cell, self._h2):
            if collector is not None:
                collector.append(data)
