"""A fake Telegram Bot API server for end-to-end tests of the bot."""

from .html_check import HtmlError, parse_telegram_html, visible_length
from .server import ApiError, Call, FakeBotApi

__all__ = ["ApiError", "Call", "FakeBotApi", "HtmlError", "parse_telegram_html", "visible_length"]
