"""``python -m wagebargain``."""
from wagebargain.cli.app import main

main()
