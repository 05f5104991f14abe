"""`python -m bot` runs the same CLI as `newsbot`."""

from bot.cli import main

raise SystemExit(main())
