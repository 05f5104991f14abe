"""Telegram's "HTML style" message parsing, ported from TDLib's ``parse_html``.

The Bot API turns ``parse_mode=HTML`` text into visible text plus entities with TDLib
(td/telegram/MessageEntity.cpp: ``parse_html`` and ``decode_html_entity``); this module follows
that code, including its error texts and byte offsets (offsets into the UTF-8 encoded input).
Entity offsets and lengths are in UTF-16 code units, as in the Bot API.

Telegram's own rules that matter here:
- only the documented tags are accepted, anything else is ``Unsupported start tag "x"``;
- a ``<`` always starts a tag, so a bare ``<`` is an error (write ``&lt;``);
- a ``&`` that does not start one of ``&lt; &gt; &amp; &quot;`` or a numeric reference is kept
  literally (TDLib does not reject it);
- end tags must close the innermost open tag (``</>`` closes whatever is open).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "HtmlError",
    "detect_entities",
    "parse_telegram_html",
    "trim_formatted",
    "utf16_offset",
    "visible_length",
]

_ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_SPACES = frozenset(b" \t\r\n\0\v")  # TDLib's is_space, which counts NUL (end of text) too
_NAMED = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}
# TDLib's MessageEntity::get_type_priority, used to order entities sharing offset and length.
_PRIORITY = {
    "mention": 50,
    "hashtag": 50,
    "bot_command": 50,
    "url": 50,
    "email": 50,
    "bold": 90,
    "italic": 91,
    "code": 20,
    "pre": 11,
    "text_link": 49,
    "text_mention": 49,
    "cashtag": 50,
    "phone_number": 50,
    "underline": 92,
    "strikethrough": 93,
    "blockquote": 0,
    "spoiler": 94,
    "custom_emoji": 99,
    "expandable_blockquote": 1,
}
_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_TRIM = " \t\r\n\v\0"


class HtmlError(ValueError):
    """Telegram refused the HTML; ``reason`` is the text after "can't parse entities: "."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def visible_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram counts limits and offsets in."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def utf16_offset(text: str, index: int) -> int:
    """UTF-16 offset of the Python (code point) index ``index`` in ``text``."""
    return visible_length(text[:index])


def _is_alpha(c: int) -> bool:
    return 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A


def _is_digit(c: int) -> bool:
    return 0x30 <= c <= 0x39


def _is_alnum(c: int) -> bool:
    return _is_alpha(c) or _is_digit(c)


def _hex_value(c: int) -> int:
    """Value of an ASCII hex digit, or -1."""
    if _is_digit(c):
        return c - 0x30
    if 0x61 <= c <= 0x66:
        return c - 0x61 + 10
    if 0x41 <= c <= 0x46:
        return c - 0x41 + 10
    return -1


def _lower(raw: bytes) -> str:
    """ASCII-lowercase like TDLib's to_lower, decoded for messages."""
    return raw.lower().decode("utf-8", "replace")


class _Cursor:
    """Bytes with a NUL sentinel past the end, as TDLib reads its C string."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)

    def at(self, i: int) -> int:
        return self.data[i] if i < self.size else 0


def _decode_entity(cur: _Cursor, pos: int) -> tuple[int, int]:
    """Decode a character reference at ``pos`` (a ``&``): (code point or 0, position after)."""
    end = pos + 1
    res = 0
    if cur.at(pos + 1) == 0x23:  # '#'
        end += 1
        if cur.at(pos + 2) == 0x78:  # 'x'
            end += 1
            while (value := _hex_value(cur.at(end))) >= 0:
                res = res * 16 + value
                end += 1
        else:
            while _is_digit(cur.at(end)):
                res = res * 10 + cur.at(end) - 0x30
                end += 1
        if res == 0 or res >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while _is_alpha(cur.at(end)):
            end += 1
        named = _NAMED.get(cur.data[pos + 1 : end])
        if named is None:
            return 0, pos
        res = named
    if cur.at(end) == 0x3B:  # ';'
        end += 1
    return res, end


def _encode_code_point(code: int) -> bytes:
    return chr(code).encode("utf-8", "surrogatepass")


def _checked_link(url: str) -> str:
    """A rough LinkManager::get_checked_link: normalised URL, or "" when Telegram drops it."""
    url = url.strip()
    if not url or any(ch.isspace() for ch in url):
        return ""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?", url)
    if match is None:
        url = "http://" + url
        match = re.match(r"^(http):(//)", url)
        assert match is not None
    scheme = match.group(1).lower()
    if scheme not in ("http", "https", "tg", "ton"):
        return ""
    if scheme in ("http", "https"):
        rest = url[match.end() :]
        if not rest or rest.startswith(("/", "?", "#")):
            return ""
        if "/" not in rest and "?" not in rest and "#" not in rest:
            url += "/"
    return url


def _tg_user_id(url: str) -> int | None:
    match = re.fullmatch(r"tg://user\?id=(\d{1,18})", url.strip(), flags=re.IGNORECASE)
    return int(match.group(1)) if match else None


def _sort_key(entity: dict[str, Any]) -> tuple[int, int, int]:
    return (entity["offset"], -entity["length"], _PRIORITY.get(entity["type"], 50))


def parse_telegram_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (visible text, Bot API entity dicts); raise HtmlError if invalid.

    The text is not trimmed here; see ``trim_formatted`` for what the Bot API does next.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise HtmlError("Strings must be encoded in UTF-8") from exc
    cur = _Cursor(data)
    out = bytearray()
    entities: list[dict[str, Any]] = []
    # open tags: (tag name, argument, utf16 offset, byte position in out)
    stack: list[tuple[str, str, int, int]] = []
    utf16 = 0
    recheck_utf8 = False
    i = 0
    while i < cur.size:
        c = data[i]
        if c == 0x26:  # '&'
            code, after = _decode_entity(cur, i)
            if code:
                utf16 += 1 + (code > 0xFFFF)
                recheck_utf8 |= 0xD800 <= code <= 0xDFFF
                out += _encode_code_point(code)
                i = after
                continue
        if c != 0x3C:  # not '<'
            if c & 0xC0 != 0x80:
                utf16 += 1 + (c >= 0xF0)
            out.append(c)
            i += 1
            continue
        begin = i
        i += 1
        if cur.at(i) != 0x2F:  # start tag
            while cur.at(i) not in _SPACES and cur.at(i) != 0x3E:
                i += 1
            if cur.at(i) == 0:
                raise HtmlError(f"Unclosed start tag at byte offset {begin}")
            tag = _lower(data[begin + 1 : i])
            if tag not in _ALLOWED_TAGS:
                raise HtmlError(f'Unsupported start tag "{tag}" at byte offset {begin}')
            argument, i = _parse_attributes(cur, i, tag, begin)
            if tag == "span" and argument != "spoiler":
                raise HtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
            stack.append((tag, argument, utf16, len(out)))
        else:  # end tag
            if not stack:
                raise HtmlError(f"Unexpected end tag at byte offset {begin}")
            while cur.at(i) not in _SPACES and cur.at(i) != 0x3E:
                i += 1
            end_tag = _lower(data[begin + 2 : i])
            while cur.at(i) in _SPACES and cur.at(i) != 0:
                i += 1
            if cur.at(i) != 0x3E:
                raise HtmlError(f"Unclosed end tag at byte offset {begin}")
            tag, argument, offset, out_pos = stack[-1]
            if end_tag and end_tag != tag:
                raise HtmlError(
                    f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                    f'found "</{end_tag}>"'
                )
            if utf16 > offset:
                _close_entity(entities, tag, argument, offset, utf16 - offset, bytes(out[out_pos:]))
            stack.pop()
        i += 1  # past '>'
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=_sort_key)
    try:
        visible = bytes(out).decode("utf-8")
    except UnicodeDecodeError as exc:
        if recheck_utf8:
            raise HtmlError(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            ) from exc
        raise HtmlError("Strings must be encoded in UTF-8") from exc
    return visible, entities


def _parse_attributes(cur: _Cursor, i: int, tag: str, begin: int) -> tuple[str, int]:
    """Read a start tag's attributes from ``i``; return (the tag's argument, index of '>')."""
    argument = ""
    while cur.at(i) != 0x3E:
        while cur.at(i) != 0 and cur.at(i) in _SPACES:
            i += 1
        if cur.at(i) == 0x3E:
            break
        name_begin = i
        while cur.at(i) not in _SPACES and cur.at(i) not in b"=>/\"'":
            i += 1
        name = cur.data[name_begin:i]
        if not name:
            raise HtmlError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        while cur.at(i) != 0 and cur.at(i) in _SPACES:
            i += 1
        if cur.at(i) != 0x3D:  # no '=': a value-less attribute
            if cur.at(i) == 0:
                raise HtmlError(f'Unclosed start tag "{tag}" at byte offset {begin}')
            if tag == "blockquote" and name == b"expandable":
                argument = "1"
            continue
        i += 1
        while cur.at(i) != 0 and cur.at(i) in _SPACES:
            i += 1
        if cur.at(i) == 0:
            raise HtmlError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        if cur.at(i) not in (0x22, 0x27):  # a name token
            token_begin = i
            while _is_alnum(cur.at(i)) or cur.at(i) in (0x2E, 0x2D):
                i += 1
            value = _lower(cur.data[token_begin:i])
            if cur.at(i) not in _SPACES and cur.at(i) != 0x3E:
                raise HtmlError(f"Unexpected end of name token at byte offset {token_begin}")
        else:  # a string literal
            quote = cur.at(i)
            i += 1
            raw = bytearray()
            while cur.at(i) != quote and cur.at(i) != 0:
                if cur.at(i) == 0x26:
                    code, after = _decode_entity(cur, i)
                    if code:
                        raw += _encode_code_point(code)
                        i = after
                        continue
                raw.append(cur.at(i))
                i += 1
            if cur.at(i) == quote:
                i += 1
            value = bytes(raw).decode("utf-8", "replace")
        if cur.at(i) == 0:
            raise HtmlError(f"Unclosed start tag at byte offset {begin}")
        if tag == "a" and name == b"href":
            argument = value
        elif tag == "code" and name == b"class" and value.startswith("language-"):
            argument = value[9:]
        elif tag == "span" and name == b"class" and value.startswith("tg-"):
            argument = value[3:]
        elif tag == "tg-emoji" and name == b"emoji-id":
            argument = value
        elif tag == "blockquote" and name == b"expandable":
            argument = "1"
    return argument, i


def _close_entity(
    entities: list[dict[str, Any]],
    tag: str,
    argument: str,
    offset: int,
    length: int,
    inner: bytes,
) -> None:
    """Append the entity a closed tag makes, merging pre/code pairs like TDLib."""
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == offset and last["length"] == length
    if tag in _TAG_TYPES:
        entities.append({"type": _TAG_TYPES[tag], "offset": offset, "length": length})
    elif tag == "tg-emoji":
        if not re.fullmatch(r"-?\d{1,19}", argument) or not (0 < abs(int(argument)) < 2**63):
            raise HtmlError("Invalid custom emoji identifier specified")
        entities.append(
            {
                "type": "custom_emoji",
                "offset": offset,
                "length": length,
                "custom_emoji_id": str(int(argument)),
            }
        )
    elif tag == "a":
        url = argument or inner.decode("utf-8", "replace")
        user_id = _tg_user_id(url)
        if user_id is not None:
            entities.append(
                {
                    "type": "text_mention",
                    "offset": offset,
                    "length": length,
                    "user": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
                }
            )
        elif checked := _checked_link(url):
            entities.append(
                {"type": "text_link", "offset": offset, "length": length, "url": checked}
            )
    elif tag == "pre":
        if last is not None and same_span and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag == "code":
        if last is not None and same_span and last["type"] == "pre" and argument:
            last["language"] = argument
        else:
            entity: dict[str, Any] = {"type": "code", "offset": offset, "length": length}
            if argument:
                entity["language"] = argument  # dropped at the end unless a <pre> takes it
            entities.append(entity)
    elif tag == "blockquote":
        kind = "expandable_blockquote" if argument else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})


def trim_formatted(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip leading/trailing whitespace as the Bot API does, clipping and dropping entities."""
    start = len(text) - len(text.lstrip(_TRIM))
    stripped = text.strip(_TRIM)
    if not stripped:
        return "", []
    shift = utf16_offset(text, start)
    limit = visible_length(stripped)
    result: list[dict[str, Any]] = []
    for entity in entities:
        begin = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > begin:
            result.append({**entity, "offset": begin, "length": end - begin})
    return stripped, result


def _word_char(ch: str) -> bool:
    """TDLib's is_word_character: a letter, a digit or '_'."""
    return ch == "_" or ch.isalnum()


def _ascii_word(ch: str) -> bool:
    return ch == "_" or ("0" <= ch <= "9") or ("a" <= ch.lower() <= "z")


def detect_entities(text: str) -> list[dict[str, Any]]:
    """Bot commands and @mentions Telegram finds in plain text (TDLib's matchers, simplified)."""
    found: list[dict[str, Any]] = []
    size = len(text)
    for index, ch in enumerate(text):
        prev = text[index - 1] if index else ""
        if ch == "/" and not (prev and (_word_char(prev) or prev in "/<>")):
            end = index + 1
            while end < size and _ascii_word(text[end]):
                end += 1
            if not 1 <= end - index - 1 <= 64:
                continue
            if end < size and text[end] == "@":
                at = end + 1
                end = at
                while end < size and _ascii_word(text[end]):
                    end += 1
                if not 3 <= end - at <= 32:
                    continue
            nxt = text[end] if end < size else ""
            if nxt and (_word_char(nxt) or nxt in "/<>"):
                continue
            found.append(_found("bot_command", text, index, end))
        elif ch == "@" and not (prev and _word_char(prev)):
            end = index + 1
            while end < size and _ascii_word(text[end]):
                end += 1
            nxt = text[end] if end < size else ""
            if 2 <= end - index - 1 <= 32 and not (nxt and _word_char(nxt)):
                found.append(_found("mention", text, index, end))
    return found


def _found(kind: str, text: str, start: int, end: int) -> dict[str, Any]:
    offset = utf16_offset(text, start)
    return {"type": kind, "offset": offset, "length": utf16_offset(text, end) - offset}
