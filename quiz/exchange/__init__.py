"""Moving questions between packs and the tools teachers already use.

Exports turn a loaded Pack into a Moodle GIFT or Aiken file, a spreadsheet (CSV), an Anki deck or a printable
handout; imports turn GIFT, Aiken or CSV files back into a YAML pack that the loader accepts. The command line
entry points live in `quiz.exchange.commands`; each format is its own module so that a command only imports
what it uses (genanki, in particular, is loaded only when an Anki deck is written).
"""
