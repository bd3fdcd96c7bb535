"""`quiz report`: what a class's answers say about each question, each player and the class.

The package is pure apart from reading its sources: `sources` reads data folders (read-only) and exported history
files into `records.Answer`s, `select` keeps the answer that counts for each player and question, `build` turns
those into the figures of `figures` with the formulas of `stats` and the rules of `flags`, and one module per
format renders them (`render_text`, `render_csv`, `render_json`, `render_html`). Nothing here draws on a terminal.
"""
