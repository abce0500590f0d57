"""What a person would see wrong in a window as it is shown now: text cut off (a widget shown
smaller than its size hint asks for) and widgets drawn over each other or out of their
parent. Each problem is one line naming the widget, for an assertion message."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and not widget.size().isEmpty()


def _out_of(widget: QWidget, parent: QWidget) -> bool:
    """Out of its parent's rectangle; in a scroll area's viewport, out of reach of its
    scroll bars (vertically scrolled content may lie below the viewport: that is what
    scrolling is for)."""
    area = parent.parentWidget()
    if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
        horizontal = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        vertical = area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        box = widget.geometry()
        return (not horizontal and (box.left() < 0 or box.right() > parent.rect().right())) \
            or (not vertical and (box.top() < 0 or box.bottom() > parent.rect().bottom()))
    return not parent.rect().contains(widget.geometry())


def clipped(widget: QWidget) -> str | None:
    """Why ``widget`` cannot show all of its text, or None."""
    if isinstance(widget, QLabel):
        if not widget.text():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height():
                return f"{needed} px high needed, {widget.height()} shown"
            return None
    elif not isinstance(widget, QAbstractButton) or not widget.text():
        return None
    hint = widget.minimumSizeHint()
    if widget.width() < hint.width() or widget.height() < hint.height():
        return f"{hint.width()}×{hint.height()} needed, {widget.width()}×{widget.height()} shown"
    return None


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        why = clipped(widget)
        if why:
            found.append(f"{name(widget)} is cut off: {why}")
        parent = widget.parentWidget()
        if parent is not None and not widget.isWindow() and _out_of(widget, parent):
            found.append(f"{name(widget)} reaches out of {name(parent)}: "
                         f"{_rect(widget.geometry())} in {_rect(parent.rect())}")
    found += overlaps(root)
    return found


def overlaps(root: QWidget) -> list[str]:
    """Children of one widget drawn over each other."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        # A scroll area's own parts (viewport, scroll bars, corner) share its edges.
        if not _shown(parent, root) and parent is not root \
                or isinstance(parent, QAbstractScrollArea):
            continue
        shown = [child for child in parent.findChildren(QWidget, options=DIRECT)
                 if _shown(child, root) and not child.isWindow()]
        for index, first in enumerate(shown):
            for second in shown[index + 1:]:
                if first.geometry().intersects(second.geometry()):
                    found.append(f"{name(first)} and {name(second)} overlap: "
                                 f"{_rect(first.geometry())}, {_rect(second.geometry())}")
    return found


def _rect(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}+{rect.x()}+{rect.y()}"
