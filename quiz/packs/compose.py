"""Composing a pack's YAML into nodes from the parser's events, handing over its questions one at a time.

PyYAML's composer builds the whole node tree before anyone can read it: for 10,000 questions that is about
400,000 nodes, each with two position marks, alive at once. Here the root mapping is composed up to its
`questions` list, and that list's items are composed only as the reader asks for them, so each question's nodes
can be let go once it is read. Nodes are the same as PyYAML's (same tags, marks and errors as its C composer):
nothing is constructed from tags, and aliases stay shared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

try:
    _Events: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Events = yaml.SafeLoader

STREAMED_KEY = "questions"
"""The key of the root mapping whose list is handed over item by item."""


class StreamedSequence(yaml.SequenceNode):
    """The root's `questions` list while it is still being read: `items()` composes each item as it is taken.

    Its `value` stays empty; the items can be taken once. Any left when the document is finished are composed
    then (for their syntax errors) and dropped.
    """

    def __init__(
        self,
        tag: str,
        start_mark: yaml.Mark,
        flow_style: bool | None,
        items: Callable[[StreamedSequence], Iterator[yaml.Node]],
    ) -> None:
        super().__init__(tag, [], start_mark, None, flow_style=flow_style)
        self._items = items(self)

    def items(self) -> Iterator[yaml.Node]:
        """The items of the list, each composed when it is taken."""
        return self._items


class Document:
    """The one YAML document in `text`, composed as far as its streamed list (with `stream`), else whole.

    `root` is None for a text with no document (empty, or only comments). Call `finish()` once the root has been
    read: it composes the rest of the text, so that a syntax error anywhere in it is raised. Raises PyYAML's errors
    (yaml.YAMLError) for text that is not one valid YAML document.
    """

    def __init__(self, text: str, stream: bool = True) -> None:
        self._events = _Events(text)
        self._anchors: dict[str, yaml.Node] = {}
        self._rest: Iterator[yaml.Node] | None = None
        self.in_order = True
        """False when keys follow the streamed list: the reader may have needed them before the questions."""
        self.root = self._open(stream)

    def finish(self) -> None:
        """Compose what the reader has not taken, up to the end of the text, raising any syntax error in it."""
        if self._rest is not None:
            for _ in self._rest:
                pass
            self._rest = None

    # -- the document ---------------------------------------------------------------------------

    def _open(self, stream: bool) -> yaml.Node | None:
        self._events.get_event()  # the stream's start
        if self._events.check_event(StreamEndEvent):
            return None
        self._events.get_event()  # the document's start
        if not (stream and self._events.check_event(MappingStartEvent)):
            root = self._node()
            self._close(root)
            return root
        root = self._collection(self._events.get_event())
        assert isinstance(root, yaml.MappingNode)  # the caller saw a mapping start
        while not self._events.check_event(MappingEndEvent):
            key = self._node()
            if self._streams(key):
                start = self._events.get_event()
                streamed = StreamedSequence(
                    self._tag(start, yaml.SequenceNode), start.start_mark, start.flow_style,
                    lambda node: self._items_then_rest(root, node),
                )  # fmt: skip
                root.value.append((key, streamed))
                self._rest = streamed.items()
                return root
            root.value.append((key, self._node()))
        root.end_mark = self._events.get_event().end_mark
        self._close(root)
        return root

    def _streams(self, key: yaml.Node) -> bool:
        """Whether the value after `key` is the list to stream: `questions:` followed by a list without an anchor
        (an anchored list may be aliased, so its items must stay)."""
        if not (isinstance(key, yaml.ScalarNode) and key.value == STREAMED_KEY):
            return False
        event = self._events.peek_event()
        return isinstance(event, SequenceStartEvent) and event.anchor is None

    def _items_then_rest(self, root: yaml.MappingNode, streamed: StreamedSequence) -> Iterator[yaml.Node]:
        """Each item of the streamed list, then (once the reader is done with it) the rest of the document."""
        while not self._events.check_event(SequenceEndEvent):
            yield self._node()
        streamed.end_mark = self._events.get_event().end_mark
        while not self._events.check_event(MappingEndEvent):
            self.in_order = False
            key = self._node()
            root.value.append((key, self._node()))
        root.end_mark = self._events.get_event().end_mark
        self._close(root)

    def _close(self, root: yaml.Node) -> None:
        """The end of the document, and of the text: a second document is an error."""
        self._events.get_event()  # the document's end
        if not self._events.check_event(StreamEndEvent):
            event = self._events.get_event()
            assert isinstance(event, DocumentStartEvent)
            raise ComposerError(
                "expected a single document in the stream", root.start_mark,
                "but found another document", _mark(event.start_mark),
            )  # fmt: skip
        self._events.get_event()

    # -- nodes ----------------------------------------------------------------------------------

    def _node(self) -> yaml.Node:
        """The next whole node. A loop with its own stack, not recursion: the parser allows deep nesting."""
        # Each open collection, with the key of a mapping's entry while its value is being composed.
        stack: list[tuple[yaml.CollectionNode, list[yaml.Node]]] = []
        next_event = self._events.get_event
        while True:
            event = next_event()
            kind = type(event)
            # Scalars first: they are most of the events.
            if kind is ScalarEvent:
                node: yaml.Node = self._scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                stack.append((self._collection(event), []))
                continue
            elif kind is AliasEvent:
                node = self._alias(event)
            else:  # the end of the innermost mapping or list
                node = stack.pop()[0]
                node.end_mark = event.end_mark
            if not stack:
                return node
            parent, key = stack[-1]
            if type(parent) is yaml.SequenceNode:
                parent.value.append(node)
            elif key:
                parent.value.append((key.pop(), node))
            else:
                key.append(node)

    def _scalar(self, event: ScalarEvent) -> yaml.ScalarNode:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self._events.resolve(yaml.ScalarNode, event.value, event.implicit)
        node = yaml.ScalarNode(tag, event.value, _mark(event.start_mark), _mark(event.end_mark), style=event.style)
        if event.anchor is not None:
            self._anchor(event, node)
        return node

    def _collection(self, event: CollectionStartEvent) -> yaml.CollectionNode:
        kind = yaml.MappingNode if type(event) is MappingStartEvent else yaml.SequenceNode
        node = kind(self._tag(event, kind), [], _mark(event.start_mark), None, flow_style=event.flow_style)
        if event.anchor is not None:
            self._anchor(event, node)
        return node

    def _tag(self, event: CollectionStartEvent, kind: type[yaml.Node]) -> str:
        tag = event.tag
        return self._events.resolve(kind, None, event.implicit) if tag is None or tag == "!" else tag

    def _alias(self, event: AliasEvent) -> yaml.Node:
        node = self._anchors.get(event.anchor or "")
        if node is None:
            raise ComposerError(None, None, "found undefined alias", _mark(event.start_mark))
        return node

    def _anchor(self, event: ScalarEvent | CollectionStartEvent, node: yaml.Node) -> None:
        """Name `node` for the aliases that follow; a name is given once."""
        anchor = event.anchor
        assert anchor is not None  # the callers name only anchored nodes
        first = self._anchors.get(anchor)
        if first is not None:
            raise ComposerError(
                "found duplicate anchor; first occurrence", first.start_mark,
                "second occurrence", _mark(event.start_mark),
            )  # fmt: skip
        self._anchors[anchor] = node


def _mark(mark: object) -> yaml.error.Mark | None:
    """A position as the node classes take it: libyaml's marks carry the same fields as PyYAML's own, though
    the type stubs name them as two different classes."""
    return cast("yaml.error.Mark | None", mark)
