"""The YAML reader's own words about a file it cannot read, as our messages where we know them.

PyYAML (and libyaml under it) says what went wrong in English phrases: "while parsing a flow mapping" (where it
was) and "did not find expected ',' or '}'" (what it met). The phrases a pack file can run into have message ids
here, so a teacher reads them in the language of the command; a phrase not listed stays as the reader wrote it.
"""

from __future__ import annotations

from quiz.message import Msg, msg

_WHERE = {
    f"while {doing} {what}": msg(f"yaml.while_{doing}", what=msg(f"yaml.{key}"))
    for doing, what, key in (
        ("parsing", "a block collection", "block_collection"),
        ("parsing", "a block mapping", "block_mapping"),
        ("parsing", "a block node", "block_node"),
        ("parsing", "a flow mapping", "flow_mapping"),
        ("parsing", "a flow sequence", "flow_sequence"),
        ("parsing", "a flow node", "flow_node"),
        ("parsing", "a node", "node"),
        ("parsing", "a quoted scalar", "quoted_scalar"),
        ("parsing", "a tag", "tag"),
        ("parsing", "a tag directive", "tag_directive_words"),
        ("parsing", "a %TAG directive", "tag_directive"),
        ("scanning", "a %TAG directive", "tag_directive"),
        ("scanning", "a tag directive", "tag_directive_words"),
        ("scanning", "a %YAML directive", "yaml_directive"),
        ("scanning", "a directive", "directive"),
        ("scanning", "a block scalar", "block_scalar"),
        ("scanning", "a plain scalar", "plain_scalar"),
        ("scanning", "a quoted scalar", "quoted_scalar"),
        ("scanning", "a simple key", "simple_key"),
        ("scanning", "a tag", "tag"),
        ("scanning", "an alias", "alias"),
        ("scanning", "an anchor", "anchor"),
        ("scanning", "for the next token", "next_token"),
        ("increasing", "block level", "block_level"),
        ("increasing", "flow level", "flow_level"),
    )
}
"""Where the reader was: "while" and what it was doing, with what it was reading."""

_WHAT = {
    "block sequence entries are not allowed in this context": msg("yaml.no_list_item_here"),
    "mapping keys are not allowed in this context": msg("yaml.no_key_here"),
    "mapping values are not allowed in this context": msg("yaml.no_value_here"),
    "mapping values are not allowed here": msg("yaml.no_value_here_short"),
    "control characters are not allowed": msg("yaml.control_characters"),
    "could not find expected ':'": msg("yaml.no_colon"),
    "did not find expected ',' or ']'": msg("yaml.no_comma_or", closing="]"),
    "did not find expected ',' or '}'": msg("yaml.no_comma_or", closing="}"),
    "did not find expected '-' indicator": msg("yaml.no_dash"),
    "did not find expected <document start>": msg("yaml.no_document_start"),
    "did not find expected alphabetic or numeric character": msg("yaml.no_letter_or_digit"),
    "did not find expected comment or line break": msg("yaml.no_comment_or_break"),
    "did not find expected hexdecimal number": msg("yaml.no_hex"),
    "did not find expected key": msg("yaml.no_key"),
    "did not find expected node content": msg("yaml.no_content"),
    "did not find expected tag URI": msg("yaml.no_tag_uri"),
    "did not find expected whitespace": msg("yaml.no_space"),
    "did not find expected whitespace or line break": msg("yaml.no_space_or_break"),
    "did not find the expected '>'": msg("yaml.no_angle"),
    "exceeded maximum nesting depth": msg("yaml.too_deep"),
    "found a tab character that violates indentation": msg("yaml.tab_in_indent"),
    "found a tab character where an indentation space is expected": msg("yaml.tab_for_space"),
    "found character that cannot start any token": msg("yaml.bad_start"),
    "found duplicate %YAML directive": msg("yaml.duplicate_directive", directive="%YAML"),
    "found duplicate %TAG directive": msg("yaml.duplicate_directive", directive="%TAG"),
    "found incompatible YAML document": msg("yaml.incompatible"),
    "found invalid Unicode character escape code": msg("yaml.bad_unicode_escape"),
    "found undefined tag handle": msg("yaml.undefined_tag"),
    "found undefined alias": msg("yaml.undefined_alias"),
    "found unexpected ':'": msg("yaml.unexpected_colon"),
    "found unexpected document indicator": msg("yaml.unexpected_document_mark"),
    "found unexpected end of stream": msg("yaml.unexpected_end"),
    "found unknown escape character": msg("yaml.unknown_escape"),
    "found unknown directive name": msg("yaml.unknown_directive"),
    "expected a single document in the stream": msg("yaml.one_document"),
    "but found another document": msg("yaml.another_document"),
}
"""What the reader met, or expected and did not meet."""


def phrase(words: str) -> Msg | str:
    """One of the reader's phrases as our message, or as it is when we do not know it."""
    return _WHERE.get(words) or _WHAT.get(words) or words


def yaml_detail(context: str | None, problem: str | None) -> Msg | str:
    """The reader's account of a syntax error: where it was, then what it met (one of them at least is given)."""
    parts = [phrase(part) for part in (context, problem) if part]
    return msg("yaml.detail", where=parts[0], what=parts[1]) if len(parts) == 2 else parts[0]
