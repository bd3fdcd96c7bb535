"""The Textual front-end: screens and widgets over the pure quiz core."""
