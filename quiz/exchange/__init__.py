"""Moving questions between packs and the tools teachers already use.

Exports turn a loaded Pack into a Moodle GIFT or Aiken file, a spreadsheet (CSV), an Anki deck or a printable
handout; imports turn GIFT, Aiken or CSV files back into a YAML pack that the loader accepts. `formats` names them
all, with what each file is called and loses; each format is its own module, imported only when it is used
(genanki, in particular, is loaded only when an Anki deck is made). The commands live in `quiz.commands.exchange`.
"""
