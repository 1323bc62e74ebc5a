"""The web pages: Jinja2 templates, a stylesheet, and `render` (what the pages draw, as plain data)."""
